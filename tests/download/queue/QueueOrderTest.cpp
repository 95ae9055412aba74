// The order downloads start in: moving items (what dragging rows and "Start sooner/later" do)
// rewrites the journal, survives reopening, reaches the runner from a read-only view, and decides
// which waiting item the runner starts next.
#include "tests/download/queue/QueueTestSupport.h"

using namespace eoc;
using namespace eoc::test;

namespace {

QList<qint64> orderOf(const DownloadQueue &queue)
{
    QList<qint64> ids;
    for (const QueueItemInfo &info : queue.items())
        ids << info.id;
    return ids;
}

// Items that wait without running (the queue is not started).
QList<qint64> addThree(DownloadQueue &queue, QueueHarness &h, const QUrl &base, int firstPriority = 0)
{
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("a.bin"), QStringLiteral("b.bin"), QStringLiteral("c.bin")}) {
        auto r = h.request(base.resolved(QUrl(name)));
        r.priority = ids.isEmpty() ? firstPriority : 0;
        auto id = queue.add(r);
        EXPECT_TRUE(id.ok());
        ids << (id.ok() ? id.value() : 0);
    }
    return ids;
}

} // namespace

TEST(QueueOrder, MovedItemsTakeTheirPlaceAndKeepItAfterReopening)
{
    QueueHarness h;
    qint64 a = 0, b = 0, c = 0;
    {
        auto queue = h.makeQueue();
        ASSERT_TRUE(queue->open().ok());
        const auto ids = addThree(*queue, h, QUrl(QStringLiteral("http://127.0.0.1:9/")), 5);
        a = ids.at(0), b = ids.at(1), c = ids.at(2);
        ASSERT_EQ(orderOf(*queue), (QList<qint64>{a, b, c}));

        // Before a higher priority item: it takes that priority.
        ASSERT_TRUE(queue->moveBefore({c}, a).ok());
        EXPECT_EQ(orderOf(*queue), (QList<qint64>{c, a, b}));
        EXPECT_EQ(queue->item(c)->priority, 5);
        // To the end: it takes the priority of the last item.
        ASSERT_TRUE(queue->moveBefore({a}, 0).ok());
        EXPECT_EQ(orderOf(*queue), (QList<qint64>{c, b, a}));
        EXPECT_EQ(queue->item(a)->priority, 0);
        // Several at once keep their order among themselves; dropped on one of them, they land
        // before the next item that stays.
        ASSERT_TRUE(queue->moveBefore({a, c}, c).ok());
        EXPECT_EQ(orderOf(*queue), (QList<qint64>{c, a, b}));
        ASSERT_TRUE(queue->moveBefore({c, a}, 0).ok());
        EXPECT_EQ(orderOf(*queue), (QList<qint64>{b, c, a}));

        EXPECT_EQ(queue->moveBefore({c}, 999).error().errorClass, ErrorClass::BadInput);
        EXPECT_EQ(queue->moveBefore({999}, a).error().errorClass, ErrorClass::BadInput);
        EXPECT_EQ(orderOf(*queue), (QList<qint64>{b, c, a}));
    }
    auto reopened = h.makeQueue();
    ASSERT_TRUE(reopened->open().ok());
    EXPECT_EQ(orderOf(*reopened), (QList<qint64>{b, c, a}));
    // A new item goes to the end of its priority, after the moved ones.
    const qint64 d = reopened->add(h.request(QUrl(QStringLiteral("http://127.0.0.1:9/d.bin")))).value();
    EXPECT_EQ(orderOf(*reopened), (QList<qint64>{b, c, a, d}));
}

TEST(QueueOrder, AMoveInAReadOnlyViewReachesTheRunner)
{
    QueueHarness h;
    auto runner = h.makeQueue();
    ASSERT_TRUE(runner->open().ok());
    ASSERT_TRUE(runner->isRunner());
    const auto ids = addThree(*runner, h, QUrl(QStringLiteral("http://127.0.0.1:9/")));
    auto viewer = h.makeQueue();
    ASSERT_TRUE(viewer->open().ok());
    ASSERT_FALSE(viewer->isRunner());

    ASSERT_TRUE(viewer->moveBefore({ids.at(2), ids.at(1)}, ids.at(0)).ok());
    const QList<qint64> wanted{ids.at(1), ids.at(2), ids.at(0)};
    ASSERT_TRUE(waitUntil([&] { return orderOf(*runner) == wanted; }, 5000)) << orderOf(*runner).size();
    // The view follows the journal the runner rewrote.
    ASSERT_TRUE(waitUntil([&] { return orderOf(*viewer) == wanted; }, 5000));
}

TEST(QueueOrder, TheRunnerStartsTheItemMovedToTheTopOfTheWaitingOnesNext)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(4000);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        if (r.url().path() == QLatin1String("/a.bin"))
            response.delayMs = 300;                 // "a" holds the only connection meanwhile
        return response;
    });
    QueueHarness h;
    auto queue = h.makeQueue(1);                    // one transfer at a time: the order shows
    ASSERT_TRUE(queue->open().ok());
    const auto ids = addThree(*queue, h, server.url(QStringLiteral("/")));
    queue->start();
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() == 1; }, 5000));
    // "b" was next; moved before it, "c" is.
    ASSERT_TRUE(queue->moveBefore({ids.at(2)}, ids.at(1)).ok());
    for (qint64 id : ids)
        EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    QStringList paths;
    for (const RecordedRequest &r : server.requests()) {
        if (!paths.contains(r.url().path()))
            paths << r.url().path();
    }
    EXPECT_EQ(paths, (QStringList{QStringLiteral("/a.bin"), QStringLiteral("/c.bin"), QStringLiteral("/b.bin")}));
}

// Workers draining one queue together (DownloadQueue::Options::worker), on the SQLite journal and,
// in the "pg." run, on PostgreSQL: every item is run by one worker only, the provider's
// connection cap holds across them at the server, a worker's pause request reaches the worker
// that holds the item, and a worker that stops hands its unfinished items back at once.
#include "tests/download/queue/QueueTestSupport.h"

using namespace eoc;
using namespace eoc::test;

namespace {

DownloadQueue::Options workerOptions(const QueueHarness &harness, const QString &name, int jobs = 2)
{
    DownloadQueue::Options options = harness.queueOptions();
    options.worker = name;
    options.leaseSeconds = 3;
    options.maxConnections = jobs;
    options.workerItems = jobs;
    return options;
}

bool allDone(const DownloadQueue &queue, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const auto item = queue.item(id);
        if (!item || item->state != QueueState::Done)
            return false;
    }
    return true;
}

} // namespace

TEST(QueueWorkers, TwoWorkersDrainOneQueueOnceEachWithinTheProvidersCap)
{
    QueueHarness harness(/*httpConnections=*/2);
    LocalHttpServer http;
    const QByteArray data = testPayload(96 * 1024, 5);
    http.servePaced(data, 384 * 1024);    // a quarter of a second per file

    auto a = harness.makeQueue(workerOptions(harness, QStringLiteral("a")));
    ASSERT_TRUE(a->open().ok());
    auto b = harness.makeQueue(workerOptions(harness, QStringLiteral("b")));
    ASSERT_TRUE(b->open().ok());
    EXPECT_TRUE(a->isWorker());
    EXPECT_TRUE(a->isRunner() && b->isRunner()) << "workers run the queue side by side";

    QList<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        const auto id = a->add(harness.request(http.url(QStringLiteral("/f%1.bin").arg(i))));
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        ids << id.value();
    }
    a->start();
    b->start();
    ASSERT_TRUE(waitUntil([&] { return allDone(*a, ids) && allDone(*b, ids); }, 60000));

    EXPECT_LE(http.maxActiveResponses(), 2) << "http.max_connections=2 across both workers";
    EXPECT_EQ(http.maxActiveResponses(), 2) << "both slots were used";
    for (int i = 0; i < 10; ++i) {
        const QString name = QStringLiteral("/f%1.bin").arg(i);
        EXPECT_EQ(http.bodyBytesSent(name), data.size()) << name.toStdString() << " was not sent exactly once";
        EXPECT_EQ(fileBytes(harness.output + name), data) << name.toStdString();
    }
    a.reset();
    b.reset();
    // Both did part of the work, and both say so.
    auto store = harness.openStore();
    const auto workers = store->workers();
    ASSERT_TRUE(workers.ok());
    ASSERT_EQ(workers->size(), 2);
    qint64 fetched = 0;
    for (const QueueWorkerInfo &w : workers.value()) {
        EXPECT_GT(w.bytesFetched, 0) << w.name.toStdString() << " fetched nothing";
        EXPECT_FALSE(w.alive) << w.name.toStdString() << " stopped";
        fetched += w.bytesFetched;
    }
    EXPECT_EQ(fetched, 10 * data.size());
    for (qint64 id : ids)
        EXPECT_TRUE(store->load(id)->worker.isEmpty()) << "a done item is held by nobody";
}

TEST(QueueWorkers, APauseReachesTheWorkerThatHoldsTheItemAndAStoppedWorkerHandsItsItemsBack)
{
    QueueHarness harness(/*httpConnections=*/4);
    LocalHttpServer http;
    const QByteArray data = testPayload(512 * 1024, 9);
    http.servePaced(data, 128 * 1024);
    auto a = harness.makeQueue(workerOptions(harness, QStringLiteral("a"), 1));
    ASSERT_TRUE(a->open().ok());
    auto b = harness.makeQueue(workerOptions(harness, QStringLiteral("b"), 1));
    ASSERT_TRUE(b->open().ok());
    const qint64 first = a->add(harness.request(http.url(QStringLiteral("/one.bin")))).value();
    a->start();
    ASSERT_TRUE(waitUntil([&] { return a->item(first)->state == QueueState::Downloading; }, 20000));
    b->start();
    ASSERT_TRUE(waitUntil([&] { return b->item(first) && b->item(first)->worker == QLatin1String("a"); }, 20000));

    // b is asked to pause a's item: the request waits in the store for a, which pauses it.
    ASSERT_TRUE(b->pause(first).ok());
    ASSERT_TRUE(waitUntil([&] { return a->item(first)->wish == QueueWish::Paused; }, 20000));
    ASSERT_TRUE(waitUntil([&] { return b->item(first)->wish == QueueWish::Paused && b->item(first)->worker.isEmpty(); }, 20000))
        << "a paused item is let go";
    const qint64 partial = QFileInfo(harness.output + QStringLiteral("/one.bin.part")).size();
    EXPECT_GT(partial, 0);

    // Resumed through b, which is free: b claims it and continues a's .part.
    b.reset();
    b = harness.makeQueue(workerOptions(harness, QStringLiteral("b"), 1));
    ASSERT_TRUE(b->open().ok());
    a.reset();    // a stops: nothing of it is left holding
    ASSERT_TRUE(b->resume(first).ok());
    b->start();
    const QueueItemInfo done = runToRest(*b, first);
    EXPECT_EQ(done.state, QueueState::Done) << done.error.message.toStdString();
    EXPECT_EQ(fileBytes(harness.output + QStringLiteral("/one.bin")), data);
    EXPECT_LT(http.bodyBytesSent(QStringLiteral("/one.bin")), 2 * data.size()) << "the .part was not continued";
    EXPECT_TRUE(http.requests().last().header("Range").startsWith("bytes=")) << "resumed with a Range";
}

// A desktop application set to only watch (queue.watch_only) shows the queue and hands it items,
// but never runs it itself: not while nothing else runs it, nor after the worker that ran it stops.
TEST(QueueWorkers, AWatchOnlyQueueNeverRunsTheQueueItselfAndShowsWhatAWorkerDid)
{
    QueueHarness harness;
    LocalHttpServer http;
    const QByteArray data = testPayload(20000, 4);
    http.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    DownloadQueue::Options watching = harness.queueOptions();
    watching.watchOnly = true;
    auto watcher = harness.makeQueue(watching);
    ASSERT_TRUE(watcher->open().ok());
    EXPECT_FALSE(watcher->isRunner());
    const auto id = watcher->add(harness.request(http.url(QStringLiteral("/w.bin"))));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    watcher->start();
    QTest::qWait(1500);    // a second's refresh would have taken the free queue over
    EXPECT_FALSE(watcher->isRunner());
    EXPECT_EQ(http.requestCount(), 0) << "the watching program downloaded";

    auto worker = harness.makeQueue(workerOptions(harness, QStringLiteral("dl-01")));
    ASSERT_TRUE(worker->open().ok());
    worker->start();
    ASSERT_TRUE(waitUntil([&] { return watcher->item(id.value())->state == QueueState::Done; }, 30000))
        << "the watching program did not show the worker's progress";
    EXPECT_EQ(fileBytes(harness.output + QStringLiteral("/w.bin")), data);

    worker.reset();
    const auto later = watcher->add(harness.request(http.url(QStringLiteral("/later.bin"))));
    ASSERT_TRUE(later.ok());
    QTest::qWait(1500);
    EXPECT_FALSE(watcher->isRunner()) << "the watching program took the queue over when the worker stopped";
    EXPECT_EQ(watcher->item(later.value())->state, QueueState::Waiting);
    EXPECT_EQ(http.requestCount(), 1);
}

// A queue in PostgreSQL seen from two machines (two harnesses: their own journals, run locks and
// homes, one database): one runs it, the other shows it and hands it items, and takes the queue
// over when the first one goes away, continuing what it had left.
#include "tests/download/queue/QueueTestSupport.h"
#include "tests/support/PostgresTestServer.h"

using namespace eoc;
using namespace eoc::test;

namespace {

DownloadQueue::Options sharedOptions(const QueueHarness &machine, const QString &url, const QString &password)
{
    DownloadQueue::Options options = machine.queueOptions();
    options.store = QueueStoreLocation::parse(url).value();
    options.storePassword = password;
    return options;
}

} // namespace

TEST(SharedRunner, OneMachineRunsTheSharedQueueAndAnotherTakesOverWhenItGoes)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString database = PostgresTestServer::uniqueDatabaseName(QStringLiteral("runner"));
    ASSERT_TRUE(server->createDatabase(database));
    const QString url = server->url(database);

    LocalHttpServer http;
    const QByteArray data = testPayload(20000, 7);
    http.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });

    QueueHarness first;
    QueueHarness second;
    auto one = first.makeQueue(sharedOptions(first, url, server->password()));
    ASSERT_TRUE(one->open().ok());
    EXPECT_TRUE(one->isRunner());
    auto two = second.makeQueue(sharedOptions(second, url, server->password()));
    ASSERT_TRUE(two->open().ok());
    EXPECT_FALSE(two->isRunner()) << "the other machine runs the shared queue: this one follows it";
    one->start();
    two->start();

    // Handed over by the follower, fetched by the runner.
    const auto id = two->add(second.request(http.url(QStringLiteral("/first.bin"))));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    ASSERT_TRUE(waitUntil([&] { return one->item(id.value()) && one->item(id.value())->state == QueueState::Done; }, 30000));
    EXPECT_EQ(fileBytes(second.output + QStringLiteral("/first.bin")), data);
    EXPECT_FALSE(two->isRunner());

    // The running machine goes away: the other takes the queue over and runs what is queued.
    one.reset();
    ASSERT_TRUE(waitUntil([&] { return two->isRunner(); }, 20000)) << "the run lock was not taken over";
    const auto next = two->add(second.request(http.url(QStringLiteral("/second.bin"))));
    ASSERT_TRUE(next.ok());
    const QueueItemInfo done = runToRest(*two, next.value());
    EXPECT_EQ(done.state, QueueState::Done) << done.error.message.toStdString();
    EXPECT_EQ(http.requestCount(), 2) << "each file fetched once";
}

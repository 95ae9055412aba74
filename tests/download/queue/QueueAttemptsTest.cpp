// A file's attempts are counted across restarts of its transfer and runs of its item: a server
// that never lets it arrive makes the item fail after download.max_attempts requests.
#include "tests/download/queue/QueueTestSupport.h"

using namespace eoc;
using namespace eoc::test;

TEST(QueueAttempts, ServerThatCutsEveryAnswerIsGivenUpAfterTheLimit)
{
    QueueHarness harness;
    harness.useQuickRetries();
    LocalHttpServer server;
    const QByteArray data = testPayload(100000);
    server.setHandler([&](const RecordedRequest &r) {
        // Range ignored: every answer starts again from byte 0, and is cut at the same place.
        auto response = LocalHttpServer::serveBytes(r, data, "\"v1\"", false);
        response.cutAfterBytes = 20000;
        return response;
    });
    DownloadQueue::Options options = harness.queueOptions();
    options.maxFileAttempts = 5;
    auto queue = harness.makeQueue(options);
    ASSERT_TRUE(queue->open());
    auto id = queue->add(harness.request(server.url(QStringLiteral("/B04.tif"))));
    ASSERT_TRUE(id);
    queue->start();

    const QueueItemInfo item = runToRest(*queue, id.value());
    EXPECT_EQ(item.state, QueueState::Failed);
    EXPECT_EQ(server.requestCount(), 5);
    EXPECT_TRUE(item.error.message.contains(QStringLiteral("after 5 attempts"))) << item.error.message.toStdString();
    EXPECT_TRUE(item.error.message.contains(QStringLiteral("broke after"))) << item.error.message.toStdString();
    // The item is not run again later (a run would ask the server again).
    EXPECT_FALSE(waitUntil([&] { return server.requestCount() > 5; }, 2500));
    EXPECT_EQ(queue->item(id.value())->state, QueueState::Failed);
}

TEST(QueueAttempts, RetryByTheUserGivesTheFileItsAttemptsBack)
{
    QueueHarness harness;
    harness.useQuickRetries();
    LocalHttpServer server;
    const QByteArray data = testPayload(50000);
    bool broken = true;
    server.setHandler([&](const RecordedRequest &r) {
        if (broken)
            return CannedResponse::text("unavailable", 503);
        return LocalHttpServer::serveBytes(r, data);
    });
    DownloadQueue::Options options = harness.queueOptions();
    options.maxFileAttempts = 3;
    auto queue = harness.makeQueue(options);
    ASSERT_TRUE(queue->open());
    auto id = queue->add(harness.request(server.url(QStringLiteral("/B04.tif"))));
    ASSERT_TRUE(id);
    queue->start();
    ASSERT_EQ(runToRest(*queue, id.value()).state, QueueState::Failed);
    EXPECT_EQ(server.requestCount(), 3);

    broken = false;
    ASSERT_TRUE(queue->retry(id.value()));
    EXPECT_TRUE(waitUntil([&] { return queue->item(id.value())->state == QueueState::Done; }));
    EXPECT_EQ(fileBytes(harness.output + QStringLiteral("/B04.tif")), data);
}

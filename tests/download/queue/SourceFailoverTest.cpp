// A scene offered by several sources: when the source being fetched fails for good (429, then
// 503 until the file's attempts are used up), the queue moves the item to the next source of the
// same delivery format, fetches it there, verifies it, and the journal names the source that
// delivered it and the one that failed. Another format is tried only when the user allows it.
#include "tests/download/queue/QueueTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace eoc;
using namespace eoc::test;

TEST(SourceFailover, AnItemWhoseFirstSourceKeepsRefusingIsFetchedFromTheSecondAndTheJournalSaysSo)
{
    const QByteArray data = testPayload(300000, 31);
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    refuseWith429Then503(first);
    second.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });

    QueueHarness h;
    h.useQuickRetries();
    DownloadQueue::Options options = h.queueOptions();
    options.maxFileAttempts = 3;
    auto queue = h.makeQueue(options);
    ASSERT_TRUE(queue->open().ok());
    SceneResult scene = stacCopyOfScene(QStringLiteral("stac:earth-search"), first.url(QStringLiteral("/cogs/B04.tif")), data);
    scene.otherSources.push_back(stacCopyOfScene(QStringLiteral("stac:planetary-computer"), second.url(QStringLiteral("/blob/B04.tif")), data));
    QueueItemRequest request;
    request.provider = scene.provider;
    request.scene = scene;
    request.outputFolder = h.output;
    const auto id = queue->add(request);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    queue->start();
    const QueueItemInfo item = runToRest(*queue, id.value(), 60000);

    ASSERT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/B04.tif")), data);
    EXPECT_GE(first.requestCount(), 3) << "the first source had its attempts";
    EXPECT_GE(second.requestCount(), 1);
    EXPECT_EQ(item.scene.sourceName(), QStringLiteral("stac:planetary-computer"));
    queue.reset();

    // The store, read afresh: the delivering source, and the one that failed with its reason.
    const auto journal = h.openStore();
    ASSERT_TRUE(journal->isOpen());
    const auto saved = journal->load(id.value());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->state, QueueState::Done);
    EXPECT_EQ(saved->scene.sourceName(), QStringLiteral("stac:planetary-computer"));
    EXPECT_TRUE(saved->scene.otherSources.empty()) << "the failed source is not tried again";
    const QJsonArray failed = saved->scene.attributes.value(QLatin1String(kFailedSourcesAttribute)).toArray();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("stac:earth-search"));
    EXPECT_TRUE(failed.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("503")))
        << failed.at(0).toObject().value(QStringLiteral("message")).toString().toStdString();
    // The source's speed is measured for download.source_policy=fastest.
    const auto speeds = journal->sourceSpeeds();
    ASSERT_TRUE(speeds.ok());
    EXPECT_GT(speeds->value(QStringLiteral("stac:planetary-computer")), 0.0);
    EXPECT_FALSE(speeds->contains(QStringLiteral("stac:earth-search")));
}

TEST(SourceFailover, AnotherFormatIsTriedOnlyWhenTheUserAllowsIt)
{
    const QByteArray data = testPayload(120000, 32);
    for (const bool allow : {false, true}) {
        SCOPED_TRACE(allow ? "format change allowed" : "format change not allowed");
        LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
        LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
        first.setHandler([](const RecordedRequest &) { return CannedResponse::text("not here", 404); });
        second.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });

        QueueHarness h;
        DownloadQueue::Options options = h.queueOptions();
        options.allowFormatChange = allow;
        auto queue = h.makeQueue(options);
        ASSERT_TRUE(queue->open().ok());
        SceneResult scene = stacCopyOfScene(QStringLiteral("stac:earth-search"), first.url(QStringLiteral("/B04.tif")), data);
        // The other copy is one plain file (another format than COG assets).
        SceneResult plain;
        plain.sceneId = scene.sceneId;
        plain.provider = QStringLiteral("http");
        plain.link = second.url(QStringLiteral("/product.bin"));
        scene.otherSources.push_back(plain);
        QueueItemRequest request;
        request.provider = scene.provider;
        request.scene = scene;
        request.outputFolder = h.output;
        const auto id = queue->add(request);
        ASSERT_TRUE(id.ok());
        queue->start();
        const QueueItemInfo item = runToRest(*queue, id.value(), 60000);
        if (allow) {
            EXPECT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
            EXPECT_EQ(item.scene.sourceName(), QStringLiteral("http"));
            EXPECT_EQ(fileBytes(h.output + QStringLiteral("/product.bin")), data);
        } else {
            EXPECT_EQ(item.state, QueueState::Failed);
            EXPECT_EQ(item.error.errorClass, ErrorClass::NotFound) << item.error.message.toStdString();
            EXPECT_EQ(second.requestCount(), 0);
        }
    }
}

// The flat layout puts every scene's files in one folder, where the assets of two scenes share
// names (B04.tif). Two scenes downloaded at once must both end whole: neither writes, verifies or
// claims the other's file, and the one whose name is taken goes into its scene folder.
#include "tests/download/queue/QueueTestSupport.h"

using namespace eoc;
using namespace eoc::test;

TEST(FlatLayout, TwoScenesWhoseAssetsShareANameBothArriveWhole)
{
    const QByteArray first = testPayload(400000, 11);
    const QByteArray second = testPayload(400000, 12);
    LocalHttpServer server;
    server.setHandler([&](const RecordedRequest &r) {
        return LocalHttpServer::serveBytes(r, r.url().path().startsWith(QLatin1String("/one/")) ? first : second);
    });

    QueueHarness h;
    auto queue = h.makeQueue(h.queueOptions());
    ASSERT_TRUE(queue->open().ok());
    SceneResult a = stacCopyOfScene(QStringLiteral("stac"), server.url(QStringLiteral("/one/B04.tif")), first);
    SceneResult b = stacCopyOfScene(QStringLiteral("stac"), server.url(QStringLiteral("/two/B04.tif")), second);
    b.sceneId = QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MUV_20250731T132745");
    b.remoteId = QStringLiteral("S2B_24MUV_20250731_0_L2A");
    // Without sizes or checksums a file already on disk would pass for the other scene's.
    for (SceneResult *scene : {&a, &b}) {
        scene->assets.first().size.reset();
        scene->assets.first().checksums.clear();
    }
    QList<qint64> ids;
    for (const SceneResult &scene : {a, b}) {
        QueueItemRequest request;
        request.provider = scene.provider;
        request.scene = scene;
        request.outputFolder = h.output;
        ASSERT_EQ(request.layout, QueueLayout::Flat);
        const auto id = queue->add(request);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        ids << id.value();
    }
    queue->start();
    const QueueItemInfo one = runToRest(*queue, ids.at(0), 60000);
    const QueueItemInfo two = runToRest(*queue, ids.at(1), 60000);
    ASSERT_EQ(one.state, QueueState::Done) << one.error.message.toStdString();
    ASSERT_EQ(two.state, QueueState::Done) << two.error.message.toStdString();
    ASSERT_EQ(one.files.size(), 1);
    ASSERT_EQ(two.files.size(), 1);
    EXPECT_NE(one.files.first().finalPath, two.files.first().finalPath);
    EXPECT_EQ(fileBytes(one.files.first().finalPath), first);
    EXPECT_EQ(fileBytes(two.files.first().finalPath), second);
    // One of them keeps the flat place; the other is in its own scene folder.
    const QStringList paths{one.files.first().finalPath, two.files.first().finalPath};
    EXPECT_TRUE(paths.contains(h.output + QStringLiteral("/B04.tif"))) << paths.join(u' ').toStdString();
    EXPECT_TRUE(paths.contains(h.output + QLatin1Char('/') + b.sceneId + QStringLiteral("/B04.tif"))
                || paths.contains(h.output + QLatin1Char('/') + a.sceneId + QStringLiteral("/B04.tif")))
        << paths.join(u' ').toStdString();
    EXPECT_EQ(server.requestCount(), 2) << "each file fetched once";
}

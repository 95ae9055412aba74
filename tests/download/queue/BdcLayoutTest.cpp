// The "bdc" queue layout: files land in the Brazil Data Cube collection folders that core's
// collection layout (and the `layout` command) compute, through the queue and through the CLI.
#include "tests/download/queue/QueueTestSupport.h"

#include "core/download/queue/ItemFolder.h"
#include "core/download/queue/SqliteQueueStore.h"
#include "core/model/layout/CollectionLayout.h"

#include <QFileInfo>
#include <QProcess>

using namespace eoc;
using namespace eoc::test;

namespace {

const QString kS2Id = QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255");

// A scene to place in the BDC layout, fetched from a plain link.
QueueItemRequest bdcRequest(const QueueHarness &h, const QUrl &url, const QString &sceneId, const QString &collection)
{
    QueueItemRequest r = h.request(url);
    r.scene.sceneId = sceneId;
    r.scene.collection = collection;
    r.layout = QueueLayout::Bdc;
    return r;
}

} // namespace

TEST(QueueLayout, BdcNameRoundTrips)
{
    EXPECT_EQ(queueLayoutName(QueueLayout::Bdc), QStringLiteral("bdc"));
    EXPECT_EQ(queueLayoutFromName(QStringLiteral("bdc")), QueueLayout::Bdc);
    EXPECT_FALSE(queueLayoutFromName(QStringLiteral("bdc-folders")).has_value());
}

TEST(DownloadQueue, BdcLayoutPutsTheSceneWhereTheCollectionLayoutSays)
{
    LocalHttpServer server;
    const QByteArray payload = testPayload(30000, 3);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, payload); });
    QueueHarness h;
    qint64 id = 0;
    {
        auto queue = h.makeQueue(8, QStringLiteral("1"));
        ASSERT_TRUE(queue->open().ok());
        id = queue->add(bdcRequest(h, server.url(QStringLiteral("/dl/") + kS2Id + QStringLiteral("_B04.jp2")), kS2Id,
                                  QStringLiteral("S2_L1C"))).value();
        queue->start();
        const auto item = runToRest(*queue, id);
        ASSERT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
        ASSERT_EQ(item.files.size(), 1);

        // The reference's worked example, written out.
        const QString expected = h.output + QStringLiteral("/S2_L1C/v001/21/L/ZG/2020/") + kS2Id + QLatin1Char('/')
                                 + kS2Id + QStringLiteral("_B04.jp2");
        EXPECT_EQ(item.files.first().finalPath, expected);
        EXPECT_EQ(fileBytes(expected), payload);
        // And the same as core's collection layout (what `eo-collector-cli layout` prints).
        layout::LayoutOptions options;
        options.prefix = h.output;
        const auto location = layout::sceneLocation({QStringLiteral("S2_L1C"), QStringLiteral("1")}, kS2Id, options);
        ASSERT_TRUE(location.ok()) << location.error().message.toStdString();
        EXPECT_EQ(QFileInfo(expected).absolutePath(), location->directory);
    }
    // The journal keeps the layout by name: a new run sees a "bdc" item.
    auto reopened = h.makeQueue(8, QStringLiteral("1"));
    ASSERT_TRUE(reopened->open().ok());
    ASSERT_TRUE(reopened->item(id).has_value());
    EXPECT_EQ(reopened->item(id)->layout, QueueLayout::Bdc);
}

TEST(DownloadQueue, BdcLayoutUsesTheConfiguredCollectionVersion)
{
    QueueItemInfo item;
    item.outputFolder = QStringLiteral("/data");
    item.layout = QueueLayout::Bdc;
    item.scene.sceneId = QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1");
    item.scene.collection = QStringLiteral("LC8_DN");
    EXPECT_EQ(itemFolder(item, QStringLiteral("1")),
              QStringLiteral("/data/LC8_DN/v001/223/064/2020/LC08_L1TP_223064_20200831_20200906_01_T1"));
    EXPECT_EQ(itemFolder(item, QStringLiteral("2.0")),
              QStringLiteral("/data/LC8_DN/v2.0/223/064/2020/LC08_L1TP_223064_20200831_20200906_01_T1"));
}

TEST(DownloadQueue, BdcLayoutFallsBackToTheSceneFolderForAnUnknownSceneId)
{
    LocalHttpServer server;
    const QByteArray payload = testPayload(5000, 4);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, payload); });
    QueueHarness h;
    auto queue = h.makeQueue(8, QStringLiteral("1"));
    ASSERT_TRUE(queue->open().ok());
    const qint64 id = queue->add(bdcRequest(h, server.url(QStringLiteral("/x/file.bin")), QStringLiteral("my-own-scene"),
                                           QStringLiteral("S2_L1C"))).value();
    queue->start();
    const auto item = runToRest(*queue, id);
    ASSERT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/my-own-scene/file.bin")), payload);
}

// --- the CLI -------------------------------------------------------------------------------------

namespace {

struct CliOutcome {
    int exitCode = -1;
    QString err;
};

// Runs eo-collector-cli while this process's event loop serves the test server.
CliOutcome runCli(const QTemporaryDir &dir, const QStringList &args)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(dir.path());
    cli.start(QStringLiteral(EOC_CLI_PATH), args);
    EXPECT_TRUE(waitUntil([&] { return cli.state() == QProcess::NotRunning; }, 60000));
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, QString::fromUtf8(cli.readAllStandardError())};
}

} // namespace

TEST(DownloadCommand, LayoutBdcPlacesSavedResultsInCollectionFolders)
{
    LocalHttpServer server;
    const QByteArray payload = testPayload(12000, 5);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, payload); });
    QTemporaryDir dir;
    QFile results(dir.filePath(QStringLiteral("results.json")));
    ASSERT_TRUE(results.open(QIODevice::WriteOnly));
    results.write(R"({"total": 1, "results": [{"scene_id": ")" + kS2Id.toUtf8() + R"(", "collection": "S2_L1C",
        "provider": "http", "link": ")" + server.url(QStringLiteral("/s2_B04.jp2")).toEncoded() + R"("}]})");
    results.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliOutcome run = runCli(dir, {QStringLiteral("download"), QStringLiteral("--from"), results.fileName(),
                                        QStringLiteral("--output"), out, QStringLiteral("--layout"), QStringLiteral("bdc")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(fileBytes(out + QStringLiteral("/S2_L1C/v001/21/L/ZG/2020/") + kS2Id + QStringLiteral("/s2_B04.jp2")), payload);

    // The version setting decides the version folder.
    const QString out2 = dir.filePath(QStringLiteral("out2"));
    const CliOutcome v2 = runCli(dir, {QStringLiteral("--set"), QStringLiteral("download.bdc_version=2"), QStringLiteral("download"),
                                       QStringLiteral("--from"), results.fileName(), QStringLiteral("--output"), out2,
                                       QStringLiteral("--layout"), QStringLiteral("bdc")});
    EXPECT_EQ(v2.exitCode, 0) << v2.err.toStdString();
    EXPECT_EQ(fileBytes(out2 + QStringLiteral("/S2_L1C/v002/21/L/ZG/2020/") + kS2Id + QStringLiteral("/s2_B04.jp2")), payload);
}

TEST(DownloadCommand, UnknownLayoutOrBadVersionIsBadInput)
{
    QTemporaryDir dir;
    const CliOutcome unknown = runCli(dir, {QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/x"),
                                            QStringLiteral("--layout"), QStringLiteral("bdc-nested")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("'bdc-nested'"))) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("bdc)"))) << "the known layouts are listed: " << unknown.err.toStdString();

    const CliOutcome version = runCli(dir, {QStringLiteral("--set"), QStringLiteral("download.bdc_version=latest"),
                                            QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/x"),
                                            QStringLiteral("--layout"), QStringLiteral("bdc")});
    EXPECT_EQ(version.exitCode, 2);
    EXPECT_TRUE(version.err.contains(QStringLiteral("download.bdc_version"))) << version.err.toStdString();
    EXPECT_TRUE(version.err.contains(QStringLiteral("latest"))) << version.err.toStdString();
}

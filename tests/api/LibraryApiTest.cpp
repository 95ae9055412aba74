// The public library as a program built on it sees it: only <EOCollector/...> headers, the shared
// library libeocollector.so, the installed-style plug-in folder beside it, and a real STAC server
// on 127.0.0.1 replaying a recorded Earth Search page.

#include <EOCollector/EOCollector.h>

#include "tests/support/EarthSearchReplay.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EOCollector;
using eoc::test::CannedResponse;
using eoc::test::LocalHttpServer;
using eoc::test::RecordedRequest;

namespace {

class Library : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        // Nothing of the user's: settings, data and the keychain index live in a throw-away home.
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(variable, home.filePath(QString::fromLatin1(variable)).toLocal8Bit());
        ASSERT_TRUE(server.isListening());
        server.setHandler([this](const RecordedRequest &r) {
            const QString path = r.url().path();
            if (path == QLatin1String("/"))
                return eoc::test::replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_landing.json"));
            if (path == QLatin1String("/collections"))
                return eoc::test::replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_collections.json"));
            if (path == QLatin1String("/search")) {
                CannedResponse page = eoc::test::replayEarthSearch(
                    server, QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p2.json"));
                page.body.replace(QByteArray("https://sentinel-cogs.s3.us-west-2.amazonaws.com"),
                                  server.url(QStringLiteral("/cogs")).toEncoded());
                return page;
            }
            if (path.startsWith(QLatin1String("/cogs/")) && !path.endsWith(QLatin1String(missingFile)))
                return LocalHttpServer::serveBytes(r, QByteArray("bytes of ") + path.toUtf8());
            return CannedResponse::text("not found", 404);
        });
    }

    SessionOptions options() const
    {
        SessionOptions o;
        o.settingsFile = home.filePath(QStringLiteral("settings.ini"));
        o.settings.insert(QStringLiteral("stac.url"), server.url(QString()).toString());
        return o;
    }

    static SearchRequest oneSentinel2Scene()
    {
        SearchRequest request;
        request.providers = QStringLiteral("stac");
        request.collection = QStringLiteral("sentinel-2-l2a");
        request.start = QDate(2025, 7, 31);
        request.end = QDate(2025, 7, 31);
        request.limit = 1;
        return request;
    }

    int fileRequests() const
    {
        int count = 0;
        for (const auto &r : server.requests())
            count += r.url().path().startsWith(QLatin1String("/cogs/")) ? 1 : 0;
        return count;
    }

    static constexpr char missingFile[] = "/SCL.tif";
    QTemporaryDir home;
    LocalHttpServer server;
};

TEST_F(Library, TheRegistryListsTheInstalledPluginsAndDescribesOne)
{
    Session session(options());
    const QStringList names = session.providerNames();
    EXPECT_TRUE(names.contains(QStringLiteral("stac"))) << names.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("dataspace")));
    const auto stac = session.provider(QStringLiteral("stac"));
    ASSERT_TRUE(stac.has_value());
    EXPECT_EQ(stac->name, QStringLiteral("stac"));
    EXPECT_TRUE(stac->presets.contains(QStringLiteral("earth-search")));
    EXPECT_FALSE(session.provider(QStringLiteral("no-such-provider")).has_value());
}

TEST_F(Library, SearchDownloadAndFilesOfOneSceneWithTheBlockingCalls)
{
    Session session(options());
    const SearchOutcome found = session.search(oneSentinel2Scene());
    ASSERT_TRUE(found.ok()) << found.error.toStdString();
    ASSERT_EQ(found.scenes.size(), 1);
    const Scene scene = found.scenes.first();
    EXPECT_EQ(scene.id, QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745"));
    EXPECT_EQ(scene.provider, QStringLiteral("stac"));
    EXPECT_FALSE(scene.footprintWkt.isEmpty());

    QTemporaryDir output;
    DownloadRequest request;
    request.outputFolder = output.path();
    request.layout = Layout::SceneFolder;
    request.assets = {QStringLiteral("red"), QStringLiteral("nir")};
    const DownloadOutcome outcome = session.download({scene}, request);
    ASSERT_TRUE(outcome.ok()) << outcome.error.toStdString() << outcome.failed.value(scene.id).toStdString();
    ASSERT_EQ(outcome.done.size(), 1);
    EXPECT_TRUE(outcome.scheduled.isEmpty());
    const auto &done = outcome.done.first();
    EXPECT_EQ(done.folder, QDir(output.path()).filePath(scene.id));
    ASSERT_EQ(done.files.size(), 2);
    QFile red(QDir(done.folder).filePath(QStringLiteral("B04.tif")));
    ASSERT_TRUE(red.open(QIODevice::ReadOnly));
    EXPECT_EQ(red.readAll(), QByteArray("bytes of /cogs/sentinel-s2-l2a-cogs/24/M/VV/2025/7/S2B_24MVV_20250731_0_L2A/B04.tif"));

    // The seed's get_files on what was downloaded: the scene folder is a Sentinel-2 product.
    QString error;
    const auto product = readProduct(done.folder, &error);
    ASSERT_TRUE(product.has_value()) << error.toStdString();
    EXPECT_EQ(product->scene.family, QStringLiteral("sentinel-2"));
    EXPECT_EQ(product->scene.tile, QStringLiteral("24MVV"));
    EXPECT_EQ(productFiles(done.folder).keys(), (QStringList{QStringLiteral("B04"), QStringLiteral("B08")}));

    // The same download again is answered from the journal: nothing is fetched twice.
    const int fetched = fileRequests();
    const DownloadOutcome again = session.download({scene}, request);
    ASSERT_TRUE(again.ok()) << again.error.toStdString();
    EXPECT_EQ(again.done.size(), 1);
    EXPECT_EQ(fileRequests(), fetched);
}

TEST_F(Library, AFlatDownloadIsFoundByAScanAsItsScenesLooseFiles)
{
    Session session(options());
    const SearchOutcome found = session.search(oneSentinel2Scene());
    ASSERT_TRUE(found.ok()) << found.error.toStdString();
    ASSERT_EQ(found.scenes.size(), 1);
    const Scene scene = found.scenes.first();

    QTemporaryDir output;
    DownloadRequest request;
    request.outputFolder = output.path();
    request.layout = Layout::Flat;
    request.assets = {QStringLiteral("red"), QStringLiteral("nir")};
    const DownloadOutcome outcome = session.download({scene}, request);
    ASSERT_TRUE(outcome.ok()) << outcome.error.toStdString() << outcome.failed.value(scene.id).toStdString();
    ASSERT_TRUE(QFileInfo::exists(QDir(output.path()).filePath(QStringLiteral("B04.tif"))));

    // B04.tif and B08.tif carry no scene id: the download journal in the folder tells whose they are.
    ScanOptions scanOptions;
    scanOptions.checkBands = false;   // the served bytes are no rasters
    QString error;
    const auto products = scanFolder(output.path(), scanOptions, &error);
    ASSERT_TRUE(products.has_value()) << error.toStdString();
    ASSERT_EQ(products->size(), 1);
    const LocalProductInfo &product = products->first();
    EXPECT_TRUE(product.loose);
    EXPECT_EQ(product.scene.id, scene.id);
    EXPECT_EQ(product.bands.keys(), (QStringList{QStringLiteral("B04"), QStringLiteral("B08")}));
    EXPECT_TRUE(product.problems.isEmpty()) << product.problems.join(u'\n').toStdString();
    // The product's path takes it back, as get_files would.
    EXPECT_EQ(productFiles(product.path, &error).keys(), (QStringList{QStringLiteral("B04"), QStringLiteral("B08")}))
        << error.toStdString();
}

TEST_F(Library, AFileTheServerDoesNotHaveFailsItsSceneWithTheReason)
{
    Session session(options());
    const SearchOutcome found = session.search(oneSentinel2Scene());
    ASSERT_EQ(found.scenes.size(), 1) << found.error.toStdString();
    QTemporaryDir output;
    DownloadRequest request;
    request.outputFolder = output.path();
    request.assets = {QStringLiteral("red"), QStringLiteral("scl")};   // SCL.tif answers 404
    const DownloadOutcome outcome = session.download(found.scenes, request);
    EXPECT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.done.isEmpty());
    ASSERT_TRUE(outcome.failed.contains(found.scenes.first().id));
    EXPECT_TRUE(outcome.failed.value(found.scenes.first().id).contains(QStringLiteral("404")))
        << outcome.failed.value(found.scenes.first().id).toStdString();
}

TEST_F(Library, WrongRequestsEndWithAnErrorNamingWhatIsWrong)
{
    Session session(options());
    SearchRequest noProvider = oneSentinel2Scene();
    noProvider.providers.clear();
    EXPECT_TRUE(session.search(noProvider).error.contains(QStringLiteral("providers"))) << session.search(noProvider).error.toStdString();

    SearchRequest unknown = oneSentinel2Scene();
    unknown.providers = QStringLiteral("nowhere");
    const SearchOutcome outcome = session.search(unknown);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("nowhere"))) << outcome.error.toStdString();
    EXPECT_TRUE(outcome.scenes.isEmpty());

    SearchRequest badRegion = oneSentinel2Scene();
    badRegion.region = QStringLiteral("10,20,five,40");
    EXPECT_TRUE(session.search(badRegion).error.startsWith(QStringLiteral("SearchRequest::region")));

    Scene handMade;
    handMade.id = QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745");
    QTemporaryDir output;
    DownloadRequest request;
    request.outputFolder = output.path();
    const DownloadOutcome refused = session.download({handMade}, request);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("Scene::json"))) << refused.error.toStdString();
    EXPECT_TRUE(QDir(output.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_F(Library, AStartedSearchEndsWithOneSignalAlsoWhenCancelled)
{
    Session session(options());
    std::unique_ptr<SearchTask> task(session.startSearch(oneSentinel2Scene()));
    QSignalSpy finished(task.get(), &SearchTask::finished);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.size(), 1);
    EXPECT_EQ(task->outcome().scenes.size(), 1);

    server.setHandler([](const RecordedRequest &) {
        CannedResponse slow = CannedResponse::json("{}");
        slow.delayMs = 5000;
        return slow;
    });
    std::unique_ptr<SearchTask> slow(session.startSearch(oneSentinel2Scene()));
    QSignalSpy slowFinished(slow.get(), &SearchTask::finished);
    slow->cancel();
    slow->cancel();
    EXPECT_EQ(slowFinished.size(), 1);
    EXPECT_EQ(slow->outcome().error, QStringLiteral("cancelled"));
    QTest::qWait(50);
    EXPECT_EQ(slowFinished.size(), 1);
}

TEST_F(Library, SceneIdsAndDataCubeTreesAsTheSeedDefinesThem)
{
    QString error;
    const auto s2 = parseSceneId(QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255.SAFE"), &error);
    ASSERT_TRUE(s2.has_value()) << error.toStdString();
    EXPECT_EQ(s2->family, QStringLiteral("sentinel-2"));
    EXPECT_EQ(s2->tile, QStringLiteral("21LZG"));
    EXPECT_EQ(s2->baseline, QStringLiteral("N0209"));
    EXPECT_EQ(s2->relativeOrbit, 24);
    EXPECT_EQ(s2->sensingStart, QDateTime(QDate(2020, 2, 23), QTime(13, 51, 9), Qt::UTC));

    EXPECT_FALSE(parseSceneId(QStringLiteral("holiday-photo"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("holiday-photo")) && error.contains(QStringLiteral("landsat")))
        << error.toStdString();

    EXPECT_EQ(collectionPath(QStringLiteral("S2_L1C"), QStringLiteral("1"),
                             QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255")),
              QStringLiteral("S2_L1C/v001/21/L/ZG/2020/S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255"));
    LayoutOptions underData;
    underData.prefix = QStringLiteral("/data");
    EXPECT_EQ(compressedFile(QStringLiteral("LC8_DN"), QStringLiteral("1"), QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1"),
                             underData),
              QStringLiteral("/data/LC8_DN/v001/223/064/2020/LC08_L1TP_223064_20200831_20200906_01_T1/"
                             "LC08_L1TP_223064_20200831_20200906_01_T1.tar.gz"));
    EXPECT_FALSE(collectionPath(QStringLiteral("S2/L1C"), QStringLiteral("1"),
                                QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255"), {}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(version(), QStringLiteral(EOC_VERSION_STRING));
}

} // namespace

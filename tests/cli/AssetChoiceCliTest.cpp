// `search --assets` / `--remember-assets` and `download --assets`, running the real CLI against a
// local STAC server that answers with a recorded Earth Search page (tests/data/stac, see the
// PROVENANCE there): the Metalink export lists only the chosen files, the sizes add up to them, a
// remembered choice applies on the next run, and a key the results lack is refused by name.
#include "tests/cli/CliRunner.h"
#include "tests/support/EarthSearchReplay.h"
#include "tests/support/LocalHttpServer.h"

#include "core/settings/AssetPreferences.h"
#include "core/settings/Settings.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

struct AssetChoiceCli : ::testing::Test {
    QTemporaryDir config;
    LocalHttpServer server;

    void SetUp() override
    {
        serveEarthSearchPage(server);
    }

    CliRun search(const QStringList &extra)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        QStringList args{QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"), QStringLiteral("--set"),
                         QStringLiteral("stac.url=") + server.url(QString()).toString(), QStringLiteral("--collection"),
                         QStringLiteral("sentinel-2-l2a"), QStringLiteral("--limit"), QStringLiteral("10"),
                         QStringLiteral("--format"), QStringLiteral("metalink")};
        return runCli(args + extra, env);
    }

    QString settingsPath() const { return config.filePath(QStringLiteral("eo-collector/settings.ini")); }
};

} // namespace

TEST_F(AssetChoiceCli, AssetsLimitTheMetalinkToTheChosenFilesAndSayHowMuch)
{
    const CliRun everything = search({});
    ASSERT_EQ(everything.exitCode, 0) << everything.err.toStdString();
    EXPECT_TRUE(everything.out.contains("/B02.tif")) << "the default export lists every data band";

    const CliRun chosen = search({QStringLiteral("--assets"), QStringLiteral("red,NIR,scl")});
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_TRUE(chosen.out.contains("/B04.tif")) << chosen.out.left(3000).toStdString();
    EXPECT_TRUE(chosen.out.contains("/B08.tif"));
    EXPECT_TRUE(chosen.out.contains("/SCL.tif"));
    EXPECT_FALSE(chosen.out.contains("/B02.tif"));
    EXPECT_FALSE(chosen.out.contains("/AOT.tif"));
    EXPECT_LT(chosen.out.count("<file "), everything.out.count("<file "));
    // red + nir + scl of the three sentinel-2-c1-l2a items, the only ones that state sizes.
    EXPECT_TRUE(chosen.err.contains("assets: 3 of 38 assets per scene: red, nir, scl")) << chosen.err.toStdString();
    EXPECT_TRUE(chosen.err.contains(" in all")) << chosen.err.toStdString();
    EXPECT_FALSE(QFile::exists(settingsPath())) << "nothing is remembered without --remember-assets";
}

TEST_F(AssetChoiceCli, RememberedChoiceAppliesOnTheNextRunAndAllClearsIt)
{
    const CliRun remembered = search({QStringLiteral("--assets"), QStringLiteral("red,scl"), QStringLiteral("--remember-assets")});
    ASSERT_EQ(remembered.exitCode, 0) << remembered.err.toStdString();
    EXPECT_TRUE(remembered.err.contains("assets: remembered for sentinel-2-l2a")) << remembered.err.toStdString();
    {
        Settings settings(settingsPath());
        EXPECT_EQ(AssetPreferences(settings).choice(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a")),
                  (QStringList{QStringLiteral("red"), QStringLiteral("scl")}));
        // The L1C items have no scl: their collection keeps what they have.
        EXPECT_EQ(AssetPreferences(settings).choice(QStringLiteral("stac"), QStringLiteral("sentinel-2-l1c")),
                  QStringList{QStringLiteral("red")});
    }

    const CliRun next = search({});
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(next.out.contains("/B04.tif"));
    EXPECT_FALSE(next.out.contains("/B02.tif"));
    EXPECT_TRUE(next.err.contains("remembered for")) << next.err.toStdString();

    const CliRun all = search({QStringLiteral("--assets"), QStringLiteral("all")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_TRUE(all.out.contains("/B02.tif")) << "--assets all takes the default files for this run";
    Settings settings(settingsPath());
    EXPECT_FALSE(AssetPreferences(settings).choice(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a")).isEmpty())
        << "--assets all without --remember-assets keeps the remembered choice";
}

TEST_F(AssetChoiceCli, UnknownKeyIsBadInputNamingItAndTheValidKeys)
{
    const CliRun result = search({QStringLiteral("--assets"), QStringLiteral("red,B99")});
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("B99")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("valid keys: ")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("scl")) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << "no export of every file instead";
}

TEST_F(AssetChoiceCli, RememberWithoutAssetsIsRefused)
{
    const CliRun result = search({QStringLiteral("--remember-assets")});
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("--remember-assets needs --assets")) << result.err.toStdString();
}

TEST(AssetChoiceDownloadCli, AssetsNeedScenes)
{
    const CliRun result = runCli({QStringLiteral("download"), QStringLiteral("--url"),
                                  QStringLiteral("https://example.org/a.tif"), QStringLiteral("--assets"),
                                  QStringLiteral("B04")});
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("--from or --scene-id")) << result.err.toStdString();
}

TEST_F(AssetChoiceCli, DownloadFetchesOnlyTheChosenAssetsOfSavedResults)
{
    // The items' files are served here too.
    server.setHandler([this](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_collections.json"));
        if (path == QLatin1String("/search")) {
            CannedResponse page = replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p2.json"));
            page.body.replace(QByteArray("https://sentinel-cogs.s3.us-west-2.amazonaws.com"),
                              server.url(QStringLiteral("/cogs")).toEncoded());
            return page;
        }
        if (path.startsWith(QLatin1String("/cogs/")))
            return LocalHttpServer::serveBytes(r, QByteArray("file ") + path.toUtf8());
        return CannedResponse::text("not found", 404);
    });
    QTemporaryDir work;
    const QString results = work.filePath(QStringLiteral("results.json"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const CliRun searched = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"),
                                    QStringLiteral("--set"), QStringLiteral("stac.url=") + server.url(QString()).toString(),
                                    QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a"), QStringLiteral("--limit"),
                                    QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--output"), results},
                                   env);
    ASSERT_EQ(searched.exitCode, 0) << searched.err.toStdString();

    const QString out = work.filePath(QStringLiteral("out"));
    const CliRun downloaded = runCli({QStringLiteral("download"), QStringLiteral("--from"), results, QStringLiteral("--assets"),
                                      QStringLiteral("RED,scl"), QStringLiteral("--output"), out},
                                     env);
    ASSERT_EQ(downloaded.exitCode, 0) << downloaded.err.toStdString() << downloaded.out.toStdString();
    EXPECT_TRUE(downloaded.err.contains("assets: 2 of 38 assets per scene: red, scl")) << downloaded.err.toStdString();
    QStringList files;
    QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QFileInfo(it.next()).fileName();
    files.sort();
    EXPECT_EQ(files, (QStringList{QStringLiteral("B04.tif"), QStringLiteral("SCL.tif")}));
}

TEST_F(AssetChoiceCli, TableSizesAreThoseOfTheChosenFiles)
{
    const CliRun all = search({QStringLiteral("--format"), QStringLiteral("table")});
    const CliRun chosen = search({QStringLiteral("--format"), QStringLiteral("table"), QStringLiteral("--assets"), QStringLiteral("red,scl")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    // The sizes of tile 24MXV's rows: only its sentinel-2-c1-l2a item states sizes, its red and
    // scl assets 61,874,512 and 1,206,714 bytes.
    const auto sizesOf24MXV = [](const QByteArray &table) {
        QList<QByteArray> sizes;
        for (const QByteArray &line : table.split('\n')) {
            const QList<QByteArray> cells = line.simplified().split(' ');
            if (cells.size() >= 2 && cells.contains("24MXV") && cells.last() == "MB")
                sizes << cells.at(cells.size() - 2);
        }
        return sizes;
    };
    EXPECT_EQ(sizesOf24MXV(chosen.out), QList<QByteArray>{"63.1"}) << chosen.out.toStdString();
    EXPECT_NE(sizesOf24MXV(all.out), QList<QByteArray>{"63.1"}) << all.out.toStdString();
}

TEST_F(AssetChoiceCli, RememberedChoiceThatNoLongerFitsSaysHowToChooseAgain)
{
    {
        Settings settings(settingsPath());
        ASSERT_TRUE(AssetPreferences(settings).remember(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a"),
                                                        {QStringLiteral("B99")}));
    }
    const CliRun result = search({});
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("remembered for sentinel-2-l2a (B99)")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("--assets all --remember-assets")) << result.err.toStdString();

    const CliRun forgot = search({QStringLiteral("--assets"), QStringLiteral("all"), QStringLiteral("--remember-assets")});
    ASSERT_EQ(forgot.exitCode, 0) << forgot.err.toStdString();
    EXPECT_TRUE(forgot.err.contains("assets: forgot the choice for sentinel-2-l2a")) << forgot.err.toStdString();
    Settings settings(settingsPath());
    EXPECT_TRUE(AssetPreferences(settings).choice(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a")).isEmpty());
    EXPECT_EQ(search({}).exitCode, 0);
}

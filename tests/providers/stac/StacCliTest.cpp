// `eo-collector-cli search` end to end: the real CLI and plug-in against the local replay server.
#include "tests/cli/CliRunner.h"
#include "tests/providers/stac/StacTestSupport.h"

#include <QJsonArray>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

void serveEarthSearch(LocalHttpServer &server)
{
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replay(server, QStringLiteral("stac_earth_search/v1_collections.json"));
        if (path == QLatin1String("/search")) {
            int n = 0;
            for (const auto &q : server.requests())
                n += q.url().path() == QLatin1String("/search") ? 1 : 0;
            if (n == 1)
                return replay(server, QStringLiteral("stac_earth_search/v1_search_cql2_filter_p1.json"));
            if (n == 2)
                return replay(server, QStringLiteral("stac_earth_search/v1_search_cql2_filter_p2.json"));
            return replay(server, QStringLiteral("stac_earth_search/v1_search_two_collections_p2_empty.json"));
        }
        return CannedResponse::text("not found", 404);
    });
}

QStringList searchArguments(const LocalHttpServer &server)
{
    return {QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"),
            QStringLiteral("--set"), QStringLiteral("stac.url=") + server.url(QString()).toString(),
            QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a"),
            QStringLiteral("--bbox"), QStringLiteral("-105.2,40.1,-105.0,40.2"),
            QStringLiteral("--start"), QStringLiteral("2025-07-01"), QStringLiteral("--end"), QStringLiteral("2025-07-31"),
            QStringLiteral("--cloud-max"), QStringLiteral("40")};
}

} // namespace

TEST(StacCli, SearchPrintsJson)
{
    LocalHttpServer server;
    serveEarthSearch(server);
    const auto run = runCli(searchArguments(server) << QStringLiteral("--limit") << QStringLiteral("15")
                                                    << QStringLiteral("--format") << QStringLiteral("json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QStringLiteral("total")).toInt(), 15);
    const auto results = root.value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 15);
    const QJsonObject first = results.first().toObject();
    for (const char *key : {"scene_id", "provider", "collection", "cloud_cover", "footprint", "start", "end", "size",
                            "online", "checksums", "link"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("scene_id")).toString(),
              QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E_0C44"));
    EXPECT_EQ(first.value(QStringLiteral("provider")).toString(), QStringLiteral("stac"));
    EXPECT_EQ(first.value(QStringLiteral("collection")).toString(), QStringLiteral("sentinel-1-grd"));
    EXPECT_EQ(first.value(QStringLiteral("start")).toString(), QStringLiteral("2025-07-31T13:57:02.256Z"));
    // What went out: the query extension with the cloud limit, and the requested page size.
    const auto searches = server.requests();
    bool sawQuery = false;
    for (const auto &r : searches) {
        if (r.url().path() == QLatin1String("/search") && bodyOf(r).contains(QStringLiteral("query"))) {
            sawQuery = true;
            EXPECT_EQ(bodyOf(r).value(QStringLiteral("limit")).toInt(), 15);
        }
    }
    EXPECT_TRUE(sawQuery);
}

TEST(StacCli, GeoJsonOutputIsReadByOgrinfo)
{
    const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
    ASSERT_FALSE(ogrinfo.isEmpty()) << "ogrinfo (gdal-bin) is needed";
    LocalHttpServer server;
    serveEarthSearch(server);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.geojson"));
    const auto run = runCli(searchArguments(server) << QStringLiteral("--format") << QStringLiteral("geojson")
                                                    << QStringLiteral("--output") << path);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());

    QProcess process;
    process.start(ogrinfo, {QStringLiteral("-so"), QStringLiteral("-al"), path});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Feature Count: 20"))) << info.toStdString();
}

TEST(StacCli, BadInputExitsWithTwo)
{
    LocalHttpServer server;
    serveEarthSearch(server);
    QStringList args = searchArguments(server);
    args[args.indexOf(QStringLiteral("--bbox")) + 1] = QStringLiteral("-105.2,40.1,-105.0");
    auto run = runCli(args);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--bbox")) << run.err.toStdString();

    args = searchArguments(server);
    args[args.indexOf(QStringLiteral("--cloud-max")) + 1] = QStringLiteral("140");
    run = runCli(args);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--cloud-max")) << run.err.toStdString();

    args = searchArguments(server);
    args[args.indexOf(QStringLiteral("--start")) + 1] = QStringLiteral("2025-13-01");
    run = runCli(args);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--start")) << run.err.toStdString();

    args = searchArguments(server);
    args[args.indexOf(QStringLiteral("--collection")) + 1] = QStringLiteral("sentinel-9");
    run = runCli(args);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("sentinel-9")) << run.err.toStdString();

    args = searchArguments(server);
    args[args.indexOf(QStringLiteral("--provider")) + 1] = QStringLiteral("nope");
    run = runCli(args);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("nope")) << run.err.toStdString();
}

TEST(StacCli, ProviderFailureExitsWithOne)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &) {
        return CannedResponse::json(R"({"code": "BadRequest", "description": "the index is being rebuilt"})", 409);
    });
    const auto run = runCli(searchArguments(server) << QStringLiteral("--format") << QStringLiteral("ids"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("the index is being rebuilt")) << run.err.toStdString();
}

TEST(StacCli, ProvidersRefreshListsTheCatalogueCollections)
{
    LocalHttpServer server;
    serveEarthSearch(server);
    const QStringList base{QStringLiteral("--set"), QStringLiteral("stac.url=") + server.url(QString()).toString(),
                           QStringLiteral("providers"), QStringLiteral("stac"), QStringLiteral("--json")};
    auto collectionNames = [](const QByteArray &json) {
        QStringList names;
        const auto providers = QJsonDocument::fromJson(json).array();
        for (const auto &p : providers) {
            const auto collections = p.toObject().value(QStringLiteral("collections")).toArray();
            for (const auto &c : collections)
                names << c.toObject().value(QStringLiteral("name")).toString();
        }
        return names;
    };

    const auto plain = runCli(base);
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    const auto refreshed = runCli(QStringList(base) << QStringLiteral("--refresh"));
    ASSERT_EQ(refreshed.exitCode, 0) << refreshed.err.toStdString();
    const QStringList names = collectionNames(refreshed.out);
    // The recorded Earth Search /collections answer lists these; without --refresh nothing is fetched.
    EXPECT_TRUE(names.contains(QStringLiteral("cop-dem-glo-30"))) << refreshed.out.toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("sentinel-1-grd"))) << refreshed.out.toStdString();
    EXPECT_GT(names.size(), collectionNames(plain.out).size());

    // An unknown provider name is bad input.
    const auto unknown = runCli({QStringLiteral("providers"), QStringLiteral("nosuch")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("nosuch"));
}

// `search` at several providers at once, running the real CLI against local servers that replay
// recorded STAC answers (tests/data/stac, see the PROVENANCE there): one row per scene with the
// sources that offer it, no merge of scenes that only look alike, and a failing source shown
// beside the others' results instead of failing the search.
#include "tests/cli/CliRunner.h"
#include "tests/support/EarthSearchReplay.h"
#include "tests/support/LocalHttpServer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList sourcesOf(const QJsonObject &result)
{
    QStringList names;
    for (const auto &v : result.value(QStringLiteral("sources")).toArray())
        names << v.toString();
    return names;
}

// A STAC API with Earth Search's landing page and collections that answers every search with
// `searchPage` (its links rewritten to this server).
void serveStac(LocalHttpServer &server, const QString &searchPage, const QByteArray &recordedRoot)
{
    server.setHandler([&server, searchPage, recordedRoot](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_collections.json"));
        if (path == QLatin1String("/search")) {
            QByteArray body = readTestData(searchPage);
            body.replace(recordedRoot, server.url(QString()).toEncoded());
            return CannedResponse::json(body);
        }
        return CannedResponse::text("not found", 404);
    });
}

QString setting(const QString &key, const LocalHttpServer &server)
{
    return key + QLatin1Char('=') + server.url(QString()).toString();
}

} // namespace

TEST(MultiSourceCli, TwoPresetsOnOneRecordedPageGiveEachSceneOnceWithBothSources)
{
    LocalHttpServer server;
    serveEarthSearchPage(server);
    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--provider"),
                               QStringLiteral("stac:earth-search,stac:planetary-computer"), QStringLiteral("--collection"),
                               QStringLiteral("sentinel-2-l2a"), QStringLiteral("--limit"), QStringLiteral("10"),
                               QStringLiteral("--set"), setting(QStringLiteral("stac.earth-search.url"), server),
                               QStringLiteral("--set"), setting(QStringLiteral("stac.planetary-computer.url"), server),
                               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();

    // Both presets asked the server, each for its own collection.
    QStringList searchedCollections;
    for (const auto &r : server.requests()) {
        if (r.url().path() == QLatin1String("/search") && r.method == "POST")
            searchedCollections << parseObject(r.body).value(QStringLiteral("collections")).toArray().at(0).toString();
    }
    EXPECT_TRUE(searchedCollections.contains(QStringLiteral("sentinel-2-c1-l2a"))) << searchedCollections.join(u',').toStdString();
    EXPECT_TRUE(searchedCollections.contains(QStringLiteral("sentinel-2-l2a"))) << searchedCollections.join(u',').toStdString();

    const auto results = parseObject(run.out).value(QStringLiteral("results")).toArray();
    const QSet<QString> expected = productNamesIn(QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p2.json"));
    ASSERT_EQ(results.size(), expected.size()) << "one row per product of the page: " << run.outText().toStdString();
    QSet<QString> listed;
    for (const auto &v : results) {
        const QJsonObject r = v.toObject();
        listed.insert(r.value(QStringLiteral("scene_id")).toString());
        EXPECT_EQ(sourcesOf(r), (QStringList{QStringLiteral("stac:earth-search"), QStringLiteral("stac:planetary-computer")}))
            << r.value(QStringLiteral("scene_id")).toString().toStdString();
        EXPECT_EQ(r.value(QStringLiteral("source")).toString(), QStringLiteral("stac:earth-search"))
            << "the order given is the order tried";
        EXPECT_FALSE(r.value(QStringLiteral("other_sources")).toArray().isEmpty());
    }
    EXPECT_EQ(listed, expected);
}

TEST(MultiSourceCli, TwoServersMergeTheSharedSceneOnlyAndAFailingSourceIsReportedBesideTheResults)
{
    // 127.0.0.1 replays Earth Search v1's first page (Sentinel-1 slices of one datatake, and
    // Sentinel-2 L1C and L2A products of the same datatakes); 127.0.0.2 replays the retired
    // Earth Search v0's page, whose one item is one of those L2A products under v0's own naming.
    // The v0 API's landing page was not recorded: that server shows v1's landing and collections.
    LocalHttpServer first;
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(second.isListening()) << "127.0.0.2 must be a loopback address here";
    LocalHttpServer broken;
    serveStac(first, QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p1.json"),
              "https://earth-search.aws.element84.com/v1");
    serveStac(second, QStringLiteral("stac/stac_earth_search/v0_search_page1.json"),
              "https://earth-search.aws.element84.com/v0");
    broken.setHandler([](const RecordedRequest &) { return CannedResponse::text("down for maintenance", 503); });

    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--provider"),
                               QStringLiteral("stac:earth-search,stac:planetary-computer,stac:cdse"),
                               QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a"), QStringLiteral("--limit"),
                               QStringLiteral("10"), QStringLiteral("--set"), setting(QStringLiteral("stac.earth-search.url"), first),
                               QStringLiteral("--set"), setting(QStringLiteral("stac.planetary-computer.url"), second),
                               QStringLiteral("--set"), setting(QStringLiteral("stac.cdse.url"), broken),
                               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_TRUE(run.errText().contains(QStringLiteral("stac:cdse failed"))) << run.errText().toStdString();

    const QJsonObject document = parseObject(run.out);
    const auto errors = document.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("stac:cdse"));

    const auto results = document.value(QStringLiteral("results")).toArray();
    // Every product of the v1 page once (its c1 and older L2A items are one product), and the v0
    // item adds no row of its own.
    const QSet<QString> v1Products = productNamesIn(QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p1.json"));
    EXPECT_EQ(results.size(), v1Products.size()) << run.outText().toStdString();

    const QString shared = QStringLiteral("S2B_MSIL2A_20250731T131909_N0511_R095_T20EPT_20250731T143919");
    int twoSources = 0;
    for (const auto &v : results) {
        const QJsonObject r = v.toObject();
        const QString id = r.value(QStringLiteral("scene_id")).toString();
        const QStringList sources = sourcesOf(r);
        if (sources.size() == 2)
            ++twoSources;
        if (id == shared) {
            EXPECT_EQ(sources, (QStringList{QStringLiteral("stac:earth-search"), QStringLiteral("stac:planetary-computer")}));
            // The copies keep what differs: v0's collection and its own item id.
            bool v0Copy = false;
            for (const auto &o : r.value(QStringLiteral("other_sources")).toArray()) {
                const QJsonObject copy = o.toObject();
                if (copy.value(QStringLiteral("source")).toString() == QLatin1String("stac:planetary-computer")) {
                    v0Copy = true;
                    EXPECT_EQ(copy.value(QStringLiteral("collection")).toString(), QStringLiteral("sentinel-s2-l2a-cogs"));
                    EXPECT_EQ(copy.value(QStringLiteral("remote_id")).toString(), QStringLiteral("S2B_20EPT_20250731_0_L2A"));
                }
            }
            EXPECT_TRUE(v0Copy);
        } else {
            // The same datatake's L1C product, and the Sentinel-1 slices, are other scenes.
            EXPECT_EQ(sources, QStringList{QStringLiteral("stac:earth-search")}) << id.toStdString();
        }
    }
    EXPECT_EQ(twoSources, 1);

    // --limit holds for the merged list too: one result from each server would be two scenes.
    const CliRun limited = runCli({QStringLiteral("search"), QStringLiteral("--provider"),
                                   QStringLiteral("stac:earth-search,stac:planetary-computer"), QStringLiteral("--collection"),
                                   QStringLiteral("sentinel-2-l2a"), QStringLiteral("--limit"), QStringLiteral("1"),
                                   QStringLiteral("--set"), setting(QStringLiteral("stac.earth-search.url"), first),
                                   QStringLiteral("--set"), setting(QStringLiteral("stac.planetary-computer.url"), second),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(limited.exitCode, 0) << limited.errText().toStdString();
    EXPECT_EQ(parseObject(limited.out).value(QStringLiteral("results")).toArray().size(), 1);
}

TEST(MultiSourceCli, AListedProviderWithoutTheCollectionIsRefusedNamingThoseThatCarryIt)
{
    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("usgs,stac:earth-search"),
                               QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("usgs does not carry sentinel-2-l2a"))) << run.errText().toStdString();
    EXPECT_TRUE(run.errText().contains(QStringLiteral("stac:planetary-computer"))) << run.errText().toStdString();

    const CliRun preset = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac:nowhere,dataspace"),
                                  QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a")});
    EXPECT_EQ(preset.exitCode, 2);
    EXPECT_TRUE(preset.errText().contains(QStringLiteral("no preset 'nowhere'"))) << preset.errText().toStdString();
}

TEST(MultiSourceCli, ProvidersListsTheSharedCollectionsAndEverySourceOfThemExists)
{
    const CliRun run = runCli({QStringLiteral("providers"), QStringLiteral("--collections"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    const auto collections = parseObject(run.out).value(QStringLiteral("collections")).toArray();
    const CliRun providers = runCli({QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_EQ(providers.exitCode, 0);
    QHash<QString, QStringList> presets;
    for (const auto &v : QJsonDocument::fromJson(providers.out).array()) {
        QStringList names;
        for (const auto &p : v.toObject().value(QStringLiteral("presets")).toArray())
            names << p.toString();
        presets.insert(v.toObject().value(QStringLiteral("name")).toString(), names);
    }
    QStringList sentinel2;
    for (const auto &c : collections) {
        const QJsonObject collection = c.toObject();
        for (const auto &s : collection.value(QStringLiteral("sources")).toArray()) {
            const QString source = s.toObject().value(QStringLiteral("source")).toString();
            const QString provider = source.section(QLatin1Char(':'), 0, 0);
            const QString preset = source.section(QLatin1Char(':'), 1);
            EXPECT_TRUE(presets.contains(provider)) << source.toStdString();
            if (!preset.isEmpty()) {
                EXPECT_TRUE(presets.value(provider).contains(preset)) << source.toStdString();
            }
            if (collection.value(QStringLiteral("name")).toString() == QLatin1String("sentinel-2-l2a"))
                sentinel2 << source;
        }
    }
    for (const char *expected : {"dataspace", "google", "stac:earth-search", "stac:planetary-computer"})
        EXPECT_TRUE(sentinel2.contains(QLatin1String(expected))) << expected;
}

#include "tests/providers/earthdata/CmrReplay.h"
#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"

#include "providers/earthdata/CmrQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

struct Fixture {
    LocalHttpServer cmr;
    LoadedProvider loaded{QStringLiteral("earthdata"), Credentials{}};
    Fixture()
    {
        loaded.set(QStringLiteral("earthdata.cmr_url"), cmr.url(QStringLiteral("/search")).toString());
        loaded.set(QStringLiteral("earthdata.page_size"), QStringLiteral("2"));
        // Paging of one search: its pages one after the other, not date ranges side by side.
        loaded.set(QStringLiteral("earthdata.search_connections"), QStringLiteral("1"));
        cmr.setHandler([](const RecordedRequest &request) {
            if (request.header("CMR-Search-After").isEmpty())
                return recordedCmr(kCmrPage1);
            return recordedCmr(kCmrPage2);
        });
    }
};

earthdata::CmrCollectionRef modis09ga()
{
    earthdata::CmrCollectionRef ref;
    ref.shortName = QStringLiteral("MOD09GA");
    ref.version = QStringLiteral("061");
    return ref;
}

SearchQuery modisQuery()
{
    SearchQuery q;
    q.collection = QStringLiteral("MOD02QKM");
    q.start = QDate(2000, 2, 24);
    q.end = QDate(2000, 2, 25);
    return q;
}

} // namespace

TEST(EarthdataSearch, PagesWithCmrSearchAfter)
{
    Fixture f;
    SearchQuery q = modisQuery();
    q.limit = 4;   // the recording reports 1 404 440 hits: read two pages of two
    const auto outcome = runSearch(f.loaded.provider->search(q));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    ASSERT_EQ(f.cmr.requestCount(), 2);
    const auto requests = f.cmr.requests();
    EXPECT_TRUE(requests.at(0).header("CMR-Search-After").isEmpty());
    EXPECT_EQ(requests.at(1).header("CMR-Search-After"), recordedCmrHeader(kCmrPage1, "CMR-Search-After"));
    EXPECT_EQ(requests.at(1).header("CMR-Search-After"), QByteArray(R"(["laads",951351000000,1462754407])"));
    EXPECT_EQ(requests.at(0).url().path(), QStringLiteral("/search/granules.umm_json"));
    const QUrlQuery query(requests.at(0).url());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("short_name")), QStringLiteral("MOD02QKM"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("2"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("temporal"), QUrl::FullyDecoded),
              QStringLiteral("2000-02-24T00:00:00Z,2000-02-25T23:59:59Z"));
    EXPECT_EQ(outcome.results.size(), 4);
    EXPECT_EQ(outcome.pages, 2);
    EXPECT_EQ(outcome.lastTotal, 1404440);
    // The second page's granules are the recorded page 2.
    const QJsonObject p2 = QJsonDocument::fromJson(readTestData(kCmrPage2)).object();
    EXPECT_EQ(outcome.results.at(2).remoteId,
              p2.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("meta")).toObject()
                  .value(QStringLiteral("concept-id")).toString());
}

TEST(EarthdataSearch, UmmFieldsBecomeSceneFields)
{
    Fixture f;
    SearchQuery q = modisQuery();
    q.limit = 1;
    const auto outcome = runSearch(f.loaded.provider->search(q));
    ASSERT_FALSE(outcome.error);
    ASSERT_EQ(outcome.results.size(), 1);
    const SceneResult &s = outcome.results.first();
    // GranuleUR is opaque here ("LAADS:2715071895"): the producer granule id names the scene.
    EXPECT_EQ(s.sceneId, QStringLiteral("MOD02QKM.A2000055.0005.061.2017171194850"));
    EXPECT_EQ(s.remoteId, QStringLiteral("G1462754234-LAADS"));
    EXPECT_EQ(s.attributes.value(QStringLiteral("granule_ur")).toString(), QStringLiteral("LAADS:2715071895"));
    EXPECT_EQ(s.start, QDateTime(QDate(2000, 2, 24), QTime(0, 5), Qt::UTC));
    EXPECT_EQ(s.end, QDateTime(QDate(2000, 2, 24), QTime(0, 10), Qt::UTC));
    EXPECT_EQ(s.size, std::optional<qint64>(27984421));
    EXPECT_EQ(s.checksums.value(QStringLiteral("md5")), QStringLiteral("f354ac721cb0f66e1da78b420e734c6a"));
    EXPECT_EQ(s.link.toString(),
              QStringLiteral("https://data.laadsdaac.earthdatacloud.nasa.gov/prod-lads/MOD02QKM/MOD02QKM.A2000055.0005.061.2017171194850.hdf"));
    ASSERT_EQ(s.assets.size(), 1);   // the s3:// and OPeNDAP links are not downloads
    EXPECT_EQ(s.assets.first().size, std::optional<qint64>(27984421));
    EXPECT_EQ(s.assets.first().checksums.value(QStringLiteral("md5")), QStringLiteral("f354ac721cb0f66e1da78b420e734c6a"));
    EXPECT_EQ(s.quicklook.toString(),
              QStringLiteral("https://ladsweb.modaps.eosdis.nasa.gov/archive/allData/61/MOBRGB/2000/055/MOBRGB.A2000055.0005.061.2017272125720.jpg"));
    EXPECT_EQ(s.attributes.value(QStringLiteral("day_night")).toString(), QStringLiteral("Both"));
    const QJsonObject footprint = s.attributes.value(QStringLiteral("footprint_geojson")).toObject();
    EXPECT_EQ(footprint.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    const QJsonArray ring = footprint.value(QStringLiteral("coordinates")).toArray().first().toArray();
    ASSERT_EQ(ring.size(), 5);
    EXPECT_DOUBLE_EQ(ring.at(1).toArray().at(0).toDouble(), -145.553577);
    EXPECT_DOUBLE_EQ(ring.at(1).toArray().at(1).toDouble(), 66.835767);
    const auto expected = Region::fromGeoJson(footprint);
    EXPECT_EQ(s.footprint, expected ? expected.value() : Region());
}

TEST(EarthdataSearch, ZeroHitsIsAnEmptyResultNotAnError)
{
    Fixture f;
    f.cmr.setHandler([](const RecordedRequest &) {
        return recordedCmr(QStringLiteral("earthdata/granules_json_MOD09GA_061_zero_hits.json"));
    });
    SearchQuery q = modisQuery();
    q.collection = QStringLiteral("MOD09GA.061");
    const auto outcome = runSearch(f.loaded.provider->search(q));
    EXPECT_FALSE(outcome.error);
    EXPECT_TRUE(outcome.results.isEmpty());
    EXPECT_EQ(f.cmr.requestCount(), 1);
    const QUrlQuery query(f.cmr.requests().first().url());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("short_name")), QStringLiteral("MOD09GA"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("version")), QStringLiteral("061"));
}

TEST(EarthdataSearch, CmrErrorsCarryTheServiceMessage)
{
    Fixture f;
    f.cmr.setHandler([](const RecordedRequest &) {
        return CannedResponse::json(R"({"errors":["Parameter [foo] was not recognized."]})", 400);
    });
    const auto outcome = runSearch(f.loaded.provider->search(modisQuery()));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("Parameter [foo] was not recognized.")));
}

TEST(CmrQuery, CollectionNamesVersionsAndFilters)
{
    auto ref = earthdata::parseCollectionName(QStringLiteral("MOD13Q1"));
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->shortName, QStringLiteral("MOD13Q1"));
    EXPECT_EQ(ref->version, QStringLiteral("061"));
    ref = earthdata::parseCollectionName(QStringLiteral("MOD13Q1.006"));   // BDC-Collectors' retired C6 name
    EXPECT_EQ(ref->version, QStringLiteral("061"));
    ref = earthdata::parseCollectionName(QStringLiteral("HLSS30.v2.0"));
    EXPECT_EQ(ref->shortName, QStringLiteral("HLSS30"));
    EXPECT_EQ(ref->version, QStringLiteral("2.0"));
    ref = earthdata::parseCollectionName(QStringLiteral("VNP46A2.001"));
    EXPECT_EQ(ref->shortName, QStringLiteral("VNP46A2"));
    EXPECT_EQ(ref->version, QStringLiteral("001"));

    SearchQuery q;
    q.region = Region::fromBox({170, -20, -170, -10});
    q.cloudMax = 25;
    q.tiles = {QStringLiteral("h12v10")};
    q.extra.insert(QStringLiteral("day_night"), QStringLiteral("day"));
    const auto params = earthdata::cmrGranuleQuery(q, modis09ga(), 5000);
    ASSERT_TRUE(params);
    EXPECT_EQ(params->allQueryItemValues(QStringLiteral("bounding_box[]")),
              (QStringList{QStringLiteral("170,-20,180,-10"), QStringLiteral("-180,-20,-170,-10")}));
    EXPECT_EQ(params->queryItemValue(QStringLiteral("options[bounding_box][or]")), QStringLiteral("true"));
    EXPECT_EQ(params->queryItemValue(QStringLiteral("cloud_cover")), QStringLiteral("0,25"));
    EXPECT_EQ(params->queryItemValue(QStringLiteral("day_night_flag")), QStringLiteral("day"));
    EXPECT_EQ(params->queryItemValue(QStringLiteral("readable_granule_name[]")), QStringLiteral("*.h12v10.*"));
    EXPECT_EQ(params->queryItemValue(QStringLiteral("page_size")), QStringLiteral("2000"));

    q.tiles = {QStringLiteral("h1v1")};
    const auto bad = earthdata::cmrGranuleQuery(q, modis09ga(), 10);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("h1v1")));
}

TEST(EarthdataSearch, LookupTakesTheCollectionFromTheGranuleName)
{
    Fixture f;
    auto outcome = runSearch(f.loaded.provider->lookup({}, QStringLiteral("MOD13Q1.A2024161.h29v09.061.2024181211247")));
    ASSERT_FALSE(outcome.error);
    EXPECT_EQ(outcome.results.size(), 1);
    QUrlQuery query(f.cmr.requests().last().url());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("short_name")), QStringLiteral("MOD13Q1"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("version")), QStringLiteral("061"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("readable_granule_name"), QUrl::FullyDecoded),
              QStringLiteral("MOD13Q1.A2024161.h29v09.061.2024181211247*"));
    EXPECT_EQ(f.cmr.requests().last().header("Client-Id"), QByteArray("eo-collector"));

    outcome = runSearch(f.loaded.provider->lookup({}, QStringLiteral("HLS.S30.T23KPQ.2024161T131251.v2.0")));
    ASSERT_FALSE(outcome.error);
    query = QUrlQuery(f.cmr.requests().last().url());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("short_name")), QStringLiteral("HLSS30"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("version")), QStringLiteral("2.0"));
}

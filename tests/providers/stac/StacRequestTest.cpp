// Request encoding compared with the examples of the STAC API specification and its extensions.
#include "core/stac/StacCatalog.h"
#include "core/stac/StacSearchRequest.h"
#include "core/stac/StacServer.h"
#include "tests/providers/stac/StacTestSupport.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::stac;
using namespace eoc::test;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
    return doc.object();
}

std::string dump(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

StacServer serverFrom(const QString &landingFile)
{
    return parseLanding(fixtureObject(landingFile), QUrl(QStringLiteral("https://stac.example/v1")));
}

SearchQuery sampleQuery()
{
    SearchQuery q;
    q.collection = QStringLiteral("sentinel-2-l2a");
    q.region = Region::fromBox(BoundingBox{-48.1, -16.0, -47.3, -15.4});
    q.start = QDate(2018, 2, 12);
    q.end = QDate(2018, 3, 18);
    q.cloudMax = 10;
    return q;
}

} // namespace

TEST(StacRequest, Cql2JsonMatchesTheFilterExtensionExample)
{
    // STAC API Filter Extension, "Example 1" style: collection and cloud cover AND-ed.
    PropertyFilters filters;
    filters.all << PropertyCondition{QStringLiteral("collection"), PropertyCondition::Op::Equal, QStringLiteral("landsat8_l1tp")};
    filters.all << PropertyCondition{QStringLiteral("eo:cloud_cover"), PropertyCondition::Op::LessOrEqual, 10};
    const QJsonObject expected = json(R"({"op": "and", "args": [
        {"op": "=", "args": [{"property": "collection"}, "landsat8_l1tp"]},
        {"op": "<=", "args": [{"property": "eo:cloud_cover"}, 10]}]})");
    EXPECT_EQ(toCql2Json(filters), expected) << dump(toCql2Json(filters));
    EXPECT_EQ(toCql2Text(filters), QStringLiteral("collection = 'landsat8_l1tp' AND eo:cloud_cover <= 10"));
}

TEST(StacRequest, CloudCoverAloneIsOneComparison)
{
    SearchQuery q;
    q.cloudMax = 10;
    const auto filters = propertyFiltersFor(q, std::nullopt);
    ASSERT_TRUE(filters.ok());
    EXPECT_EQ(toCql2Json(filters.value()), json(R"({"op": "<=", "args": [{"property": "eo:cloud_cover"}, 10]})"));
    // Query extension form: {"<property>": {"<operator>": <value>}}.
    EXPECT_EQ(toQueryExtension(filters.value()), json(R"({"eo:cloud_cover": {"lte": 10}})"));
}

TEST(StacRequest, DatetimeIntervalIsInclusiveToTheEndOfTheDay)
{
    SearchQuery q;
    q.start = QDate(2018, 2, 12);
    q.end = QDate(2018, 3, 18);
    EXPECT_EQ(datetimeInterval(q), QStringLiteral("2018-02-12T00:00:00Z/2018-03-18T23:59:59.999Z"));
    q.start = QDate();
    EXPECT_EQ(datetimeInterval(q), QStringLiteral("../2018-03-18T23:59:59.999Z"));
    q.end = QDate();
    EXPECT_TRUE(datetimeInterval(q).isEmpty());
}

TEST(StacRequest, ConformanceOfTheRecordedLandingPages)
{
    const StacServer earthSearch = serverFrom(QStringLiteral("stac_earth_search/v1_landing.json"));
    EXPECT_TRUE(earthSearch.itemSearch);
    EXPECT_FALSE(earthSearch.filter);
    EXPECT_TRUE(earthSearch.query);
    EXPECT_TRUE(earthSearch.sort);
    EXPECT_TRUE(earthSearch.usePost());
    EXPECT_FALSE(earthSearch.useFilter());
    EXPECT_EQ(earthSearch.searchUrl, QUrl(QStringLiteral("https://earth-search.aws.element84.com/v1/search")));

    const StacServer planetary = serverFrom(QStringLiteral("stac_planetary_computer/landing.json"));
    EXPECT_TRUE(planetary.filter);
    EXPECT_TRUE(planetary.cql2Json);
    EXPECT_TRUE(planetary.cql2Text);
    EXPECT_TRUE(planetary.useFilter());
    EXPECT_TRUE(planetary.usePost());
}

TEST(StacRequest, ServerWithoutFilterGetsTheQueryExtension)
{
    const auto request = buildSearchRequest(sampleQuery(), serverFrom(QStringLiteral("stac_earth_search/v1_landing.json")),
                                            presetByName(QStringLiteral("earth-search")), 100);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->method, QByteArray("POST"));
    const QJsonObject expected = json(R"({
        "collections": ["sentinel-2-l2a"],
        "bbox": [-48.1, -16.0, -47.3, -15.4],
        "datetime": "2018-02-12T00:00:00Z/2018-03-18T23:59:59.999Z",
        "limit": 100,
        "sortby": [{"field": "properties.datetime", "direction": "asc"}],
        "query": {"eo:cloud_cover": {"lte": 10}}})");
    EXPECT_EQ(request->body, expected) << dump(request->body);
}

TEST(StacRequest, ServerWithFilterGetsCql2Json)
{
    const auto request = buildSearchRequest(sampleQuery(), serverFrom(QStringLiteral("stac_planetary_computer/landing.json")),
                                            presetByName(QStringLiteral("planetary-computer")), 100);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->method, QByteArray("POST"));
    EXPECT_EQ(request->body.value(QStringLiteral("filter-lang")).toString(), QStringLiteral("cql2-json"));
    EXPECT_EQ(request->body.value(QStringLiteral("filter")).toObject(),
              json(R"({"op": "<=", "args": [{"property": "eo:cloud_cover"}, 10]})"));
    EXPECT_FALSE(request->body.contains(QStringLiteral("query")));
}

TEST(StacRequest, GetOnlyServerGetsUrlParameters)
{
    QJsonObject landing = fixtureObject(QStringLiteral("stac_planetary_computer/landing.json"));
    QJsonArray links;
    for (const auto &l : landing.value(QStringLiteral("links")).toArray()) {
        if (l.toObject().value(QStringLiteral("method")).toString() != QLatin1String("POST"))
            links.append(l);
    }
    landing[QStringLiteral("links")] = links;
    const StacServer server = parseLanding(landing, QUrl(QStringLiteral("https://stac.example/v1")));
    EXPECT_FALSE(server.usePost());

    SearchQuery q = sampleQuery();
    q.tiles = QStringList{QStringLiteral("T23LLG")};
    const auto request = buildSearchRequest(q, server, std::nullopt, 50);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->method, QByteArray("GET"));
    const QUrlQuery params(request->url);
    EXPECT_EQ(params.queryItemValue(QStringLiteral("collections"), QUrl::FullyDecoded), QStringLiteral("sentinel-2-l2a"));
    EXPECT_EQ(params.queryItemValue(QStringLiteral("bbox"), QUrl::FullyDecoded), QStringLiteral("-48.1,-16,-47.3,-15.4"));
    EXPECT_EQ(params.queryItemValue(QStringLiteral("datetime"), QUrl::FullyDecoded),
              QStringLiteral("2018-02-12T00:00:00Z/2018-03-18T23:59:59.999Z"));
    EXPECT_EQ(params.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    EXPECT_EQ(params.queryItemValue(QStringLiteral("filter-lang")), QStringLiteral("cql2-text"));
    EXPECT_EQ(params.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
              QStringLiteral("eo:cloud_cover <= 10 AND grid:code = 'MGRS-23LLG'"));
    // '+' must arrive as a plus, not as a space.
    EXPECT_TRUE(request->url.toEncoded().contains("sortby=%2Bproperties.datetime")) << request->url.toEncoded().toStdString();
}

TEST(StacRequest, TilesAndExtraFiltersUseTheCatalogueNames)
{
    SearchQuery q;
    q.collection = QStringLiteral("landsat-c2-l2");
    q.tiles = QStringList{QStringLiteral("220069"), QStringLiteral("221069")};
    q.productType = QStringLiteral("L2SP");
    q.extra.insert(QStringLiteral("view:off_nadir"), QStringLiteral("<=5"));
    q.extra.insert(QStringLiteral("landsat:collection_category"), QStringLiteral("T1"));
    q.extra.insert(QStringLiteral("catalog"), QStringLiteral("planetary-computer"));   // not a property
    const auto filters = propertyFiltersFor(q, presetByName(QStringLiteral("planetary-computer")));
    ASSERT_TRUE(filters.ok());
    EXPECT_EQ(toCql2Json(filters.value()), json(R"({"op": "and", "args": [
        {"op": "=", "args": [{"property": "landsat:correction"}, "L2SP"]},
        {"op": "=", "args": [{"property": "landsat:collection_category"}, "T1"]},
        {"op": "<=", "args": [{"property": "view:off_nadir"}, 5]},
        {"op": "or", "args": [
            {"op": "and", "args": [{"op": "=", "args": [{"property": "landsat:wrs_path"}, "220"]},
                                   {"op": "=", "args": [{"property": "landsat:wrs_row"}, "069"]}]},
            {"op": "and", "args": [{"op": "=", "args": [{"property": "landsat:wrs_path"}, "221"]},
                                   {"op": "=", "args": [{"property": "landsat:wrs_row"}, "069"]}]}]}]})"))
        << dump(toCql2Json(filters.value()));
    // The query extension has no OR: a superset, narrowed down on the client.
    EXPECT_EQ(toQueryExtension(filters.value()).value(QStringLiteral("landsat:wrs_path")).toObject(),
              json(R"({"in": ["220", "221"]})"));
    EXPECT_TRUE(matchesTiles(QStringLiteral("221069"), q.tiles));
    EXPECT_FALSE(matchesTiles(QStringLiteral("220070"), q.tiles));

    SearchQuery s2;
    s2.tiles = QStringList{QStringLiteral("23LLG"), QStringLiteral("T23LLH")};
    const auto pc = propertyFiltersFor(s2, presetByName(QStringLiteral("planetary-computer")));
    ASSERT_TRUE(pc.ok());
    EXPECT_EQ(toCql2Json(pc.value()), json(R"({"op": "in", "args": [{"property": "s2:mgrs_tile"}, ["23LLG", "23LLH"]]})"));

    SearchQuery bad;
    bad.tiles = QStringList{QStringLiteral("nonsense")};
    const auto refused = propertyFiltersFor(bad, std::nullopt);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().errorClass, ErrorClass::BadInput);
}

TEST(StacRequest, AntimeridianBoxIsSplitForCql2AndKeptForBbox)
{
    SearchQuery q;
    q.collection = QStringLiteral("sentinel-2-l2a");
    q.region = Region::fromBox(BoundingBox{170.0, -20.0, -170.0, -10.0});
    // Earth Search: no filter extension -> bbox with west > east, as the STAC API allows.
    const auto plain = buildSearchRequest(q, serverFrom(QStringLiteral("stac_earth_search/v1_landing.json")), std::nullopt, 10);
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->body.value(QStringLiteral("bbox")).toArray(), (QJsonArray{170.0, -20.0, -170.0, -10.0}));

    // A server with CQL2 spatial operators gets two boxes OR-ed in the filter.
    StacServer spatial = serverFrom(QStringLiteral("stac_planetary_computer/landing.json"));
    applyConformance(spatial, {QStringLiteral("http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions")});
    const auto split = buildSearchRequest(q, spatial, std::nullopt, 10);
    ASSERT_TRUE(split.ok());
    EXPECT_FALSE(split->body.contains(QStringLiteral("bbox")));
    const auto parts = q.region.box().splitAtAntimeridian();
    const QJsonObject filter = split->body.value(QStringLiteral("filter")).toObject();
    if (parts.size() == 2) {   // needs the Region implementation of the split
        EXPECT_EQ(filter.value(QStringLiteral("op")).toString(), QStringLiteral("or")) << dump(split->body);
        QList<QJsonArray> boxes;
        for (const auto &arg : filter.value(QStringLiteral("args")).toArray()) {
            EXPECT_EQ(arg.toObject().value(QStringLiteral("op")).toString(), QStringLiteral("s_intersects"));
            boxes << arg.toObject().value(QStringLiteral("args")).toArray().at(1).toObject().value(QStringLiteral("bbox")).toArray();
        }
        ASSERT_EQ(boxes.size(), 2);
        EXPECT_TRUE(boxes.contains(QJsonArray{170.0, -20.0, 180.0, -10.0})) << dump(split->body);
        EXPECT_TRUE(boxes.contains(QJsonArray{-180.0, -20.0, -170.0, -10.0})) << dump(split->body);
    } else {
        EXPECT_EQ(filter.value(QStringLiteral("op")).toString(), QStringLiteral("s_intersects")) << dump(split->body);
    }
}

TEST(StacRequest, IntersectsCarriesTheRegionGeometry)
{
    if (!regionAvailable())
        GTEST_SKIP() << "Region WKT/GeoJSON is not implemented in this build";
    SearchQuery q;
    q.collection = QStringLiteral("sentinel-2-l2a");
    q.region = Region::fromWkt(QStringLiteral("POLYGON((-105.2 40.1,-105.0 40.1,-105.0 40.2,-105.2 40.1))")).value();
    const auto request = buildSearchRequest(q, serverFrom(QStringLiteral("stac_earth_search/v1_landing.json")), std::nullopt, 10);
    ASSERT_TRUE(request.ok());
    const QJsonObject intersects = request->body.value(QStringLiteral("intersects")).toObject();
    EXPECT_EQ(intersects.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    EXPECT_EQ(intersects, q.region.toGeoJson());
    EXPECT_FALSE(request->body.contains(QStringLiteral("bbox")));
}

TEST(StacCatalogChoice, ExplicitUrlWinsOverPreset)
{
    StacFixture f;
    auto ep = resolveEndpoint(f.settings.get(), {});
    ASSERT_TRUE(ep.ok());
    EXPECT_EQ(ep->url, QUrl(QStringLiteral("https://earth-search.aws.element84.com/v1")));
    EXPECT_EQ(ep->preset->name, QStringLiteral("earth-search"));

    f.set(QStringLiteral("stac.preset"), QStringLiteral("planetary-computer"));
    ep = resolveEndpoint(f.settings.get(), {});
    EXPECT_EQ(ep->url, QUrl(QStringLiteral("https://planetarycomputer.microsoft.com/api/stac/v1")));

    f.set(QStringLiteral("stac.url"), QStringLiteral("http://127.0.0.1:9/stac/"));
    ep = resolveEndpoint(f.settings.get(), {});
    EXPECT_EQ(ep->url, QUrl(QStringLiteral("http://127.0.0.1:9/stac")));
    EXPECT_EQ(ep->preset->name, QStringLiteral("planetary-computer"));   // behaviour still from the preset

    QVariantMap extra;
    extra.insert(QStringLiteral("catalog"), QStringLiteral("landsatlook"));
    ep = resolveEndpoint(f.settings.get(), extra);
    EXPECT_EQ(ep->url, QUrl(QStringLiteral("https://landsatlook.usgs.gov/stac-server")));
    EXPECT_EQ(ep->preset->maxPageSize, 500);

    extra.insert(QStringLiteral("catalog"), QStringLiteral("nowhere"));
    ep = resolveEndpoint(f.settings.get(), extra);
    ASSERT_FALSE(ep.ok());
    EXPECT_EQ(ep.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(ep.error().message.contains(QStringLiteral("earth-search")));
}

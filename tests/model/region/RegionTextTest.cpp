// WKT, GeoJSON and Region::parse.
#include "core/model/Region.h"
#include "tests/model/region/RegionTestSupport.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using eoc::GeoPoint;
using eoc::Region;
using eoc::test::describe;
using eoc::test::testDataPath;

namespace {
const eoc::Ring square{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
const eoc::Ring hole{{2, 2}, {2, 4}, {4, 4}, {4, 2}, {2, 2}};
} // namespace

TEST(RegionWkt, PolygonWithHoleRoundTrips)
{
    const auto region = Region::fromWkt(QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))"));
    ASSERT_TRUE(region.ok()) << describe(region);
    EXPECT_EQ(region->kind(), Region::Kind::Polygons);
    ASSERT_EQ(region->polygons().size(), 1);
    EXPECT_EQ(region->polygons().first().outer, square);
    EXPECT_EQ(region->polygons().first().holes, QList<eoc::Ring>{hole});
    EXPECT_EQ(region->vertexCount(), 10);
    EXPECT_EQ(region->toWkt(), QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))"));
    const auto again = Region::fromWkt(region->toWkt());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *region);
}

TEST(RegionWkt, MultiPolygonKeepsEveryPartAndDecimals)
{
    const auto region = Region::fromWkt(
        QStringLiteral("MULTIPOLYGON(((-54.1 -12.5,-53.9 -12.5,-53.9 -12.1,-54.1 -12.5)),((1 1,2 1,2 2,1 1)))"));
    ASSERT_TRUE(region.ok()) << describe(region);
    ASSERT_EQ(region->polygons().size(), 2);
    EXPECT_EQ(region->polygons().at(0).outer.at(1), (GeoPoint{-53.9, -12.5}));
    EXPECT_EQ(region->toWkt(),
              QStringLiteral("MULTIPOLYGON(((-54.1 -12.5,-53.9 -12.5,-53.9 -12.1,-54.1 -12.5)),((1 1,2 1,2 2,1 1)))"));
    EXPECT_EQ(region->bounds(), (eoc::BoundingBox{-54.1, -12.5, 2, 2}));
}

TEST(RegionWkt, EwktSridIsReprojected)
{
    // UTM zone 23 south: easting 500000 lies on the zone's central meridian, 45 degrees west.
    const auto region = Region::fromWkt(QStringLiteral(
        "SRID=32723;POLYGON((500000 7400000,510000 7400000,510000 7410000,500000 7410000,500000 7400000))"));
    ASSERT_TRUE(region.ok()) << describe(region);
    const auto b = region->bounds();
    EXPECT_NEAR(b.west, -45.0, 1e-9);
    EXPECT_GT(b.east, -45.0);
    EXPECT_LT(b.east, -44.8);
    EXPECT_GT(b.south, -23.6);
    EXPECT_LT(b.north, -23.3);
}

TEST(RegionWkt, BoxIsWrittenAsPolygon)
{
    const Region box = Region::fromBox({-54, -13, -53, -12});
    EXPECT_EQ(box.toWkt(), QStringLiteral("POLYGON((-54 -13,-53 -13,-53 -12,-54 -12,-54 -13))"));
    EXPECT_EQ(box.vertexCount(), 5);
}

TEST(RegionGeoJson, GeometryFeatureAndCollectionAreRead)
{
    const QByteArray geometry = R"({"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]})";
    const auto fromGeometry = Region::fromGeoJson(geometry);
    ASSERT_TRUE(fromGeometry.ok()) << describe(fromGeometry);
    EXPECT_EQ(fromGeometry->polygons().first().outer, square);

    const QByteArray feature = R"({"type":"Feature","properties":{"name":"x"},"geometry":)" + geometry + "}";
    const auto fromFeature = Region::fromGeoJson(feature);
    ASSERT_TRUE(fromFeature.ok()) << describe(fromFeature);
    EXPECT_EQ(*fromFeature, *fromGeometry);

    const QByteArray collection = R"({"type":"FeatureCollection","features":[)" + feature
                                  + R"(,{"type":"Feature","properties":{},"geometry":null},
        {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[
          [[[20,20],[21,20],[21,21],[20,20]]],[[[30,30],[31,30],[31,31],[30,30]]]]}}]})";
    const auto fromCollection = Region::fromGeoJson(collection);
    ASSERT_TRUE(fromCollection.ok()) << describe(fromCollection);
    ASSERT_EQ(fromCollection->polygons().size(), 3);   // united as one multipolygon
    EXPECT_EQ(fromCollection->polygons().at(2).outer.first(), (GeoPoint{30, 30}));
    EXPECT_EQ(fromCollection->toGeoJson().value(QStringLiteral("type")).toString(), QStringLiteral("MultiPolygon"));
}

TEST(RegionGeoJson, ToGeoJsonRoundTrips)
{
    const auto region = Region::fromWkt(QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))"));
    ASSERT_TRUE(region.ok());
    const QJsonObject json = region->toGeoJson();
    EXPECT_EQ(json.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    EXPECT_EQ(json.value(QStringLiteral("coordinates")).toArray().size(), 2);
    const auto again = Region::fromGeoJson(json);
    ASSERT_TRUE(again.ok()) << describe(again);
    EXPECT_EQ(*again, *region);
}

TEST(RegionParse, AcceptsBoxWktGeoJsonAndFiles)
{
    const auto box = Region::parse(QStringLiteral("-54,-13,-53,-12"));
    ASSERT_TRUE(box.ok()) << describe(box);
    EXPECT_TRUE(box->isBox());
    EXPECT_EQ(box->box(), (eoc::BoundingBox{-54, -13, -53, -12}));

    const auto wkt = Region::parse(QStringLiteral("  polygon((0 0,10 0,10 10,0 10,0 0))"));
    ASSERT_TRUE(wkt.ok()) << describe(wkt);
    EXPECT_EQ(wkt->polygons().first().outer, square);

    const auto json = Region::parse(QStringLiteral(R"({"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]})"));
    ASSERT_TRUE(json.ok()) << describe(json);
    EXPECT_EQ(*json, *wkt);

    const auto file = Region::parse(testDataPath(QStringLiteral("region/two-fields.geojson")));
    ASSERT_TRUE(file.ok()) << describe(file);
    EXPECT_EQ(file->polygons().size(), 2);
}

TEST(RegionParse, BadBoxTextReportsTheBoxProblem)
{
    const auto region = Region::parse(QStringLiteral("1,2,3"));
    ASSERT_FALSE(region.ok());
    EXPECT_TRUE(region.error().message.contains(QStringLiteral("expected 4 numbers")));
}

TEST(RegionParse, UnrecognisedTextSaysWhatIsAccepted)
{
    const auto region = Region::parse(QStringLiteral("somewhere over the rainbow"));
    ASSERT_FALSE(region.ok());
    EXPECT_EQ(region.error().errorClass, eoc::ErrorClass::BadInput);
    EXPECT_TRUE(region.error().message.contains(QStringLiteral("W,S,E,N, WKT, GeoJSON")))
        << region.error().message.toStdString();
}

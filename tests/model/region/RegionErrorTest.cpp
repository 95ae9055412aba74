// Every kind of bad geometry is refused with a message that names the problem.
#include "core/model/Region.h"
#include "tests/model/region/RegionTestSupport.h"

#include <gtest/gtest.h>

using eoc::Region;

namespace {

void expectError(const eoc::Result<Region> &region, const QString &fragment)
{
    ASSERT_FALSE(region.ok()) << "accepted: " << region->toWkt().toStdString();
    EXPECT_EQ(region.error().errorClass, eoc::ErrorClass::BadInput);
    EXPECT_TRUE(region.error().message.contains(fragment))
        << "message: " << region.error().message.toStdString() << "\nexpected: " << fragment.toStdString();
}

} // namespace

TEST(RegionErrors, LatitudeOutOfRange)
{
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,1 0,1 91,0 0))")),
                QStringLiteral("point 3 has latitude 91, outside -90..90"));
}

TEST(RegionErrors, LongitudeOutOfRange)
{
    expectError(Region::fromGeoJson(QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[190,0],[1,1],[0,0]]]})")),
                QStringLiteral("point 2 has longitude 190, outside -180..180"));
}

TEST(RegionErrors, OpenGeoJsonRing)
{
    expectError(Region::fromGeoJson(QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})")),
                QStringLiteral("ring is not closed"));
}

TEST(RegionErrors, OpenWktRing)
{
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,1 0,1 1,0 1))")), QStringLiteral("ring is not closed"));
}

TEST(RegionErrors, TooFewPoints)
{
    expectError(Region::fromGeoJson(QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]})")),
                QStringLiteral("ring has 3 points; a ring needs at least 4"));
}

TEST(RegionErrors, SelfIntersectingBowTie)
{
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,10 10,10 0,0 10,0 0))")),
                QStringLiteral("ring intersects itself"));
}

TEST(RegionErrors, SpikeThatDoublesBack)
{
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,10 0,10 10,10 20,10 10,0 10,0 0))")),
                QStringLiteral("ring intersects itself"));
}

TEST(RegionErrors, FlatRingHasNoArea)
{
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,1 1,2 2,0 0))")), QStringLiteral("ring has no area"));
}

TEST(RegionErrors, HoleOutsideOuterRing)
{
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0),(20 20,21 20,21 21,20 20))")),
                QStringLiteral("hole 1: hole lies outside its outer ring"));
}

TEST(RegionErrors, HoleCrossingOuterRing)
{
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0),(5 5,15 5,15 6,5 6,5 5))")),
                QStringLiteral("rings of the polygon cross"));
}

TEST(RegionErrors, PointsAndLinesAreNotRegions)
{
    expectError(Region::fromWkt(QStringLiteral("LINESTRING(0 0,1 1)")),
                QStringLiteral("a region needs polygons, but the geometry is a Line String"));
    expectError(Region::fromGeoJson(QByteArray(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]}})")),
                QStringLiteral("a region needs polygons, but the geometry is a Point"));
}

TEST(RegionErrors, EmptyFeatureCollection)
{
    expectError(Region::fromGeoJson(QByteArray(R"({"type":"FeatureCollection","features":[]})")),
                QStringLiteral("the FeatureCollection has no features"));
}

TEST(RegionErrors, UnreadableTextFormats)
{
    expectError(Region::fromGeoJson(QByteArray("{\"type\": ")), QStringLiteral("GeoJSON could not be read"));
    expectError(Region::fromGeoJson(QByteArray(R"({"type":"Blob"})")), QStringLiteral("unknown geometry type 'Blob'"));
    expectError(Region::fromWkt(QStringLiteral("POLYGON((0 0,1 0,1 1")), QStringLiteral("WKT could not be read"));
}

TEST(RegionErrors, WhichPolygonOfAMultiPolygonIsNamed)
{
    expectError(Region::fromWkt(QStringLiteral("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 95,5 5)))")),
                QStringLiteral("polygon 2, outer ring: point 3 has latitude 95"));
}

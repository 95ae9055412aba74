#include "core/model/Region.h"
#include "tests/model/region/RegionTestSupport.h"

#include <QGeoPolygon>
#include <QGeoRectangle>

#include <gtest/gtest.h>

using eoc::BoundingBox;
using eoc::Region;
using eoc::test::describe;

TEST(RegionAntimeridian, BoxSplitsIntoTwoPolygonsAndMultiPolygonWkt)
{
    const Region fiji = Region::fromBox({177, -19, -179, -16});
    const auto polygons = fiji.toPolygons();
    ASSERT_EQ(polygons.size(), 2);
    EXPECT_EQ(polygons.at(0).outer.first(), (eoc::GeoPoint{177, -19}));
    EXPECT_EQ(polygons.at(1).outer.at(1), (eoc::GeoPoint{-179, -19}));
    EXPECT_EQ(fiji.toWkt(), QStringLiteral("MULTIPOLYGON(((177 -19,180 -19,180 -16,177 -16,177 -19)),"
                                           "((-180 -19,-179 -19,-179 -16,-180 -16,-180 -19)))"));
    EXPECT_EQ(fiji.vertexCount(), 10);
    EXPECT_EQ(fiji.bounds(), (BoundingBox{177, -19, -179, -16}));
    EXPECT_EQ(fiji.toGeoJson().value(QStringLiteral("type")).toString(), QStringLiteral("MultiPolygon"));
}

TEST(RegionAntimeridian, MultiPolygonOnBothSidesHasCrossingBounds)
{
    const auto region = Region::fromWkt(QStringLiteral(
        "MULTIPOLYGON(((177 -19,180 -19,180 -16,177 -16,177 -19)),((-180 -19,-179 -19,-179 -16,-180 -16,-180 -19)))"));
    ASSERT_TRUE(region.ok()) << describe(region);
    const BoundingBox b = region->bounds();
    EXPECT_EQ(b, (BoundingBox{177, -19, -179, -16}));
    EXPECT_TRUE(b.crossesAntimeridian());
    EXPECT_DOUBLE_EQ(b.widthDegrees(), 4.0);
}

TEST(RegionAntimeridian, FarApartPartsOnOneSideDoNotCross)
{
    const auto region = Region::fromWkt(
        QStringLiteral("MULTIPOLYGON(((-170 0,-169 0,-169 1,-170 0)),((0 0,1 0,1 1,0 0)),((170 0,171 0,171 1,170 0)))"));
    ASSERT_TRUE(region.ok()) << describe(region);
    // The widest gap is between -169 and 0 (169 degrees), wider than the one over the antimeridian
    // (20 degrees): so the box runs from 0 east over the antimeridian to -169.
    EXPECT_EQ(region->bounds(), (BoundingBox{0, 0, -169, 1}));
    const auto near = Region::fromWkt(QStringLiteral("MULTIPOLYGON(((-10 0,-9 0,-9 1,-10 0)),((9 0,10 0,10 1,9 0)))"));
    ASSERT_TRUE(near.ok());
    EXPECT_EQ(near->bounds(), (BoundingBox{-10, 0, 10, 1}));
}

TEST(RegionAntimeridian, GeoRectangleRoundTrip)
{
    const Region fiji = Region::fromBox({177, -19, -179, -16});
    const QGeoRectangle rect = fiji.toGeoRectangle();
    EXPECT_DOUBLE_EQ(rect.topLeft().longitude(), 177);
    EXPECT_DOUBLE_EQ(rect.topLeft().latitude(), -16);
    EXPECT_DOUBLE_EQ(rect.bottomRight().longitude(), -179);
    EXPECT_DOUBLE_EQ(rect.bottomRight().latitude(), -19);
    EXPECT_EQ(Region::fromGeoRectangle(rect), fiji);
    EXPECT_TRUE(Region::fromGeoRectangle(QGeoRectangle()).isEmpty());
}

TEST(RegionQtGeo, GeoPolygonRoundTripKeepsHoles)
{
    const auto region = Region::fromWkt(QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))"));
    ASSERT_TRUE(region.ok());
    const QGeoPolygon polygon = region->toGeoPolygon();
    ASSERT_EQ(polygon.perimeter().size(), 4);   // Qt paths are not closed
    EXPECT_DOUBLE_EQ(polygon.perimeter().at(1).longitude(), 10);
    EXPECT_DOUBLE_EQ(polygon.perimeter().at(1).latitude(), 0);
    EXPECT_EQ(polygon.holesCount(), 1);
    const auto back = Region::fromGeoPolygon(polygon);
    ASSERT_TRUE(back.ok()) << describe(back);
    EXPECT_EQ(*back, *region);
}

// The area shown next to a drawn region, and the circle a clicked point and a radius make.
// Reference areas are those of the WGS 84 ellipsoid between two parallels and two meridians,
// integrated numerically from the ellipsoid's radii of curvature (M * N * cos(lat)).
#include "core/model/region/PointBuffer.h"
#include "core/model/region/RegionArea.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace eoc;

namespace {

Region box(double west, double south, double east, double north)
{
    return Region::fromBox(*BoundingBox::make(west, south, east, north));
}

Ring ring(std::initializer_list<GeoPoint> points)
{
    Ring r(points);
    r.append(r.first());
    return r;
}

double greatCircleKm(GeoPoint a, GeoPoint b)
{
    const double k = std::numbers::pi / 180.0;
    const double h = std::pow(std::sin((b.lat - a.lat) * k / 2), 2)
        + std::cos(a.lat * k) * std::cos(b.lat * k) * std::pow(std::sin((b.lon - a.lon) * k / 2), 2);
    return 2 * 6371.0088 * std::asin(std::sqrt(h));
}

} // namespace

TEST(RegionArea, OneDegreeSquareAtTheEquator)
{
    EXPECT_NEAR(regionAreaKm2(box(0, 0, 1, 1)), 12308.46, 0.5);
}

TEST(RegionArea, OneDegreeSquareAtSixtyNorthIsHalfAsLarge)
{
    EXPECT_NEAR(regionAreaKm2(box(10, 60, 11, 61)), 6123.14, 0.5);
}

TEST(RegionArea, LargeBoxAcrossTheEquator)
{
    EXPECT_NEAR(regionAreaKm2(box(-10, -10, 10, 10)), 4899329.18, 5.0);
}

TEST(RegionArea, BoxOverTheAntimeridianCountsBothHalves)
{
    EXPECT_NEAR(regionAreaKm2(box(179, 0, -179, 1)), 2 * 12308.46, 1.0);
}

TEST(RegionArea, PolygonOfABoxHasTheBoxsAreaInEitherOrientation)
{
    const Ring ccw = ring({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    const Ring cw = ring({{0, 0}, {0, 1}, {1, 1}, {1, 0}});
    EXPECT_NEAR(regionAreaKm2(*Region::fromPolygons({Polygon{ccw, {}}})), 12308.46, 0.5);
    EXPECT_NEAR(regionAreaKm2(*Region::fromPolygons({Polygon{cw, {}}})), 12308.46, 0.5);
}

TEST(RegionArea, HolesAreSubtracted)
{
    const Ring outer = ring({{0, 0}, {2, 0}, {2, 2}, {0, 2}});
    const Ring hole = ring({{0.5, 0.5}, {0.5, 1.5}, {1.5, 1.5}, {1.5, 0.5}});
    const Result<Region> region = Region::fromPolygons({Polygon{outer, {hole}}});
    ASSERT_TRUE(region) << region.error().message.toStdString();
    const double whole = regionAreaKm2(*Region::fromPolygons({Polygon{outer, {}}}));
    EXPECT_NEAR(regionAreaKm2(*region), whole - ringAreaKm2(hole), 1e-6);
    EXPECT_LT(regionAreaKm2(*region), whole * 0.8);
}

TEST(RegionArea, EmptyRegionHasNoArea)
{
    EXPECT_EQ(regionAreaKm2(Region()), 0.0);
}

TEST(PointBuffer, VerticesLieAtTheRadiusAndTheAreaIsACircles)
{
    const GeoPoint centre{-47.9, -15.8};
    const Result<Region> circle = pointBufferRegion(centre, 10.0);
    ASSERT_TRUE(circle) << circle.error().message.toStdString();
    ASSERT_EQ(circle->polygons().size(), 1);
    const Ring &outer = circle->polygons().first().outer;
    EXPECT_EQ(outer.size(), 73);
    EXPECT_EQ(outer.first(), outer.last());
    for (const GeoPoint &p : outer)
        EXPECT_NEAR(greatCircleKm(centre, p), 10.0, 0.001);
    // A 72-gon inscribed in the circle: 0.13 % less than pi r^2, and the sphere is not the ellipsoid.
    EXPECT_NEAR(regionAreaKm2(*circle), std::numbers::pi * 100.0, 3.0);
}

TEST(PointBuffer, RefusesRadiiOutsideTheRangeAndSaysWhich)
{
    const Result<Region> zero = pointBufferRegion({10, 10}, 0.0);
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(zero.error().message.contains(QLatin1String("0 km"))) << zero.error().message.toStdString();
    EXPECT_FALSE(pointBufferRegion({10, 10}, 2500.0));
    EXPECT_FALSE(pointBufferRegion({10, 10}, std::nan("")));
}

TEST(PointBuffer, RefusesCirclesOverAPoleOrTheAntimeridian)
{
    const Result<Region> pole = pointBufferRegion({0, 89.9}, 50.0);
    ASSERT_FALSE(pole);
    EXPECT_TRUE(pole.error().message.contains(QLatin1String("pole"))) << pole.error().message.toStdString();
    EXPECT_FALSE(pointBufferRegion({179.95, 0}, 20.0));
    EXPECT_TRUE(pointBufferRegion({179.5, 0}, 20.0));
}

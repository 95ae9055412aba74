#include "core/model/Region.h"
#include "tests/model/region/RegionTestSupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using eoc::GeoPoint;
using eoc::Polygon;
using eoc::Region;
using eoc::Ring;
using eoc::test::describe;
using eoc::test::regionContains;

namespace {

// A wobbly star around (lon, lat): concave and convex corners alternate, like a real field border.
Ring star(double lon, double lat, int points, double radius)
{
    Ring ring;
    for (int i = 0; i < points; ++i) {
        const double angle = 2 * std::numbers::pi * i / points;
        const double r = radius * (i % 2 == 0 ? 1.0 : 0.6) * (1.0 + 0.05 * std::sin(7.0 * angle));
        ring.append(GeoPoint{lon + r * std::cos(angle), lat + r * std::sin(angle)});
    }
    ring.append(ring.first());
    return ring;
}

void expectCovers(const Region &simplified, const Region &original)
{
    const auto polygons = original.toPolygons();
    for (const Polygon &polygon : polygons) {
        for (const GeoPoint &p : polygon.outer)
            EXPECT_TRUE(regionContains(simplified, p)) << p.lon << " " << p.lat;
    }
}

double area(const Ring &ring)
{
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); ++i)
        sum += ring.at(i).lon * ring.at(i + 1).lat - ring.at(i + 1).lon * ring.at(i).lat;
    return std::abs(sum) / 2;
}

} // namespace

TEST(RegionSimplify, StarFitsTheBudgetAndStillCoversEveryVertex)
{
    const auto original = Region::fromPolygons({Polygon{star(-50, -10, 400, 1.0), {}}});
    ASSERT_TRUE(original.ok()) << describe(original);
    ASSERT_EQ(original->vertexCount(), 401);
    for (int budget : {200, 60, 20, 8}) {
        const Region simplified = original->simplified(budget);
        EXPECT_LE(simplified.vertexCount(), budget) << budget;
        EXPECT_EQ(simplified.kind(), Region::Kind::Polygons) << budget;
        EXPECT_TRUE(Region::fromPolygons(simplified.polygons()).ok()) << "valid at " << budget;
        expectCovers(simplified, *original);
    }
}

TEST(RegionSimplify, SmoothBorderKeepsItsShape)
{
    // A field border: a wavy outline with small zig-zags, 1000 vertices.
    Ring border;
    for (int i = 0; i < 1000; ++i) {
        const double angle = 2 * std::numbers::pi * i / 1000;
        const double r = 1.0 + 0.2 * std::sin(5.0 * angle) + (i % 2 == 0 ? 0.002 : 0.0);
        border.append(GeoPoint{-47 + r * std::cos(angle), -15 + r * std::sin(angle)});
    }
    border.append(border.first());
    const auto original = Region::fromPolygons({Polygon{border, {}}});
    ASSERT_TRUE(original.ok()) << describe(original);
    const Region simplified = original->simplified(100);
    ASSERT_EQ(simplified.kind(), Region::Kind::Polygons);
    EXPECT_LE(simplified.vertexCount(), 100);
    expectCovers(simplified, *original);
    // Covering costs a little area, far less than the convex hull or bounding box would.
    const double originalArea = area(border);
    EXPECT_LT(area(simplified.polygons().first().outer), originalArea * 1.03);
}

TEST(RegionSimplify, RegionWithinBudgetIsUnchanged)
{
    const auto original = Region::fromPolygons({Polygon{star(10, 10, 40, 1.0), {}}});
    ASSERT_TRUE(original.ok());
    EXPECT_EQ(original->simplified(41), *original);
    EXPECT_EQ(original->simplified(1000), *original);
}

TEST(RegionSimplify, ManyPartsShareTheBudget)
{
    QList<Polygon> parts;
    for (int i = 0; i < 5; ++i)
        parts.append(Polygon{star(-60 + 5 * i, 0, 100, 1.0), {}});
    const auto original = Region::fromPolygons(parts);
    ASSERT_TRUE(original.ok()) << describe(original);
    const Region simplified = original->simplified(100);
    EXPECT_LE(simplified.vertexCount(), 100);
    EXPECT_EQ(simplified.polygons().size(), 5);
    expectCovers(simplified, *original);
}

TEST(RegionSimplify, TooSmallBudgetFallsBackToTheBoundingBox)
{
    QList<Polygon> parts;
    for (int i = 0; i < 5; ++i)
        parts.append(Polygon{star(-60 + 5 * i, 0, 100, 1.0), {}});
    const auto original = Region::fromPolygons(parts);
    ASSERT_TRUE(original.ok());
    const Region simplified = original->simplified(12);   // five triangles would need 20
    EXPECT_TRUE(simplified.isBox());
    EXPECT_EQ(simplified.box(), original->bounds());
    EXPECT_LE(simplified.vertexCount(), 12);
    expectCovers(simplified, *original);
}

TEST(RegionSimplify, HolesAreDroppedWhichOnlyGrowsTheRegion)
{
    Polygon withHole{star(0, 0, 300, 2.0), {Ring{{-0.2, -0.2}, {-0.2, 0.2}, {0.2, 0.2}, {0.2, -0.2}, {-0.2, -0.2}}}};
    const auto original = Region::fromPolygons({withHole});
    ASSERT_TRUE(original.ok()) << describe(original);
    const Region simplified = original->simplified(50);
    EXPECT_LE(simplified.vertexCount(), 50);
    EXPECT_TRUE(simplified.polygons().first().holes.isEmpty());
    expectCovers(simplified, *original);
    EXPECT_TRUE(regionContains(simplified, GeoPoint{0, 0}));   // the former hole is now covered
}

TEST(RegionSimplify, DetailedCoastlineFitsAUrlBudget)
{
    // 20000 vertices, the size of a detailed municipality border from a Shapefile.
    Ring border;
    for (int i = 0; i < 20000; ++i) {
        const double angle = 2 * std::numbers::pi * i / 20000;
        const double r = 1.0 + 0.1 * std::sin(13.0 * angle) + 0.03 * std::sin(101.0 * angle) + (i % 3 == 0 ? 0.001 : 0.0);
        border.append(GeoPoint{-43 + r * std::cos(angle), -22 + r * std::sin(angle)});
    }
    border.append(border.first());
    const auto original = Region::fromPolygons({Polygon{border, {}}});
    ASSERT_TRUE(original.ok()) << describe(original);
    const Region simplified = original->simplified(150);
    ASSERT_EQ(simplified.kind(), Region::Kind::Polygons);
    EXPECT_LE(simplified.vertexCount(), 150);
    expectCovers(simplified, *original);
    EXPECT_LT(area(simplified.polygons().first().outer), area(border) * 1.1);
}

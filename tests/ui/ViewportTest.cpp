#include "ui/map/Viewport.h"

#include <gtest/gtest.h>

using eoc::GeoPoint;
using eoc::ui::Viewport;

TEST(Viewport, CentreOfTheScreenIsTheCentrePoint)
{
    const Viewport v(QSize(800, 600), {12.5, -23.0}, 5.0);
    const GeoPoint g = v.screenToGeo(QPointF(400, 300));
    EXPECT_NEAR(g.lon, 12.5, 1e-9);
    EXPECT_NEAR(g.lat, -23.0, 1e-9);
}

TEST(Viewport, GeoToScreenAndBackRoundTrips)
{
    const Viewport v(QSize(1024, 768), {-47.9, -15.8}, 7.3);
    for (const GeoPoint p : {GeoPoint{-48.5, -15.2}, GeoPoint{-47.0, -16.4}, GeoPoint{-47.9, -15.8}}) {
        const GeoPoint back = v.screenToGeo(v.geoToScreen(p));
        EXPECT_NEAR(back.lon, p.lon, 1e-9);
        EXPECT_NEAR(back.lat, p.lat, 1e-9);
    }
}

TEST(Viewport, OneWorldIsTwoHundredFiftySixPixelsTimesTwoToTheZoom)
{
    const Viewport v(QSize(800, 600), {0, 0}, 3.0);
    EXPECT_DOUBLE_EQ(v.worldPixels(), 2048.0);
    // 90 degrees of longitude is a quarter of the world.
    EXPECT_NEAR(v.geoToScreen({90, 0}).x() - v.geoToScreen({0, 0}).x(), 512.0, 1e-9);
}

TEST(Viewport, LongitudesWrapAcrossTheAntimeridian)
{
    Viewport v(QSize(800, 600), {179.0, 0}, 4.0);
    // Right of the centre lies the eastern hemisphere's other side: -179, not +181.
    const GeoPoint east = v.screenToGeo(v.geoToScreen({179.0, 0}) + QPointF(2.0 / 360.0 * v.worldPixels(), 0));
    EXPECT_NEAR(east.lon, -179.0, 1e-9);
    // geoToScreen picks the copy nearest the centre: -179 is drawn right of 179.
    EXPECT_GT(v.geoToScreen({-179.0, 0}).x(), v.geoToScreen({179.0, 0}).x());
    EXPECT_EQ(v.visibleCopies().size(), 2);
}

TEST(Viewport, ZoomAroundKeepsThePointUnderTheCursor)
{
    Viewport v(QSize(800, 600), {10, 50}, 6.0);
    const QPointF anchor(650, 120);
    const GeoPoint before = v.screenToGeo(anchor);
    v.zoomAround(anchor, 1.5);
    const GeoPoint after = v.screenToGeo(anchor);
    EXPECT_NEAR(after.lon, before.lon, 1e-9);
    EXPECT_NEAR(after.lat, before.lat, 1e-9);
    EXPECT_DOUBLE_EQ(v.zoom(), 7.5);
}

TEST(Viewport, FitBoxShowsTheWholeBox)
{
    Viewport v(QSize(800, 600), {0, 0}, 1.0);
    const eoc::BoundingBox box{-50.0, -20.0, -40.0, -10.0};
    v.fitBox(box);
    for (const GeoPoint corner : {GeoPoint{box.west, box.north}, GeoPoint{box.east, box.south}}) {
        const QPointF s = v.geoToScreen(corner);
        EXPECT_GE(s.x(), 0);
        EXPECT_LE(s.x(), 800);
        EXPECT_GE(s.y(), 0);
        EXPECT_LE(s.y(), 600);
    }
    EXPECT_GT(v.zoom(), 4.0);   // 10 degrees fill most of 800 pixels
}

TEST(Viewport, MercatorLatitudeIsClampedAtTheMapEdge)
{
    const QPointF top = Viewport::geoToNormalized({0, 89.9});
    EXPECT_NEAR(top.y(), 0.0, 1e-6);
    EXPECT_NEAR(Viewport::normalizedToGeo({0.5, 0.0}).lat, Viewport::kMaxLatitude, 1e-6);
}

#include "tests/ui/MapTestHelpers.h"

#include "ui/map/MapWidget.h"

#include <QKeyEvent>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

struct MapFixture : ::testing::Test {
    MapWidget map{nullptr};
    void SetUp() override
    {
        map.resize(800, 600);
        map.show();
        map.setCenter({0.0, 0.0}, 3.0);
    }
    QPointF at(double lon, double lat) const { return map.viewport().geoToScreen({lon, lat}); }
};

} // namespace

TEST_F(MapFixture, DraggedBoxBecomesTheGeographicRegion)
{
    map.regionEditor()->setTool(RegionEditor::Tool::Box);
    QSignalSpy spy(&map, &MapWidget::regionChanged);
    test::drag(&map, at(-10.0, 30.0), at(20.0, -5.0));
    ASSERT_EQ(spy.count(), 1);
    const Region region = spy.first().first().value<Region>();
    ASSERT_TRUE(region.isBox());
    // One pixel at zoom 3 is 360/2048 degrees of longitude.
    const double tolerance = 360.0 / 2048.0;
    EXPECT_NEAR(region.box().west, -10.0, tolerance);
    EXPECT_NEAR(region.box().east, 20.0, tolerance);
    EXPECT_NEAR(region.box().south, -5.0, tolerance);
    EXPECT_NEAR(region.box().north, 30.0, tolerance);
    EXPECT_FALSE(region.box().crossesAntimeridian());
}

TEST_F(MapFixture, BoxDraggedOverTheDatelineCrossesTheAntimeridian)
{
    map.setCenter({180.0, 0.0}, 4.0);
    map.regionEditor()->setTool(RegionEditor::Tool::Box);
    QSignalSpy spy(&map, &MapWidget::regionChanged);
    // From 170E dragging east past the dateline to 170W, as it is drawn on screen.
    const QPointF from = at(170.0, 10.0);
    const QPointF to = at(-170.0, -10.0);
    ASSERT_LT(from.x(), to.x());
    test::drag(&map, from, to);
    ASSERT_EQ(spy.count(), 1);
    const BoundingBox box = spy.first().first().value<Region>().box();
    const double tolerance = 360.0 / 4096.0;
    EXPECT_NEAR(box.west, 170.0, tolerance);
    EXPECT_NEAR(box.east, -170.0, tolerance);
    EXPECT_NEAR(box.north, 10.0, tolerance);
    EXPECT_NEAR(box.south, -10.0, tolerance);
    EXPECT_TRUE(box.crossesAntimeridian());
    EXPECT_NEAR(box.widthDegrees(), 20.0, 2 * tolerance);
}

TEST_F(MapFixture, DraggingACornerHandleMovesOnlyThatCorner)
{
    map.regionEditor()->setTool(RegionEditor::Tool::Box);
    test::drag(&map, at(-10.0, 30.0), at(20.0, -5.0));
    QSignalSpy spy(&map, &MapWidget::regionChanged);
    test::drag(&map, at(20.0, -5.0), at(40.0, -20.0));
    ASSERT_EQ(spy.count(), 1);
    const BoundingBox box = spy.first().first().value<Region>().box();
    const double tolerance = 360.0 / 2048.0;
    EXPECT_NEAR(box.west, -10.0, tolerance);
    EXPECT_NEAR(box.north, 30.0, tolerance);
    EXPECT_NEAR(box.east, 40.0, tolerance);
    EXPECT_NEAR(box.south, -20.0, tolerance);
}

TEST_F(MapFixture, WithoutAToolDraggingPansInsteadOfDrawing)
{
    QSignalSpy spy(&map, &MapWidget::regionChanged);
    const GeoPoint before = map.viewport().center();
    test::drag(&map, QPointF(400, 300), QPointF(300, 300));
    EXPECT_EQ(spy.count(), 0);
    // The map moved left under the cursor: the centre is now further east.
    EXPECT_GT(map.viewport().center().lon, before.lon + 10.0);
}

TEST_F(MapFixture, EscapeCancelsAPolygonBeingDrawn)
{
    map.regionEditor()->setTool(RegionEditor::Tool::Polygon);
    QSignalSpy changed(&map, &MapWidget::regionChanged);
    test::click(&map, at(0, 0));
    test::click(&map, at(10, 0));
    EXPECT_TRUE(map.regionEditor()->isDrawing());
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&map, &escape);
    EXPECT_FALSE(map.regionEditor()->isDrawing());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(map.region().isEmpty());
}

TEST_F(MapFixture, EnterClosesThePolygonAsRegionFromPolygonsBuildsIt)
{
    map.regionEditor()->setTool(RegionEditor::Tool::Polygon);
    QSignalSpy changed(&map, &MapWidget::regionChanged);
    QSignalSpy rejected(&map, &MapWidget::regionRejected);
    const QList<GeoPoint> corners = {{0, 0}, {20, 0}, {10, 15}};
    for (const GeoPoint &g : corners)
        test::click(&map, at(g.lon, g.lat));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(&map, &enter);
    EXPECT_FALSE(map.regionEditor()->isDrawing());

    // The oracle: the same ring handed to Region::fromPolygons directly (pixel-rounded corners).
    Ring ring;
    for (const GeoPoint &g : corners)
        ring.append(map.viewport().screenToGeo(at(g.lon, g.lat)));
    ring.append(ring.first());
    const Result<Region> expected = Region::fromPolygons({Polygon{ring, {}}});
    if (expected) {
        ASSERT_EQ(changed.count(), 1);
        const Region region = changed.first().first().value<Region>();
        ASSERT_EQ(region.polygons().size(), 1);
        ASSERT_EQ(region.polygons().first().outer.size(), 4);
        EXPECT_NEAR(region.polygons().first().outer.at(1).lon, 20.0, 0.2);
    } else {
        ASSERT_EQ(rejected.count(), 1);
        EXPECT_EQ(rejected.first().first().value<Error>().errorClass, expected.error().errorClass);
        EXPECT_EQ(changed.count(), 0);
    }
}

TEST_F(MapFixture, TwoPointsAreNotAPolygon)
{
    map.regionEditor()->setTool(RegionEditor::Tool::Polygon);
    QSignalSpy rejected(&map, &MapWidget::regionRejected);
    test::click(&map, at(0, 0));
    test::click(&map, at(10, 0));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(&map, &enter);
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.first().first().value<Error>().errorClass, ErrorClass::BadInput);
}

TEST_F(MapFixture, BoxFromNormalizedCoversTheWholeWorldWhenWiderThanIt)
{
    const BoundingBox box = RegionEditor::boxFromNormalized(QRectF(-0.2, 0.2, 1.5, 0.3));
    EXPECT_DOUBLE_EQ(box.west, -180.0);
    EXPECT_DOUBLE_EQ(box.east, 180.0);
}

// Pinch zoom (trackpad native gestures and two-finger touch) and files dropped on the map.
#include "ui/map/MapWidget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

struct MapInputFixture : ::testing::Test {
    MapWidget map{nullptr};
    QTemporaryDir dir;
    void SetUp() override
    {
        map.resize(800, 600);
        map.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&map));
        map.setCenter({-45.0, -15.0}, 4.0);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    // Drags `path` over the map and drops it; returns whether the map accepted the drag.
    bool dropFile(const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPointF at(400, 300);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&map, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&map, &drop);
        return drop.isAccepted();
    }

    // The geographic point under `screen` must not move by more than half a pixel.
    void expectFixed(QPointF screen, GeoPoint before) const
    {
        const QPointF now = map.viewport().geoToScreen(before);
        EXPECT_NEAR(now.x(), screen.x(), 0.5);
        EXPECT_NEAR(now.y(), screen.y(), 0.5);
    }
};

const QByteArray kGeoJson = R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
  "geometry": {"type": "Polygon", "coordinates": [[[-52.5, -23.0], [-41.0, -23.0], [-41.0, -12.5], [-52.5, -12.5], [-52.5, -23.0]]]}}]})";

const QByteArray kKml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>area</name>
<Polygon><outerBoundaryIs><LinearRing><coordinates>
10.5,44.0,0 12.25,44.0,0 12.25,46.5,0 10.5,46.5,0 10.5,44.0,0
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>)";

} // namespace

TEST_F(MapInputFixture, TrackpadPinchZoomsAroundThePinchCentre)
{
    const QPointF centre(250, 180);
    const GeoPoint under = map.viewport().screenToGeo(centre);
    const double zoom = map.viewport().zoom();
    QSignalSpy changed(&map, &MapWidget::viewChanged);
    // A trackpad sends the pinch as small scale increments.
    for (int i = 0; i < 4; ++i) {
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, centre,
                                  centre, map.mapToGlobal(centre), 0.25, QPointF());
        QApplication::sendEvent(&map, &pinch);
    }
    EXPECT_NEAR(map.viewport().zoom(), zoom + 4 * std::log2(1.25), 1e-9);
    EXPECT_EQ(changed.count(), 4);
    expectFixed(centre, under);

    // Pinching in zooms out again.
    QNativeGestureEvent out(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, centre, centre,
                            map.mapToGlobal(centre), -0.5, QPointF());
    QApplication::sendEvent(&map, &out);
    EXPECT_NEAR(map.viewport().zoom(), zoom + 4 * std::log2(1.25) - 1.0, 1e-9);
    expectFixed(centre, under);
}

// Two fingers spreading from `spread` apart to twice that around `centre`: one zoom level in.
void pinchOut(MapWidget *map, QPointingDevice *screen, QPointF centre, QPointF spread)
{
    const QPointF a0 = centre - spread / 2;
    const QPointF b0 = centre + spread / 2;
    QTest::touchEvent(map, screen).press(0, a0.toPoint()).press(1, b0.toPoint());
    // Qt's recogniser measures the scale from the first update with both fingers down.
    QTest::touchEvent(map, screen).move(0, a0.toPoint()).move(1, b0.toPoint());
    for (int step = 1; step <= 5; ++step) {
        const QPointF d = spread * (step / 10.0);
        QTest::touchEvent(map, screen).move(0, (a0 - d).toPoint()).move(1, (b0 + d).toPoint());
    }
    QTest::touchEvent(map, screen).release(0, (a0 - spread / 2).toPoint()).release(1, (b0 + spread / 2).toPoint());
    QCoreApplication::processEvents();
}

// On a touch screen the pinch comes as a gesture recognised from the two fingers, while Qt also
// turns the first finger into mouse events: those must neither pan the map under the pinch nor
// draw a box.
TEST(MapInput, TwoFingerPinchOnATouchScreenZoomsAroundItsCentre)
{
    QPointingDevice *screen = QTest::createTouchDevice(QInputDevice::DeviceType::TouchScreen);
    QWidget window;   // the map inside a window, as in the program
    window.resize(900, 700);
    auto *map = new MapWidget(nullptr, &window);
    map->setGeometry(30, 40, 800, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    map->setCenter({-45.0, -15.0}, 4.0);
    QSignalSpy regionChanged(map, &MapWidget::regionChanged);

    for (const auto tool : {RegionEditor::Tool::None, RegionEditor::Tool::Box}) {
        map->regionEditor()->setTool(tool);
        const QPointF centre(420, 260);
        const GeoPoint under = map->viewport().screenToGeo(centre);
        const double zoom = map->viewport().zoom();
        pinchOut(map, screen, centre, QPointF(80, 60));
        EXPECT_NEAR(map->viewport().zoom(), zoom + 1.0, 1e-6);
        const QPointF now = map->viewport().geoToScreen(under);
        EXPECT_NEAR(now.x(), centre.x(), 0.5) << int(tool);
        EXPECT_NEAR(now.y(), centre.y(), 0.5) << int(tool);
    }
    EXPECT_EQ(regionChanged.count(), 0);
    EXPECT_TRUE(map->region().isEmpty());
}

TEST_F(MapInputFixture, DroppedGeoJsonBecomesTheRegion)
{
    QSignalSpy changed(&map, &MapWidget::regionChanged);
    ASSERT_TRUE(dropFile(writeFile(QStringLiteral("area.geojson"), kGeoJson)));
    ASSERT_EQ(changed.count(), 1);
    const BoundingBox bounds = map.regionEditor()->region().bounds();
    EXPECT_DOUBLE_EQ(bounds.west, -52.5);
    EXPECT_DOUBLE_EQ(bounds.east, -41.0);
    EXPECT_DOUBLE_EQ(bounds.south, -23.0);
    EXPECT_DOUBLE_EQ(bounds.north, -12.5);
    // The map shows the dropped region.
    const GeoPoint middle = map.viewport().screenToGeo(QPointF(400, 300));
    EXPECT_GT(middle.lon, -52.5);
    EXPECT_LT(middle.lon, -41.0);
}

TEST_F(MapInputFixture, DroppedKmlBecomesTheRegion)
{
    ASSERT_TRUE(dropFile(writeFile(QStringLiteral("area.kml"), kKml)));
    const BoundingBox bounds = map.regionEditor()->region().bounds();
    EXPECT_DOUBLE_EQ(bounds.west, 10.5);
    EXPECT_DOUBLE_EQ(bounds.east, 12.25);
    EXPECT_DOUBLE_EQ(bounds.south, 44.0);
    EXPECT_DOUBLE_EQ(bounds.north, 46.5);
}

TEST_F(MapInputFixture, DroppedUnsupportedFileIsRejectedByName)
{
    map.setRegion(Region::fromBox({1.0, 2.0, 3.0, 4.0}));
    QSignalSpy rejected(&map, &MapWidget::regionRejected);
    QSignalSpy changed(&map, &MapWidget::regionChanged);
    dropFile(writeFile(QStringLiteral("holiday-notes.odt"), "Dear diary, not a map at all.\n"));
    ASSERT_EQ(rejected.count(), 1);
    const Error error = rejected.first().first().value<Error>();
    EXPECT_EQ(error.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(error.message.contains(QStringLiteral("holiday-notes.odt"))) << error.message.toStdString();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_DOUBLE_EQ(map.region().bounds().west, 1.0) << "the region drawn before stays";
}

TEST_F(MapInputFixture, DraggingSeveralFilesOrNoFileIsRefused)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("a.geojson"))),
                  QUrl::fromLocalFile(dir.filePath(QStringLiteral("b.geojson")))});
    QDragEnterEvent two(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&map, &two);
    EXPECT_FALSE(two.isAccepted());
    QMimeData text;
    text.setText(QStringLiteral("-45,-15"));
    QDragEnterEvent none(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&map, &none);
    EXPECT_FALSE(none.isAccepted());
}

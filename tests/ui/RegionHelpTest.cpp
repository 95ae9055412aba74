// Region help on the map: the area written next to the region, the circle made from a clicked
// point and a radius, and the graticule with its degree labels, switched from the Map menu.
#include "tests/ui/MapTestHelpers.h"

#include "ui/map/GraticuleLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/map/PointBufferTool.h"
#include "ui/map/RegionAreaLabel.h"
#include "ui/mainwindow/MainWindow.h"

#include "core/model/region/RegionArea.h"
#include "core/net/NetworkAccess.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace eoc;
using namespace eoc::ui;

namespace {

struct EnglishLocale : ::testing::Test {
    QLocale before;
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(before); }
};

const GraticuleLayer::Line *findLine(const QList<GraticuleLayer::Line> &lines, const QString &label)
{
    for (const GraticuleLayer::Line &line : lines)
        if (line.label == label)
            return &line;
    return nullptr;
}

QAction *actionNamed(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

} // namespace

using RegionAreaLabelTest = EnglishLocale;

TEST_F(RegionAreaLabelTest, ShowsTheAreaOfAOneDegreeBoxAtTheEquatorAboveIt)
{
    RegionEditor editor;
    RegionAreaLabel label(&editor);
    EXPECT_TRUE(label.text().isEmpty());
    editor.setRegion(Region::fromBox({0, 0, 1, 1}));
    EXPECT_EQ(label.text(), QStringLiteral("12,308 km²"));

    const Viewport viewport(QSize(800, 600), {0.5, 0.5}, 7.0);
    QImage image(viewport.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    label.paint(painter, viewport);
    painter.end();
    const QPointF north = viewport.geoToScreen({0.5, 1.0});
    EXPECT_NEAR(label.lastAnchor().x(), north.x(), 1.0);
    EXPECT_LT(label.lastAnchor().y(), north.y());
    EXPECT_NE(image.pixel(label.lastAnchor().toPoint()), QColor(Qt::white).rgb());
}

TEST_F(RegionAreaLabelTest, SmallAreasKeepDecimals)
{
    EXPECT_EQ(RegionAreaLabel::formatArea(0.25), QStringLiteral("0.25 km²"));
    EXPECT_EQ(RegionAreaLabel::formatArea(42.04), QStringLiteral("42.0 km²"));
    EXPECT_EQ(RegionAreaLabel::formatArea(1234567.4), QStringLiteral("1,234,567 km²"));
}

TEST(PointBufferToolTest, ClickAndRadiusMakeACircleRegion)
{
    MapWidget map(nullptr);
    map.resize(800, 600);
    map.setCenter({10.0, 10.0}, 8.0);
    GeoPoint askedAbout;
    map.pointBufferTool()->setRadiusPrompt([&askedAbout](GeoPoint centre, double proposed) {
        askedAbout = centre;
        EXPECT_EQ(proposed, 10.0);
        return std::optional<double>(25.0);
    });
    map.regionEditor()->setTool(RegionEditor::Tool::Point);
    QSignalSpy changed(&map, &MapWidget::regionChanged);
    QSignalSpy clicked(&map, &MapWidget::footprintClicked);
    eoc::test::click(&map, map.viewport().geoToScreen({10.0, 10.0}));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(clicked.isEmpty());
    EXPECT_NEAR(askedAbout.lon, 10.0, 0.01);
    EXPECT_NEAR(askedAbout.lat, 10.0, 0.01);

    const Region region = map.region();
    ASSERT_EQ(region.kind(), Region::Kind::Polygons);
    const BoundingBox bounds = region.bounds();
    EXPECT_NEAR((bounds.west + bounds.east) / 2, 10.0, 0.01);
    EXPECT_NEAR((bounds.south + bounds.north) / 2, 10.0, 0.01);
    EXPECT_NEAR(regionAreaKm2(region), std::numbers::pi * 625.0, 0.02 * std::numbers::pi * 625.0);
    EXPECT_EQ(map.pointBufferTool()->lastRadiusKm(), 25.0);
}

TEST(PointBufferToolTest, CancelKeepsTheRegionAndABadRadiusIsRejected)
{
    MapWidget map(nullptr);
    map.resize(800, 600);
    map.setRegion(Region::fromBox({0, 0, 1, 1}));
    std::optional<double> answer;
    map.pointBufferTool()->setRadiusPrompt([&answer](GeoPoint, double) { return answer; });
    QSignalSpy changed(&map, &MapWidget::regionChanged);
    QSignalSpy rejected(&map, &MapWidget::regionRejected);

    map.pointBufferTool()->makeCircle({5, 5});
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_EQ(map.region(), Region::fromBox({0, 0, 1, 1}));

    answer = 5000.0;
    map.pointBufferTool()->makeCircle({5, 5});
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_TRUE(rejected.first().first().value<Error>().message.contains(QLatin1String("2000 km")));
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_EQ(map.region(), Region::fromBox({0, 0, 1, 1}));
}

TEST(Graticule, StepFollowsTheZoom)
{
    EXPECT_EQ(GraticuleLayer::stepForZoom(0.0), 90.0);
    EXPECT_EQ(GraticuleLayer::stepForZoom(2.0), 30.0);
    EXPECT_EQ(GraticuleLayer::stepForZoom(5.0), 5.0);
    EXPECT_EQ(GraticuleLayer::stepForZoom(10.0), 0.2);
    // From zoom 1 on; below, the world is too small for even 90° steps to be 80 pixels apart.
    for (double zoom = 1.0; zoom < 18.0; zoom += 0.5) {
        const double step = GraticuleLayer::stepForZoom(zoom);
        EXPECT_GE(step * Viewport::kTileSize * std::pow(2.0, zoom) / 360.0, GraticuleLayer::kMinSpacing)
            << "zoom " << zoom;
        EXPECT_LE(GraticuleLayer::stepForZoom(zoom + 0.5), step);
    }
}

TEST(Graticule, LabelsNameTheHemisphere)
{
    EXPECT_EQ(GraticuleLayer::label(30, true, 30), QStringLiteral("30°E"));
    EXPECT_EQ(GraticuleLayer::label(-60, true, 30), QStringLiteral("60°W"));
    EXPECT_EQ(GraticuleLayer::label(0, true, 30), QStringLiteral("0°"));
    EXPECT_EQ(GraticuleLayer::label(-180, true, 30), QStringLiteral("180°"));
    EXPECT_EQ(GraticuleLayer::label(-0.5, false, 0.5), QStringLiteral("0.5°S"));
    EXPECT_EQ(GraticuleLayer::label(12.2, false, 0.2), QStringLiteral("12.2°N"));
    EXPECT_EQ(GraticuleLayer::label(45.05, true, 0.05), QStringLiteral("45.05°E"));
}

TEST(Graticule, LinesLieWhereTheirDegreesAreOnScreen)
{
    const Viewport viewport(QSize(800, 600), {0.0, 0.0}, 2.0);
    const QList<GraticuleLayer::Line> lines = GraticuleLayer::lines(viewport);
    const GraticuleLayer::Line *greenwich = findLine(lines, QStringLiteral("0°"));
    ASSERT_NE(greenwich, nullptr);
    EXPECT_TRUE(greenwich->meridian);
    EXPECT_NEAR(greenwich->screen, 400.0, 0.5);
    const GraticuleLayer::Line *east = findLine(lines, QStringLiteral("30°E"));
    ASSERT_NE(east, nullptr);
    EXPECT_NEAR(east->screen, viewport.geoToScreen({30.0, 0.0}).x(), 0.5);
    const GraticuleLayer::Line *north = findLine(lines, QStringLiteral("30°N"));
    ASSERT_NE(north, nullptr);
    EXPECT_FALSE(north->meridian);
    EXPECT_NEAR(north->screen, viewport.geoToScreen({0.0, 30.0}).y(), 0.5);
    ASSERT_NE(findLine(lines, QStringLiteral("60°S")), nullptr);
    for (const GraticuleLayer::Line &line : lines) {
        if (line.meridian)
            EXPECT_TRUE(line.screen >= 0 && line.screen <= 800) << line.label.toStdString();
        else
            EXPECT_TRUE(line.screen >= 0 && line.screen <= 600) << line.label.toStdString();
    }
}

struct MapMenuFixture : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    NetworkAccess network;
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    }
};

TEST_F(MapMenuFixture, GraticuleIsSwitchedFromTheMapMenu)
{
    MainWindow window(AppContext{settings.get(), &network, nullptr, nullptr, nullptr});
    MapWidget *map = window.findChild<MapWidget *>();
    ASSERT_NE(map, nullptr);
    QAction *toggle = actionNamed(&window, "graticuleToggle");
    ASSERT_NE(toggle, nullptr);
    bool inMapMenu = false;
    for (QAction *menuAction : window.menuBar()->actions())
        if (menuAction->menu() && menuAction->text() == QStringLiteral("&Map"))
            inMapMenu = menuAction->menu()->actions().contains(toggle);
    EXPECT_TRUE(inMapMenu);
    EXPECT_FALSE(map->graticule()->isVisible());
    toggle->trigger();
    EXPECT_TRUE(map->graticule()->isVisible());
    toggle->trigger();
    EXPECT_FALSE(map->graticule()->isVisible());
}

TEST_F(MapMenuFixture, CircleToolTakesTurnsWithTheOtherTools)
{
    MainWindow window(AppContext{settings.get(), &network, nullptr, nullptr, nullptr});
    MapWidget *map = window.findChild<MapWidget *>();
    ASSERT_NE(map, nullptr);
    QAction *circle = actionNamed(&window, "circleTool");
    ASSERT_NE(circle, nullptr);
    EXPECT_EQ(circle->shortcut(), QKeySequence(Qt::Key_C));
    QAction *box = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("Draw &box"))
            box = action;
    ASSERT_NE(box, nullptr);

    box->setChecked(true);
    circle->setChecked(true);
    EXPECT_EQ(map->regionEditor()->tool(), RegionEditor::Tool::Point);
    EXPECT_FALSE(box->isChecked());
    box->setChecked(true);
    EXPECT_EQ(map->regionEditor()->tool(), RegionEditor::Tool::Box);
    EXPECT_FALSE(circle->isChecked());
    circle->setChecked(true);
    circle->setChecked(false);
    EXPECT_EQ(map->regionEditor()->tool(), RegionEditor::Tool::None);
}

// Footprints on the map: hover text and stepping through overlapping footprints by clicking.
#include "tests/ui/MapTestHelpers.h"

#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/results/ResultsMapBinding.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include <QHelpEvent>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

// Three footprints stacked on the same spot (rows 0, 1, 2) and one apart (row 3).
struct StackFixture : ::testing::Test {
    ResultsModel model;
    ResultsView view{&model};
    MapWidget map{nullptr};
    ResultsMapBinding binding{&model, &view, &map};

    void SetUp() override
    {
        map.resize(800, 600);
        QList<SceneResult> page;
        for (int i = 0; i < 4; ++i) {
            SceneResult r;
            r.sceneId = QStringLiteral("scene-%1").arg(i);
            r.start = QDateTime(QDate(2025, 3, 1 + i), QTime(10, 30), Qt::UTC);
            if (i != 2)
                r.cloudCover = 12.5 + i;
            const double west = i == 3 ? 30.0 : i * 0.5;
            r.footprint = Region::fromBox({west, -4.0, west + 8.0, 4.0});
            page.append(r);
        }
        model.appendPage(page);
        map.setCenter({10.0, 0.0}, 3.0);
    }
    QPointF stackCentre() const { return map.viewport().geoToScreen({5.0, 0.0}); }
};

} // namespace

TEST_F(StackFixture, HoverTextNamesTheSceneDateAndCloudCover)
{
    const QString single = map.footprintToolTipAt(map.viewport().geoToScreen({36.0, 0.0}));
    EXPECT_TRUE(single.contains(QStringLiteral("scene-3")));
    EXPECT_TRUE(single.contains(QStringLiteral("2025-03-04 10:30 UTC")));
    EXPECT_TRUE(single.contains(QStringLiteral("15.5"))) << single.toStdString();
    EXPECT_FALSE(single.contains(QStringLiteral("click again")));

    const QString stacked = map.footprintToolTipAt(stackCentre());
    EXPECT_TRUE(stacked.contains(QStringLiteral("scene-2")));   // the topmost
    EXPECT_TRUE(stacked.contains(QStringLiteral("cloud cover unknown")));
    EXPECT_TRUE(stacked.contains(QStringLiteral("3"))) << stacked.toStdString();
    EXPECT_TRUE(map.footprintToolTipAt(map.viewport().geoToScreen({-60.0, 40.0})).isEmpty());
}

TEST_F(StackFixture, ATooltipEventShowsTheHoverText)
{
    const QPoint at = map.viewport().geoToScreen({36.0, 0.0}).toPoint();
    QHelpEvent event(QEvent::ToolTip, at, map.mapToGlobal(at));
    EXPECT_TRUE(QApplication::sendEvent(&map, &event));
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("scene-3")));
    QToolTip::hideText();
}

TEST_F(StackFixture, ClickingTheSameSpotCyclesThroughStackedFootprints)
{
    QList<int> picked;
    for (int i = 0; i < 4; ++i) {
        test::click(&map, stackCentre());
        ASSERT_EQ(view.selectedRows().size(), 1);
        picked.append(view.selectedRows().first());
    }
    EXPECT_EQ(picked, QList<int>({2, 1, 0, 2}));
    // A click elsewhere starts over at the top of that spot.
    test::click(&map, map.viewport().geoToScreen({36.0, 0.0}));
    EXPECT_EQ(view.selectedRows(), QList<int>({3}));
    test::click(&map, stackCentre());
    EXPECT_EQ(view.selectedRows(), QList<int>({2}));
}

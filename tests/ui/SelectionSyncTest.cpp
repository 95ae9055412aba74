#include "tests/ui/MapTestHelpers.h"

#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/results/ResultsMapBinding.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include <QTableView>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

struct SyncFixture : ::testing::Test {
    ResultsModel model;
    ResultsView view{&model};
    MapWidget map{nullptr};
    ResultsMapBinding binding{&model, &view, &map};

    void SetUp() override
    {
        map.resize(800, 600);
        map.show();
        view.show();
        // Five separate boxes along the equator, 10 degrees apart.
        QList<SceneResult> page;
        for (int i = 0; i < 5; ++i) {
            SceneResult r;
            r.sceneId = QStringLiteral("scene-%1").arg(i);
            r.start = QDateTime(QDate(2025, 3, 1 + i), QTime(10, 0), Qt::UTC);
            r.footprint = Region::fromBox({i * 10.0, -4.0, i * 10.0 + 8.0, 4.0});
            page.append(r);
        }
        model.appendPage(page);
        map.setCenter({20.0, 0.0}, 3.0);
    }
    QPointF centreOfScene(int i) const { return map.viewport().geoToScreen({i * 10.0 + 4.0, 0.0}); }
};

} // namespace

TEST_F(SyncFixture, FootprintsFollowTheModel)
{
    EXPECT_EQ(map.footprints()->count(), 5);
    model.clear();
    EXPECT_EQ(map.footprints()->count(), 0);
}

TEST_F(SyncFixture, SelectingARowHighlightsItsFootprint)
{
    view.selectRows({3});
    EXPECT_EQ(map.footprints()->selectedRows(), QSet<int>({3}));
    view.selectRows({1, 4});
    EXPECT_EQ(map.footprints()->selectedRows(), QSet<int>({1, 4}));
}

TEST_F(SyncFixture, ClickingAFootprintSelectsItsRow)
{
    test::click(&map, centreOfScene(2));
    EXPECT_EQ(view.selectedRows(), QList<int>({2}));
    EXPECT_EQ(map.footprints()->selectedRows(), QSet<int>({2}));
    // Ctrl adds to the selection.
    test::click(&map, centreOfScene(4), Qt::ControlModifier);
    EXPECT_EQ(view.selectedRows(), QList<int>({2, 4}));
    // A click on empty ground clears it.
    test::click(&map, map.viewport().geoToScreen({-60.0, 40.0}));
    EXPECT_TRUE(view.selectedRows().isEmpty());
}

TEST_F(SyncFixture, SelectionSurvivesSortingTheTable)
{
    view.table()->sortByColumn(ResultsModel::Date, Qt::AscendingOrder);
    test::click(&map, centreOfScene(1));
    view.table()->sortByColumn(ResultsModel::Date, Qt::DescendingOrder);
    EXPECT_EQ(view.selectedRows(), QList<int>({1}));
    const QModelIndex current = view.table()->selectionModel()->selectedRows().first();
    EXPECT_EQ(current.data().toString(), QStringLiteral("scene-1"));
}

TEST_F(SyncFixture, HoveringAFootprintHighlightsIt)
{
    test::sendMouse(&map, QEvent::MouseMove, centreOfScene(0), Qt::NoButton, Qt::NoButton);
    EXPECT_EQ(map.footprints()->hoveredRow(), 0);
    test::sendMouse(&map, QEvent::MouseMove, map.viewport().geoToScreen({-60.0, 40.0}), Qt::NoButton, Qt::NoButton);
    EXPECT_EQ(map.footprints()->hoveredRow(), -1);
}

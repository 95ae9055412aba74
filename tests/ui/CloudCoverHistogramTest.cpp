// The cloud-cover histogram of the results: its bars, following the text filter, and choosing a
// range that the table and the map then show.
#include "tests/ui/MapTestHelpers.h"

#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/results/CloudCoverHistogram.h"
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsMapBinding.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <numeric>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

struct HistogramFixture : ::testing::Test {
    ResultsModel model;
    ResultsView view{&model};
    MapWidget map{nullptr};
    ResultsMapBinding binding{&model, &view, &map};
    CloudCoverHistogram *histogram = nullptr;

    void SetUp() override
    {
        // Cloud cover 5, 15, 17, 42, 95, 100 and one without: tiles A (first three) and B.
        const QList<std::optional<double>> clouds{5.0, 15.0, 17.0, 42.0, 95.0, 100.0, std::nullopt};
        QList<SceneResult> page;
        for (int i = 0; i < int(clouds.size()); ++i) {
            SceneResult r;
            r.sceneId = QStringLiteral("scene-%1").arg(i);
            r.provider = QStringLiteral("stac");
            r.tile = i < 3 ? QStringLiteral("TILEA") : QStringLiteral("TILEB");
            r.start = QDateTime(QDate(2025, 3, 1 + i), QTime(10, 0), Qt::UTC);
            r.cloudCover = clouds.at(i);
            r.footprint = Region::fromBox({i * 10.0, -4.0, i * 10.0 + 8.0, 4.0});
            page.append(r);
        }
        model.appendPage(page);
        view.resize(900, 500);
        view.show();
        histogram = view.histogram();
        ASSERT_NE(histogram, nullptr);
        QApplication::processEvents();   // the counts settle once the page is in
    }
    void clickBar(int bin)
    {
        QTest::mouseClick(histogram, Qt::LeftButton, Qt::NoModifier, histogram->barRect(bin).center());
    }
};

} // namespace

TEST_F(HistogramFixture, BarsCountTheResultsPerTenPercentAndThoseWithoutCloudCover)
{
    const auto &counts = histogram->counts();
    EXPECT_EQ(counts[0], 1);
    EXPECT_EQ(counts[1], 2);
    EXPECT_EQ(counts[4], 1);
    EXPECT_EQ(counts[9], 2) << "95 and 100 % share the last bar";
    EXPECT_EQ(counts[CloudCoverHistogram::kUnknownBin], 1);
    EXPECT_EQ(std::accumulate(counts.cbegin(), counts.cend(), 0), 7);
}

TEST_F(HistogramFixture, BarsFollowTheTextFilter)
{
    view.filterEdit()->setText(QStringLiteral("TILEA"));
    QApplication::processEvents();
    const auto &counts = histogram->counts();
    EXPECT_EQ(counts[0], 1);
    EXPECT_EQ(counts[1], 2);
    EXPECT_EQ(counts[9], 0);
    EXPECT_EQ(counts[CloudCoverHistogram::kUnknownBin], 0);
}

TEST_F(HistogramFixture, ClickingABarShowsOnlyThatRangeInTheTableAndOnTheMapAndAgainShowsAll)
{
    clickBar(1);
    EXPECT_EQ(view.proxy()->rowCount(), 2);
    EXPECT_EQ(map.footprints()->shownCount(), 2);
    // The other bars keep their counts, so another range can be chosen.
    EXPECT_EQ(histogram->counts()[9], 2);

    clickBar(1);   // the chosen bar again: everything
    EXPECT_EQ(view.proxy()->rowCount(), 7);
    EXPECT_EQ(map.footprints()->shownCount(), 7);

    clickBar(9);
    EXPECT_EQ(view.proxy()->rowCount(), 2) << "100 % belongs to the last bar";
}

TEST_F(HistogramFixture, DraggingAcrossBarsChoosesTheirRangeAndEscShowsAll)
{
    test::drag(histogram, histogram->barRect(0).center(), histogram->barRect(4).center());
    EXPECT_EQ(view.proxy()->rowCount(), 4);   // 5, 15, 17 and 42 %
    ASSERT_TRUE(view.proxy()->cloudRange().has_value());
    EXPECT_EQ(view.proxy()->cloudRange()->low, 0.0);
    EXPECT_EQ(view.proxy()->cloudRange()->high, 50.0);

    histogram->setFocus();
    QTest::keyClick(histogram, Qt::Key_Escape);
    EXPECT_FALSE(view.proxy()->cloudRange().has_value());
    EXPECT_EQ(view.proxy()->rowCount(), 7);
}

TEST_F(HistogramFixture, TheUnknownBarIsCountedButChoosesNothing)
{
    clickBar(CloudCoverHistogram::kUnknownBin);
    EXPECT_FALSE(view.proxy()->cloudRange().has_value());
    EXPECT_EQ(view.proxy()->rowCount(), 7);
}

#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>
#include <numeric>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

QList<SceneResult> makePage(int first, int count)
{
    QList<SceneResult> page;
    for (int i = first; i < first + count; ++i) {
        SceneResult r;
        r.sceneId = QStringLiteral("S2A_MSIL2A_2025%1_T23KLP").arg(i, 4, 10, QLatin1Char('0'));
        r.provider = i % 2 ? QStringLiteral("stac") : QStringLiteral("dataspace");
        r.cloudCover = (i * 37) % 100;
        r.size = qint64(i) * 1000;
        r.tile = i % 3 ? QStringLiteral("23KLP") : QStringLiteral("22KHF");
        r.start = QDateTime(QDate(2025, 1, 1).addDays(i), QTime(13, 0), Qt::UTC);
        r.footprint = Region::fromBox({-47.0 + i * 0.01, -16.0, -46.0 + i * 0.01, -15.0});
        page.append(r);
    }
    return page;
}

} // namespace

TEST(ResultsModel, PassesTheModelTesterWhilePagesArriveAndAreCleared)
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(ResultsModel::Cloud, Qt::AscendingOrder);
    model.appendPage(makePage(0, 50));
    model.appendPage(makePage(50, 25));
    proxy.setText(QStringLiteral("22KHF"));
    EXPECT_EQ(model.rowCount(), 75);
    EXPECT_EQ(proxy.rowCount(), 25);   // every third row
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(ResultsModel, EachPageIsOneInsertion)
{
    ResultsModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendPage(makePage(0, 100));
    model.appendPage({});
    model.appendPage(makePage(100, 100));
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 100);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 199);
}

TEST(ResultsModel, SortsNumbersAndDatesByValueNotText)
{
    ResultsModel model;
    QList<SceneResult> page = makePage(0, 3);
    page[0].size = 9'000;
    page[1].size = 100'000;
    page[2].size = 20'000;
    model.appendPage(page);
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ResultsModel::Size, Qt::AscendingOrder);
    // As text "100 kB" would sort before "20 kB" and "9 kB".
    EXPECT_EQ(proxy.mapToSource(proxy.index(0, 0)).row(), 0);
    EXPECT_EQ(proxy.mapToSource(proxy.index(1, 0)).row(), 2);
    EXPECT_EQ(proxy.mapToSource(proxy.index(2, 0)).row(), 1);
}

TEST(ResultsModel, ShowsWhatThePersonNeedsToRead)
{
    ResultsModel model;
    SceneResult r = makePage(7, 1).first();
    r.online = false;
    r.cloudCover.reset();
    model.appendPage({r});
    EXPECT_EQ(model.index(0, ResultsModel::Id).data().toString(), r.sceneId);
    EXPECT_EQ(model.index(0, ResultsModel::Date).data().toString(), QStringLiteral("2025-01-08 13:00"));
    EXPECT_EQ(model.index(0, ResultsModel::Cloud).data().toString(), QString());
    EXPECT_EQ(model.index(0, ResultsModel::Online).data().toString(), QStringLiteral("offline"));
    EXPECT_EQ(model.index(0, ResultsModel::Tile).data().toString(), QStringLiteral("23KLP"));
}

TEST(ResultsModel, FilterMatchesTileAndIdCaseInsensitively)
{
    ResultsModel model;
    model.appendPage(makePage(0, 9));
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setText(QStringLiteral("msil2a_20250004"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.mapToSource(proxy.index(0, 0)).row(), 4);
}

namespace {

// Pages whose dates, clouds and sizes come in no order, so that each page merges into the middle.
QList<SceneResult> shuffledPage(int first, int count, quint32 seed)
{
    QList<SceneResult> page = makePage(first, count);
    quint32 x = seed;
    for (SceneResult &r : page) {
        x = x * 1103515245u + 12345u;
        r.start = QDateTime(QDate(2025, 1, 1).addDays(int(x % 700)), QTime(int(x % 24), 0), Qt::UTC);
        r.cloudCover = double(x % 1000) / 10.0;
        if (x % 7 == 0)
            r.cloudCover.reset();
    }
    return page;
}

QList<int> shownSourceRows(const ResultsFilterModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

} // namespace

// Pages merged into a sorted table one by one give the order a sort of everything at the end
// gives (stable: equal values keep their arrival order), for every column and both orders.
TEST(ResultsFilterModel, PagesMergedIntoTheSortGiveTheOrderOfOneSortOfEverything)
{
    for (int column : {int(ResultsModel::Date), int(ResultsModel::Cloud), int(ResultsModel::Size), int(ResultsModel::Tile),
                       int(ResultsModel::Provider), int(ResultsModel::Id)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ResultsModel model;
            ResultsFilterModel proxy;
            proxy.setSourceModel(&model);
            proxy.sort(column, order);
            for (int p = 0; p < 6; ++p)
                model.appendPage(shuffledPage(p * 50, 50, quint32(p + 1)));
            QList<int> expected(model.rowCount());
            std::iota(expected.begin(), expected.end(), 0);
            std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                return order == Qt::AscendingOrder ? model.lessThan(a, b, column) : model.lessThan(b, a, column);
            });
            EXPECT_EQ(shownSourceRows(proxy), expected) << "column " << column << " order " << int(order);
            // The map back agrees with the map there.
            for (int row = 0; row < model.rowCount(); ++row)
                ASSERT_EQ(proxy.mapFromSource(model.index(row, 0)).row(), expected.indexOf(row));
        }
    }
}

// A page that sorts after every shown row arrives as one rowsInserted; one that lands among them
// as one layout change, which keeps persistent indexes (the selection) on their results.
TEST(ResultsFilterModel, APageIsOneInsertOrOneLayoutChangeAndTheSelectionStaysOnItsResults)
{
    ResultsModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ResultsModel::Size, Qt::AscendingOrder);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    model.appendPage(makePage(0, 100));          // sizes 0..99,000
    model.appendPage(makePage(100, 100));        // all larger: after every shown row
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(layouts.count(), 0);

    const QPersistentModelIndex selected = proxy.index(150, ResultsModel::Id);
    const int selectedSource = proxy.mapToSource(selected).row();
    QList<SceneResult> small = makePage(200, 100);
    for (SceneResult &r : small)
        r.size = r.size.value() - 200'000 + 500;   // between the existing sizes
    model.appendPage(small);
    EXPECT_EQ(inserted.count(), 2) << "no row-by-row inserts";
    EXPECT_EQ(layouts.count(), 1);
    EXPECT_EQ(proxy.rowCount(), 300);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(proxy.mapToSource(selected).row(), selectedSource);
    EXPECT_GT(selected.row(), 150) << "smaller sizes came in before it";
}

// A filter that hides rows drops them from persistent indexes and keeps the others.
TEST(ResultsFilterModel, FilteringKeepsPersistentIndexesOfRowsStillShown)
{
    ResultsModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ResultsModel::Date, Qt::DescendingOrder);
    model.appendPage(makePage(0, 30));
    // Every scene id holds 23KLP; every third row's tile is 22KHF.
    const QPersistentModelIndex kept = proxy.mapFromSource(model.index(3, 0));
    const QPersistentModelIndex hidden = proxy.mapFromSource(model.index(1, 0));
    proxy.setText(QStringLiteral("22KHF"));
    EXPECT_EQ(proxy.rowCount(), 10);
    ASSERT_TRUE(kept.isValid());
    EXPECT_EQ(proxy.mapToSource(kept).row(), 3);
    EXPECT_FALSE(hidden.isValid());
    proxy.setText(QString());
    EXPECT_EQ(proxy.rowCount(), 30);
    EXPECT_EQ(proxy.mapToSource(kept).row(), 3);
}

#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

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

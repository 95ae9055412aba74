// The Archive tab's table: what each column says of a product, sorting values, totals.
#include "ui/archive/ArchiveModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

LocalProduct product(const QString &id, qint64 bytes, int bands, const QStringList &problems = {}, int verified = 0)
{
    LocalProduct p;
    p.scene = parseSceneId(id).value();
    p.path = QStringLiteral("/data/eo/") + id + QStringLiteral(".zip");
    p.zipped = true;
    p.bytes = bytes;
    for (int b = 0; b < bands; ++b)
        p.bands.insert(QStringLiteral("B%1").arg(b + 1, 2, 10, QLatin1Char('0')), QStringLiteral("/vsizip/x/B%1").arg(b));
    p.problems = problems;
    p.checksumsVerified = verified;
    return p;
}

QString cell(const ArchiveModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

TEST(ArchiveModel, ColumnsSayWhatEachProductIsAndWhetherItIsSound)
{
    ArchiveModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProducts({product(QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745"), 1536 * 1024, 7, {}, 1),
                       product(QStringLiteral("LC09_L2SP_220069_20240110_20240111_02_T1"), 2048, 2,
                               {QStringLiteral("band SR_B5: cut short"), QStringLiteral("the checksum of x no longer matches")})});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, ArchiveModel::Collection), QStringLiteral("sentinel-2 L2A"));
    EXPECT_EQ(cell(model, 0, ArchiveModel::Tile), QStringLiteral("24MVV"));
    EXPECT_EQ(cell(model, 0, ArchiveModel::Date), QStringLiteral("2025-07-31"));
    EXPECT_EQ(cell(model, 0, ArchiveModel::Bands), QStringLiteral("7"));
    EXPECT_EQ(cell(model, 0, ArchiveModel::Status), QStringLiteral("\u2713 ok"));
    EXPECT_TRUE(cell(model, 0, ArchiveModel::Status, Qt::ToolTipRole).contains(QStringLiteral("1 file(s) still match")))
        << cell(model, 0, ArchiveModel::Status, Qt::ToolTipRole).toStdString();
    EXPECT_EQ(cell(model, 0, ArchiveModel::Scene, Qt::ToolTipRole), model.product(0).path);
    EXPECT_EQ(cell(model, 1, ArchiveModel::Tile), QStringLiteral("220069"));
    EXPECT_EQ(cell(model, 1, ArchiveModel::Status), QStringLiteral("\u26a0 damaged"));
    EXPECT_EQ(cell(model, 1, ArchiveModel::Status, Qt::ToolTipRole),
              QStringLiteral("band SR_B5: cut short\nthe checksum of x no longer matches"));
    EXPECT_EQ(model.totalBytes(), 1536 * 1024 + 2048);
    EXPECT_EQ(model.damagedCount(), 1);
    // Sizes sort by bytes, not by their text ("1.5 MiB" < "2 KiB" as text).
    EXPECT_GT(model.index(0, ArchiveModel::Size).data(ArchiveModel::SortRole).toLongLong(),
              model.index(1, ArchiveModel::Size).data(ArchiveModel::SortRole).toLongLong());
}

TEST(ArchiveModel, AProductCheckedAgainReplacesItsRowOnly)
{
    ArchiveModel model;
    const LocalProduct damaged = product(QStringLiteral("LC09_L2SP_220069_20240110_20240111_02_T1"), 10, 2, {QStringLiteral("x")});
    model.setProducts({product(QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745"), 10, 1), damaged});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    LocalProduct repaired = damaged;
    repaired.problems.clear();
    EXPECT_TRUE(model.updateProduct(repaired));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().row(), 1);
    EXPECT_EQ(cell(model, 1, ArchiveModel::Status), QStringLiteral("\u2713 ok"));
    EXPECT_EQ(model.damagedCount(), 0);
    LocalProduct unknown = repaired;
    unknown.path = QStringLiteral("/elsewhere");
    EXPECT_FALSE(model.updateProduct(unknown));
}

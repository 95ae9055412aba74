// Search results whose scene is already on disk are marked, matched by scene identity: an Earth
// Search copy of a Sentinel-2 product finds the SAFE zip a mirror named differently.
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"

#include "core/archive/LocalScenes.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

const QString kSafeZip = QStringLiteral("/data/eo/sentinel-2/S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745.zip");
const QString kLandsatFolder = QStringLiteral("/data/eo/landsat/LC09_L2SP_220069_20240110_20240111_02_T1");

LocalProduct local(const QString &path, const QStringList &problems = {})
{
    LocalProduct product;
    product.path = path;
    product.zipped = path.endsWith(QLatin1String(".zip"));
    product.scene = parseSceneId(QFileInfo(path).fileName()).value();
    product.problems = problems;
    return product;
}

SceneResult result(const QString &sceneId, const QString &provider, const QString &remoteId = {})
{
    SceneResult r;
    r.sceneId = sceneId;
    r.provider = provider;
    r.remoteId = remoteId;
    return r;
}

// Row 0: Earth Search's copy of the zipped product, named with another product discriminator (the
// time the mirror packed it); row 1: the Landsat scene, whose local copy is damaged; row 2: the
// same Sentinel-2 datatake reprocessed with another baseline (another product); row 3: another day.
QList<SceneResult> searchResults()
{
    return {result(QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T160512"), QStringLiteral("stac"),
                   QStringLiteral("S2B_24MVV_20250731_0_L2A")),
            result(QStringLiteral("LC09_L2SP_220069_20240110_20240111_02_T1"), QStringLiteral("usgs")),
            result(QStringLiteral("S2B_MSIL2A_20250731T130249_N0500_R095_T24MVV_20250731T132745"), QStringLiteral("dataspace")),
            result(QStringLiteral("S2B_MSIL2A_20250810T130249_N0511_R095_T24MVV_20250810T132745"), QStringLiteral("dataspace"))};
}

LocalScenes archive()
{
    return LocalScenes({local(kSafeZip), local(kLandsatFolder, {QStringLiteral("band SR_B5: cut short")})});
}

QString onDisk(const ResultsModel &model, int row, int role = Qt::DisplayRole)
{
    return model.index(row, ResultsModel::OnDisk).data(role).toString();
}

} // namespace

TEST(ArchiveMarks, RowsOfScenesOnDiskAreMarkedWithTheirLocalPath)
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(searchResults());
    EXPECT_TRUE(onDisk(model, 0).isEmpty());   // no archive known yet

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLocalScenes(archive());
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().column(), int(ResultsModel::OnDisk));

    EXPECT_EQ(onDisk(model, 0), QStringLiteral("\u2713 on disk"));
    EXPECT_EQ(onDisk(model, 0, Qt::ToolTipRole), QStringLiteral("On disk: ") + kSafeZip);
    EXPECT_EQ(onDisk(model, 1), QStringLiteral("\u26a0 damaged"));
    EXPECT_TRUE(onDisk(model, 1, Qt::ToolTipRole).contains(kLandsatFolder));
    EXPECT_TRUE(onDisk(model, 1, Qt::ToolTipRole).contains(QStringLiteral("band SR_B5: cut short")));
    EXPECT_TRUE(onDisk(model, 2).isEmpty()) << "another baseline is another product";
    EXPECT_TRUE(onDisk(model, 3).isEmpty());
    ASSERT_EQ(model.localCopies(0).size(), 1);
    EXPECT_EQ(model.localCopies(0).first().path, kSafeZip);
    EXPECT_TRUE(model.localCopies(3).isEmpty());
    EXPECT_EQ(model.headerData(ResultsModel::OnDisk, Qt::Horizontal).toString(), QStringLiteral("On disk"));
}

TEST(ArchiveMarks, ResultsArrivingAfterTheArchiveIsKnownAreMarkedToo)
{
    ResultsModel model;
    model.setLocalScenes(archive());
    model.appendPage(searchResults().mid(2));
    model.appendPage(searchResults().mid(0, 2));
    EXPECT_TRUE(onDisk(model, 0).isEmpty());
    EXPECT_TRUE(onDisk(model, 1).isEmpty());
    EXPECT_EQ(onDisk(model, 2), QStringLiteral("\u2713 on disk"));
    EXPECT_EQ(onDisk(model, 3), QStringLiteral("\u26a0 damaged"));

    // The archive forgets the zip (scanned again after it was deleted): the mark goes.
    model.setLocalScenes(LocalScenes({local(kLandsatFolder)}));
    EXPECT_TRUE(onDisk(model, 2).isEmpty());
    EXPECT_EQ(onDisk(model, 3), QStringLiteral("\u2713 on disk"));
}

TEST(ArchiveMarks, SortingByTheColumnPutsSoundCopiesAfterDamagedOnesAndThoseAfterNone)
{
    ResultsModel model;
    model.appendPage(searchResults());
    model.setLocalScenes(archive());
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ResultsModel::OnDisk, Qt::DescendingOrder);
    ASSERT_EQ(proxy.rowCount(), 4);
    EXPECT_EQ(proxy.index(0, ResultsModel::Id).data().toString(), searchResults().at(0).sceneId);
    EXPECT_EQ(proxy.index(1, ResultsModel::Id).data().toString(), searchResults().at(1).sceneId);
}

// The Archive tab's actions on real products and a real download journal: a scan runs off the
// GUI thread and lands in the index and the table, a changed file is the one problem reported,
// re-verify checks a product again, and the results of a search are marked and linked.
#include "ui/app/UiSettings.h"
#include "ui/archive/ArchiveController.h"
#include "ui/archive/ArchiveModel.h"
#include "ui/archive/ArchiveTab.h"
#include "ui/archive/ArchiveView.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include "core/archive/ArchiveIndex.h"
#include "core/settings/Settings.h"
#include "tests/archive/ArchiveFixture.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;
using namespace eoc::ui;

namespace {

class ArchiveControllerTest : public ::testing::Test, protected ArchiveFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(build());
        registerUiDefaults(settings);
        ASSERT_TRUE(settings.setValue(QLatin1String(ui_settings::kOutputFolder), archive).ok());
        config.index = path(QStringLiteral("data/archive-index.json"));
        config.journal = journalPath;
        config.checkBands = false;   // the fixture's bands are no rasters
    }

    int rowOf(const ArchiveModel &model, const QString &scene) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.product(row).scene.id == scene)
                return row;
        }
        return -1;
    }

    Settings settings{path(QStringLiteral("settings.ini"))};
    ArchiveController::Config config;
};

} // namespace

TEST_F(ArchiveControllerTest, ScanningTheDownloadFolderFillsTheTableAndTheIndexAndNamesTheChangedFile)
{
    ASSERT_NO_FATAL_FAILURE(flipFirstByte(landsatFile("_SR_B5.TIF")));
    ArchiveModel model;
    ArchiveView view(&model);
    ArchiveController controller(&settings, &model, &view, config);
    QString offered;
    controller.setFolderChooser([&offered](const QString &start) {
        offered = start;
        return start;
    });
    QSignalSpy finished(&controller, &ArchiveController::finished);
    QSignalSpy changed(&controller, &ArchiveController::productsChanged);

    controller.scanAction()->trigger();
    EXPECT_EQ(offered, settings.value(QLatin1String(ui_settings::kOutputFolder)));
    EXPECT_TRUE(controller.isBusy());
    EXPECT_FALSE(controller.scanAction()->isEnabled()) << "one scan at a time";
    EXPECT_FALSE(view.busyBar()->isHidden());
    EXPECT_EQ(view.busyLabel()->text(), QStringLiteral("Scanning %1…").arg(QDir::toNativeSeparators(archive)));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.first().at(0).toInt(), 2);
    EXPECT_EQ(finished.first().at(1).toInt(), 1);
    EXPECT_FALSE(controller.isBusy());
    EXPECT_TRUE(view.busyBar()->isHidden());

    ASSERT_EQ(model.rowCount(), 2);
    const int landsatRow = rowOf(model, kLandsatScene);
    const int zipRow = rowOf(model, kSentinel2Scene);
    ASSERT_GE(landsatRow, 0);
    EXPECT_EQ(model.product(landsatRow).problems,
              QStringList{QStringLiteral("the checksum of %1_SR_B5.TIF no longer matches the sha256 recorded when it was downloaded")
                              .arg(kLandsatScene)});
    EXPECT_TRUE(model.product(zipRow).problems.isEmpty());
    EXPECT_EQ(model.product(zipRow).checksumsVerified, 1);
    EXPECT_TRUE(view.summaryLabel()->text().startsWith(QStringLiteral("2 product(s), "))) << view.summaryLabel()->text().toStdString();
    EXPECT_TRUE(view.summaryLabel()->text().endsWith(QStringLiteral("1 damaged"))) << view.summaryLabel()->text().toStdString();
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.last().at(0).value<QList<LocalProduct>>().size(), 2);

    // Kept in the index: a new controller (the next start) shows the same without scanning.
    const auto entries = loadArchiveIndex(config.index);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().folder, archive);
    ArchiveModel reopened;
    ArchiveView reopenedView(&reopened);
    ArchiveController next(&settings, &reopened, &reopenedView, config);
    next.loadIndex();
    EXPECT_EQ(reopened.rowCount(), 2);
    EXPECT_EQ(reopened.damagedCount(), 1);
}

TEST_F(ArchiveControllerTest, ReVerifyChecksTheSelectedProductAgainAndKeepsTheResult)
{
    const QString band = landsatFile("_SR_B5.TIF");
    const QByteArray original = fileBytes(band);
    ASSERT_NO_FATAL_FAILURE(flipFirstByte(band));
    ArchiveModel model;
    ArchiveView view(&model);
    ArchiveController controller(&settings, &model, &view, config);
    QSignalSpy finished(&controller, &ArchiveController::finished);
    controller.scanFolder(archive);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(controller.reverifyAction()->isEnabled()) << "nothing selected";

    writeFile(band, original);   // put back as downloaded
    view.selectRow(rowOf(model, kLandsatScene));
    ASSERT_TRUE(controller.reverifyAction()->isEnabled());
    controller.reverifyAction()->trigger();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.last().at(0).toInt(), 1);
    EXPECT_EQ(finished.last().at(1).toInt(), 0);
    EXPECT_TRUE(model.product(rowOf(model, kLandsatScene)).problems.isEmpty());
    EXPECT_EQ(model.product(rowOf(model, kLandsatScene)).checksumsVerified, 3);
    EXPECT_EQ(model.damagedCount(), 0);
    EXPECT_EQ(view.selectedRows(), QList<int>{rowOf(model, kLandsatScene)}) << "the selection stays";
    const auto entries = loadArchiveIndex(config.index);
    ASSERT_TRUE(entries.ok());
    for (const LocalProduct &p : indexedProducts(*entries))
        EXPECT_TRUE(p.problems.isEmpty()) << p.path.toStdString();

    // A product deleted since is said by name, not taken for sound.
    QDir(landsat).removeRecursively();
    QSignalSpy failed(&controller, &ArchiveController::failed);
    controller.reverifyAction()->trigger();
    ASSERT_TRUE(failed.wait(20000));
    const QString message = failed.first().at(0).value<Error>().message;
    EXPECT_TRUE(message.contains(landsat)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("does not exist"))) << message.toStdString();
}

TEST_F(ArchiveControllerTest, OpenFolderShowsAZipsFolderAndAnUnpackedProductItself)
{
    ArchiveModel model;
    ArchiveView view(&model);
    ArchiveController controller(&settings, &model, &view, config);
    QSignalSpy finished(&controller, &ArchiveController::finished);
    controller.scanFolder(archive);
    ASSERT_TRUE(finished.wait(20000));
    QStringList shown;
    controller.setFolderOpener([&shown](const QString &folder) {
        shown << folder;
        return true;
    });
    view.selectRow(rowOf(model, kSentinel2Scene));
    controller.openFolderAction()->trigger();
    view.selectRow(rowOf(model, kLandsatScene));
    controller.openFolderAction()->trigger();
    EXPECT_EQ(shown, (QStringList{QFileInfo(zip).absolutePath(), landsat}));
}

// The tab as the window adds it: the results of a search are marked once the archive is known,
// and choosing a product selects the result of its scene (which the map shows).
TEST_F(ArchiveControllerTest, TheTabMarksSearchResultsAndChoosingAProductSelectsItsResult)
{
    QTabWidget tabs;
    QStatusBar status;
    ResultsModel results;
    ResultsView resultsView(&results);
    SceneResult other;
    other.sceneId = QStringLiteral("LC08_L2SP_220069_20240102_20240109_02_T1");
    SceneResult same;
    same.sceneId = kSentinel2Scene;
    same.provider = QStringLiteral("stac");
    results.appendPage({other, same});
    ArchiveController *controller = addArchiveTab(&tabs, &settings, &results, &resultsView, nullptr, &status);
    ASSERT_EQ(tabs.count(), 1);
    EXPECT_EQ(tabs.tabText(0), QStringLiteral("Archive"));
    auto *view = qobject_cast<ArchiveView *>(tabs.widget(0));
    ASSERT_NE(view, nullptr);

    QSignalSpy finished(controller, &ArchiveController::finished);
    controller->scanFolder(archive);   // the user's own index (test_main gives each run its own)
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(results.index(0, ResultsModel::OnDisk).data().toString().isEmpty());
    // The tab opens bands with GDAL: the fixture's "jp2" is no raster, so the copy is damaged.
    EXPECT_TRUE(results.index(1, ResultsModel::OnDisk).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Damaged copy: ") + zip))
        << results.index(1, ResultsModel::OnDisk).data(Qt::ToolTipRole).toString().toStdString();

    auto *model = qobject_cast<ArchiveModel *>(qobject_cast<QAbstractProxyModel *>(view->table()->model())->sourceModel());
    ASSERT_NE(model, nullptr);
    view->selectRow(rowOf(*model, kSentinel2Scene));
    EXPECT_EQ(resultsView.selectedRows(), QList<int>{1});
    view->selectRow(rowOf(*model, kLandsatScene));
    EXPECT_TRUE(status.currentMessage().contains(QStringLiteral("not among the search results"))) << status.currentMessage().toStdString();
}

TEST_F(ArchiveControllerTest, AScanThatFindsNothingNamesTheFolderItLookedIn)
{
    const QString empty = path(QStringLiteral("nothing here"));
    ASSERT_TRUE(QDir().mkpath(empty));
    ArchiveModel model;
    ArchiveView view(&model);
    ArchiveController controller(&settings, &model, &view, config);
    controller.loadIndex();
    EXPECT_TRUE(view.summaryLabel()->text().startsWith(QStringLiteral("No product is known yet")))
        << view.summaryLabel()->text().toStdString();

    QSignalSpy finished(&controller, &ArchiveController::finished);
    controller.scanFolder(empty);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.first().at(0).toInt(), 0);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(view.summaryLabel()->text().startsWith(QStringLiteral("No product found in %1.").arg(QDir::toNativeSeparators(empty))))
        << view.summaryLabel()->text().toStdString();
}

TEST_F(ArchiveControllerTest, AStoppedScanLeavesTheListAndTheIndexAsTheyWere)
{
    ArchiveModel model;
    ArchiveView view(&model);
    ArchiveController controller(&settings, &model, &view, config);
    EXPECT_FALSE(controller.stopAction()->isEnabled()) << "nothing to stop";
    QSignalSpy finished(&controller, &ArchiveController::finished);
    controller.scanFolder(archive);
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(model.rowCount(), 2);

    // The products vanish from disk, but the scan that would find that out is stopped. Its folder
    // has thousands of others to walk, so that the Stop comes before the scan could end.
    ASSERT_TRUE(QDir(archive).removeRecursively());
    for (int i = 0; i < 4000; ++i)
        ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("walk/%1/%2").arg(i / 100).arg(i))));
    QSignalSpy failed(&controller, &ArchiveController::failed);
    controller.scanFolder(path(QStringLiteral(".")));
    EXPECT_TRUE(controller.stopAction()->isEnabled());
    controller.stopAction()->trigger();
    ASSERT_TRUE(failed.wait(20000));
    const Error error = failed.first().at(0).value<Error>();
    EXPECT_EQ(error.errorClass, ErrorClass::Cancelled) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QLatin1String("stopped"))) << error.message.toStdString();
    EXPECT_EQ(finished.size(), 1) << "a stopped scan ends with failed() alone";
    EXPECT_FALSE(controller.isBusy());
    EXPECT_FALSE(controller.stopAction()->isEnabled());
    EXPECT_EQ(model.rowCount(), 2);
    const auto entries = loadArchiveIndex(config.index);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().products.size(), 2);
}

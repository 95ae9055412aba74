#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/app/UiSettings.h"
#include "ui/downloads/DownloadController.h"
#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/DownloadsView.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/net/NetworkAccess.h"
#include "core/settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

struct QueueFixture : ::testing::Test {
    QTemporaryDir dir;
    NetworkAccess network;
    test::ReplayStacProvider provider{&network, QUrl(QStringLiteral("http://127.0.0.1:9/v1/search")), 1};
    std::unique_ptr<DownloadQueue> queue;

    void SetUp() override
    {
        DownloadQueue::Options options;
        options.journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
        queue = std::make_unique<DownloadQueue>(
            &network, [this](const QString &name) -> Result<Provider *> {
                if (name == provider.name())
                    return &provider;
                return Error(ErrorClass::BadInput, QStringLiteral("unknown provider %1").arg(name));
            },
            options);
        ASSERT_TRUE(queue->open().ok());
    }
    qint64 addPaused(const QString &sceneId)
    {
        QueueItemRequest request;
        request.provider = provider.name();
        request.scene.sceneId = sceneId;
        request.scene.provider = provider.name();
        request.outputFolder = dir.filePath(QStringLiteral("out"));
        request.paused = true;
        const Result<qint64> id = queue->add(request);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
};

} // namespace

TEST_F(QueueFixture, ModelFollowsTheQueueAndPassesTheModelTester)
{
    DownloadsModel model(queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 a = addPaused(QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R038_T24MUV_20250731T164520"));
    const qint64 b = addPaused(QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R038_T24MVV_20250731T164520"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.idAt(0), a);
    EXPECT_EQ(model.idAt(1), b);
    EXPECT_EQ(model.index(1, DownloadsModel::Name).data().toString(),
              QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R038_T24MVV_20250731T164520"));
    EXPECT_EQ(model.index(0, DownloadsModel::State).data().toString(), QStringLiteral("Paused"));

    ASSERT_TRUE(queue->cancel(a).ok());
    EXPECT_EQ(model.index(0, DownloadsModel::State).data().toString(), QStringLiteral("Cancelled"));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    ASSERT_TRUE(queue->remove(a).ok());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.idAt(0), b);
    EXPECT_EQ(model.rowOf(b), 0);
    EXPECT_EQ(model.rowOf(a), -1);
}

TEST_F(QueueFixture, ModelShowsItemsAlreadyInTheJournal)
{
    addPaused(QStringLiteral("scene-one"));
    addPaused(QStringLiteral("scene-two"));
    DownloadsModel model(queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, DownloadsModel::Name).data().toString(), QStringLiteral("scene-one"));
    // Unknown size: no percentage, the delegate falls back to plain text.
    EXPECT_EQ(model.index(0, DownloadsModel::Progress).data(DownloadsModel::ProgressRole).toInt(), -1);
}

TEST_F(QueueFixture, ChangesTouchOnlyTheirColumns)
{
    DownloadsModel model(queue.get());
    const qint64 id = addPaused(QStringLiteral("scene-one"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(queue->cancel(id).ok());
    ASSERT_GE(changed.count(), 1);
    const QModelIndex from = changed.last().at(0).value<QModelIndex>();
    const QModelIndex to = changed.last().at(1).value<QModelIndex>();
    EXPECT_EQ(from.row(), 0);
    EXPECT_LE(from.column(), int(DownloadsModel::State));
    EXPECT_GE(to.column(), int(DownloadsModel::State));
}

// Results enqueued from the window take the layout chosen in the settings, "bdc" included.
TEST_F(QueueFixture, EnqueuedResultsTakeTheConfiguredLayout)
{
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    registerUiDefaults(settings);
    DownloadsModel model(queue.get());
    DownloadsView view(&model);
    DownloadController controller(queue.get(), &settings, &model, &view);
    SceneResult result;
    result.provider = provider.name();
    result.sceneId = QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255");
    result.collection = QStringLiteral("S2_L1C");

    controller.enqueue({result});
    ASSERT_EQ(queue->items().size(), 1);
    EXPECT_EQ(queue->items().last().layout, QueueLayout::Flat);
    ASSERT_TRUE(settings.setValue(QLatin1String(ui_settings::kLayout), QStringLiteral("bdc")).ok());
    controller.enqueue({result});
    ASSERT_EQ(queue->items().size(), 2);
    EXPECT_EQ(queue->items().last().layout, QueueLayout::Bdc);
    EXPECT_EQ(queue->items().last().outputFolder, settings.value(QLatin1String(ui_settings::kOutputFolder)));
}

TEST(DownloadsModelFormat, DurationsReadNaturally)
{
    EXPECT_EQ(DownloadsModel::formatDuration(42), QStringLiteral("42 s"));
    EXPECT_EQ(DownloadsModel::formatDuration(125), QStringLiteral("2 min 5 s"));
    EXPECT_EQ(DownloadsModel::formatDuration(7260), QStringLiteral("2 h 1 min"));
}

// Without a file manager "Open folder" says where the files are and offers to copy the path.
TEST_F(QueueFixture, OpenFolderWithoutAFileManagerShowsThePath)
{
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    registerUiDefaults(settings);
    DownloadsModel model(queue.get());
    DownloadsView view(&model);
    DownloadController controller(queue.get(), &settings, &model, &view);
    view.show();
    QString asked;
    controller.setFolderOpener([&asked](const QString &folder) {
        asked = folder;
        return false;
    });
    addPaused(QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255"));
    ASSERT_EQ(model.rowCount(), 1);
    view.table()->selectRow(0);
    controller.openFolderAction()->trigger();
    ASSERT_FALSE(asked.isEmpty());
    auto *box = view.findChild<QMessageBox *>(QStringLiteral("folderNotOpened"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QDir::toNativeSeparators(asked))) << box->text().toStdString();
    auto *copy = box->findChild<QPushButton *>(QStringLiteral("copyPath"));
    ASSERT_NE(copy, nullptr);
    copy->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(asked));
}

// The Provider column names the provider as people know it, not by its internal name.
TEST_F(QueueFixture, ProviderColumnShowsTheProvidersTitle)
{
    DownloadsModel model(queue.get());
    addPaused(QStringLiteral("scene-one"));
    const QString name = model.info(0).provider;
    ASSERT_FALSE(name.isEmpty());
    EXPECT_EQ(model.index(0, DownloadsModel::Provider).data().toString(), name);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProviderTitles({{name, QStringLiteral("STAC API (Earth Search, Planetary Computer, ...)")}});
    EXPECT_EQ(model.index(0, DownloadsModel::Provider).data().toString(),
              QStringLiteral("STAC API (Earth Search, Planetary Computer, ...)"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.providerTitle(QStringLiteral("unknown")), QStringLiteral("unknown"));
}

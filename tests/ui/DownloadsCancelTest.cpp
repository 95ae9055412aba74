// Cancelling in the Downloads tab never deletes downloaded data without asking, and the details
// of an item show the whole failure in words.
#include "ui/downloads/DownloadController.h"
#include "ui/downloads/DownloadDetailsDialog.h"
#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/DownloadsView.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/SqliteQueueStore.h"
#include "core/net/NetworkAccess.h"

#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

// A queue whose journal already holds one paused item with 40 000 bytes in its .part file, as
// after a pause in an earlier session.
struct PartialItemFixture : ::testing::Test {
    QTemporaryDir dir;
    NetworkAccess network;
    std::unique_ptr<DownloadQueue> queue;
    QString partPath;
    qint64 id = 0;

    void SetUp() override
    {
        const QString journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
        const QString output = dir.filePath(QStringLiteral("out"));
        partPath = output + QStringLiteral("/scene.zip.part");
        ASSERT_TRUE(QDir().mkpath(output));
        QFile part(partPath);
        ASSERT_TRUE(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(40000, 'x'));
        part.close();
        {
            SqliteQueueStore journal;
            ASSERT_TRUE(journal.open(journalPath).ok());
            QueueItemInfo info;
            info.provider = QStringLiteral("http");
            info.title = QStringLiteral("scene.zip");
            info.scene.sceneId = info.title;
            info.outputFolder = output;
            info.wish = QueueWish::Paused;
            info.added = info.updated = QDateTime::currentDateTimeUtc();
            QueueFileInfo file;
            file.url = QUrl(QStringLiteral("http://127.0.0.1:9/scene.zip"));
            file.relativePath = QStringLiteral("scene.zip");
            file.finalPath = output + QStringLiteral("/scene.zip");
            file.partPath = partPath;
            file.bytesOnDisk = 40000;
            file.totalSize = 100000;
            info.files << file;
            auto inserted = journal.insert(info);
            ASSERT_TRUE(inserted.ok());
            id = inserted.value();
        }
        DownloadQueue::Options options;
        options.journalPath = journalPath;
        queue = std::make_unique<DownloadQueue>(
            &network, [](const QString &name) -> Result<Provider *> {
                return Error(ErrorClass::BadInput, QStringLiteral("unknown provider %1").arg(name));
            },
            options);
        ASSERT_TRUE(queue->open().ok());
        ASSERT_EQ(queue->item(id)->bytesDone, 40000);
    }
};

} // namespace

TEST_F(PartialItemFixture, CancellingAnItemWithPartialDataAsksAndKeepingItPauses)
{
    DownloadsModel model(queue.get());
    DownloadsView view(&model);
    DownloadController controller(queue.get(), nullptr, &model, &view);
    ASSERT_TRUE(queue->resume(id).ok());
    int asked = 0;
    controller.setCancelQuestion([&](int items, qint64 bytes) {
        ++asked;
        EXPECT_EQ(items, 1);
        EXPECT_EQ(bytes, 40000);
        return DownloadController::CancelChoice::KeepPartial;
    });
    view.table()->selectRow(0);
    controller.cancelSelected();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(QFileInfo::exists(partPath));
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Paused);
}

TEST_F(PartialItemFixture, PartialDataIsDeletedOnlyWhenTheUserSaysSo)
{
    DownloadsModel model(queue.get());
    DownloadsView view(&model);
    DownloadController controller(queue.get(), nullptr, &model, &view);
    view.table()->selectRow(0);
    controller.setCancelQuestion([](int, qint64) { return DownloadController::CancelChoice::DontCancel; });
    controller.cancelSelected();
    EXPECT_TRUE(QFileInfo::exists(partPath));
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Paused);

    controller.setCancelQuestion([](int, qint64) { return DownloadController::CancelChoice::Discard; });
    controller.cancelSelected();
    EXPECT_FALSE(QFileInfo::exists(partPath));
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Cancelled);
}

TEST(DownloadDetails, ShowTheWholeFailureAdviceAndFiles)
{
    QueueItemInfo item;
    item.title = QStringLiteral("S2A_MSIL2A_X");
    item.provider = QStringLiteral("dataspace");
    item.state = QueueState::Failed;
    item.error = Error(ErrorClass::Integrity, QStringLiteral("sha256 of S2A_MSIL2A_X.zip is 00ab, expected ffcd"));
    QueueFileInfo file;
    file.partPath = QStringLiteral("/data/out/S2A_MSIL2A_X.zip.part");
    file.bytesOnDisk = 3 * 1024 * 1024;
    file.totalSize = 4 * 1024 * 1024;
    item.files << file;
    const QString html = DownloadDetailsDialog::detailsHtml(item);
    EXPECT_TRUE(html.contains(QStringLiteral("sha256 of S2A_MSIL2A_X.zip is 00ab, expected ffcd")));
    EXPECT_TRUE(html.contains(QStringLiteral("Failed: Checksum or size check failed")));
    EXPECT_TRUE(html.contains(QStringLiteral("Retry; if it fails again")));
    EXPECT_TRUE(html.contains(QStringLiteral("/data/out/S2A_MSIL2A_X.zip.part")));
    EXPECT_TRUE(html.contains(QStringLiteral("3.0 MiB of 4.0 MiB")));
    EXPECT_FALSE(html.contains(QStringLiteral("integrity:")));
}

TEST(DownloadsModelColumns, TheProblemSitsRightAfterTheState)
{
    EXPECT_EQ(int(DownloadsModel::Problem), int(DownloadsModel::State) + 1);
}

TEST_F(PartialItemFixture, QuittingWithUnfinishedDownloadsAsksFirst)
{
    DownloadsModel model(queue.get());
    DownloadsView view(&model);
    DownloadController controller(queue.get(), nullptr, &model, &view);
    int asked = 0;
    DownloadController::QuitChoice answer = DownloadController::QuitChoice::DontQuit;
    controller.setQuitQuestion([&](int running) {
        ++asked;
        EXPECT_EQ(running, 1);
        return answer;
    });
    // Only paused items: nothing would stop, nothing to ask.
    EXPECT_TRUE(controller.confirmQuit());
    EXPECT_EQ(asked, 0);

    ASSERT_TRUE(queue->resume(id).ok());
    EXPECT_FALSE(controller.confirmQuit());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Queued);

    answer = DownloadController::QuitChoice::HandOver;
    EXPECT_TRUE(controller.confirmQuit());
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Queued);

    answer = DownloadController::QuitChoice::PauseAndQuit;
    EXPECT_TRUE(controller.confirmQuit());
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Paused);
    EXPECT_TRUE(QFileInfo::exists(partPath));
}

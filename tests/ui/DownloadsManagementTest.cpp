// Managing the queue from the Downloads tab: remove, clear finished, retry failed, and moving
// items up or down in the order they start.
#include "ui/downloads/DownloadController.h"
#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/DownloadsView.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/SqliteQueueStore.h"
#include "core/net/NetworkAccess.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

// Three items as an earlier session left them: one done (its file on disk), one failed, one
// paused with nothing downloaded yet. The queue is not started: nothing runs.
struct ManagedQueue : ::testing::Test {
    QTemporaryDir dir;
    NetworkAccess network;
    std::unique_ptr<DownloadQueue> queue;
    std::unique_ptr<DownloadsModel> model;
    std::unique_ptr<DownloadsView> view;
    std::unique_ptr<DownloadController> controller;
    qint64 done = 0, failed = 0, paused = 0;
    QString donePath;

    qint64 seed(SqliteQueueStore &journal, const QString &title, QueueState state, QueueWish wish, const Error &error = {})
    {
        QueueItemInfo info;
        info.provider = QStringLiteral("http");
        info.title = title;
        info.scene.sceneId = title;
        info.outputFolder = dir.filePath(QStringLiteral("out"));
        info.state = state;
        info.wish = wish;
        info.error = error;
        info.added = info.updated = QDateTime::currentDateTimeUtc();
        auto id = journal.insert(info);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    void SetUp() override
    {
        const QString journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
        {
            SqliteQueueStore journal;
            ASSERT_TRUE(journal.open(journalPath).ok());
            done = seed(journal, QStringLiteral("done.zip"), QueueState::Done, QueueWish::Queued);
            failed = seed(journal, QStringLiteral("failed.zip"), QueueState::Failed, QueueWish::Queued,
                          Error(ErrorClass::NotFound, QStringLiteral("404 from the server")));
            paused = seed(journal, QStringLiteral("paused.zip"), QueueState::Waiting, QueueWish::Paused);
        }
        donePath = dir.filePath(QStringLiteral("out/done.zip"));
        ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QFile file(donePath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("data");
        file.close();
        DownloadQueue::Options options;
        options.journalPath = journalPath;
        queue = std::make_unique<DownloadQueue>(
            &network, [](const QString &name) -> Result<Provider *> {
                return Error(ErrorClass::BadInput, QStringLiteral("unknown provider %1").arg(name));
            },
            options);
        ASSERT_TRUE(queue->open().ok());
        model = std::make_unique<DownloadsModel>(queue.get());
        view = std::make_unique<DownloadsView>(model.get());
        controller = std::make_unique<DownloadController>(queue.get(), nullptr, model.get(), view.get());
    }
    void select(qint64 id) { view->table()->selectRow(model->rowOf(id)); }
};

} // namespace

TEST_F(ManagedQueue, ClearFinishedRemovesOnlyDoneItemsAndKeepsTheirFiles)
{
    controller->clearFinished();
    EXPECT_FALSE(queue->item(done));
    EXPECT_TRUE(queue->item(failed));
    EXPECT_TRUE(queue->item(paused));
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(QFileInfo::exists(donePath));
}

TEST_F(ManagedQueue, RetryFailedRetriesOnlyFailedItems)
{
    controller->retryFailed();
    const auto retried = *queue->item(failed);
    EXPECT_EQ(retried.state, QueueState::Waiting);
    EXPECT_EQ(retried.wish, QueueWish::Queued);
    EXPECT_FALSE(retried.error.isError());
    EXPECT_EQ(queue->item(paused)->wish, QueueWish::Paused);
    EXPECT_EQ(queue->item(done)->state, QueueState::Done);
}

TEST_F(ManagedQueue, RemoveDropsTheSelectedItem)
{
    select(failed);
    controller->removeSelected();
    EXPECT_FALSE(queue->item(failed));
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(ManagedQueue, StartSoonerAndLaterMoveTheItemOnePlaceAndKeepItSelected)
{
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowOf(paused), 2);
    select(paused);
    controller->moveSelection(-1);
    EXPECT_EQ(model->rowOf(paused), 1);
    EXPECT_EQ(queue->items().at(1).id, paused);
    ASSERT_EQ(view->table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(view->table()->selectionModel()->selectedRows().first().row(), 1);
    controller->moveSelection(-1);
    EXPECT_EQ(model->idAt(0), paused);
    controller->moveSelection(-1);                 // already first: nothing moves
    EXPECT_EQ(model->idAt(0), paused);
    controller->moveSelection(1);
    controller->moveSelection(1);
    EXPECT_EQ(model->rowOf(paused), 2);
    EXPECT_EQ(queue->items().last().id, paused);
    EXPECT_EQ(view->table()->selectionModel()->selectedRows().first().row(), 2);
}

TEST_F(ManagedQueue, DroppingDraggedRowsBetweenRowsMovesThemInTheQueue)
{
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The table drags rows and shows where they land between two rows.
    EXPECT_EQ(view->table()->dragDropMode(), QAbstractItemView::InternalMove);
    EXPECT_TRUE(view->table()->showDropIndicator());
    EXPECT_TRUE(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsDropEnabled);
    EXPECT_TRUE(model->flags({}) & Qt::ItemIsDropEnabled);

    // "paused" (row 2) dropped above the first row.
    std::unique_ptr<QMimeData> one(model->mimeData({model->index(2, DownloadsModel::Name), model->index(2, DownloadsModel::State)}));
    EXPECT_EQ(DownloadsModel::idsFrom(one.get()), QList<qint64>{paused});
    ASSERT_TRUE(model->canDropMimeData(one.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_TRUE(model->dropMimeData(one.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(queue->items().first().id, paused);
    EXPECT_EQ(model->idAt(0), paused);
    EXPECT_EQ(model->rowCount(), 3);                // moved, not copied
    // What the view does after an accepted move: the model keeps its rows.
    EXPECT_FALSE(model->removeRows(0, 1));
    EXPECT_EQ(model->rowCount(), 3);

    // Two rows at once (paused, done) dropped past the last row: they keep their order.
    std::unique_ptr<QMimeData> two(model->mimeData({model->index(1, 0), model->index(0, 0)}));
    model->dropMimeData(two.get(), Qt::MoveAction, -1, -1, {});
    QList<qint64> order;
    for (const QueueItemInfo &info : queue->items())
        order << info.id;
    EXPECT_EQ(order, (QList<qint64>{failed, paused, done}));
    for (int row = 0; row < order.size(); ++row)
        EXPECT_EQ(model->idAt(row), order.at(row));

    // Foreign data is refused.
    QMimeData text;
    text.setText(QStringLiteral("1,2"));
    EXPECT_FALSE(model->canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
}

// The Downloads tab of a shared queue shows its workers and their throughput under the table,
// and which worker runs each item; a queue that one process runs shows no workers at all.
#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/DownloadsView.h"
#include "ui/downloads/WorkersModel.h"
#include "ui/downloads/WorkersPanel.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/SqliteQueueStore.h"
#include "core/net/NetworkAccess.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

TEST(WorkersPanel, ShowsTheWorkersOfASharedQueueTheirSpeedAndWhoRunsWhichItem)
{
    QTemporaryDir dir;
    NetworkAccess network;
    DownloadQueue::Options options;
    options.journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
    const auto noProvider = [](const QString &name) -> Result<Provider *> {
        return Error(ErrorClass::BadInput, QStringLiteral("unknown provider %1").arg(name));
    };
    // The window follows a queue that others run, as it does when workers drain a shared one.
    DownloadQueue others(&network, noProvider, options);
    ASSERT_TRUE(others.open().ok());
    DownloadQueue queue(&network, noProvider, options);
    ASSERT_TRUE(queue.open().ok());
    ASSERT_FALSE(queue.isRunner());
    QueueItemRequest request;
    request.provider = QStringLiteral("http");
    request.scene.link = QUrl(QStringLiteral("http://127.0.0.1:9/a.bin"));
    request.outputFolder = dir.filePath(QStringLiteral("out"));
    const qint64 id = queue.add(request).value();   // queued; nobody here runs it

    DownloadsModel downloads(&queue);
    WorkersModel workers(&queue);
    QAbstractItemModelTester tester(&workers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    DownloadsView view(&downloads, &workers);
    view.resize(900, 500);
    view.show();
    ASSERT_NE(view.workersPanel(), nullptr);
    EXPECT_FALSE(view.workersPanel()->isVisible()) << "no worker has reported: nothing to show";

    // Two machines report to the store, as their heartbeats do; one of them has stopped.
    SqliteQueueStore store(options.journalPath);
    ASSERT_TRUE(store.open().ok());
    QueueWorkerInfo running;
    running.name = QStringLiteral("node-a");
    running.host = QStringLiteral("dl-01");
    running.itemsHeld = 2;
    running.bytesPerSecond = 3 * 1024 * 1024;
    running.bytesFetched = 5LL * 1024 * 1024 * 1024;
    ASSERT_TRUE(store.reportWorker(running, 60).ok());
    QueueWorkerInfo stopped = running;
    stopped.name = QStringLiteral("node-b");
    stopped.host = QStringLiteral("dl-02");
    ASSERT_TRUE(store.reportWorker(stopped, 0).ok());
    ASSERT_EQ(store.claimItems(QStringLiteral("node-a"), 60, 1).value(), QList<qint64>{id});

    view.workersPanel()->refresh();
    EXPECT_TRUE(view.workersPanel()->isVisible());
    ASSERT_EQ(workers.rowCount(), 2);
    EXPECT_EQ(workers.index(0, WorkersModel::Name).data().toString(), QStringLiteral("node-a"));
    EXPECT_EQ(workers.index(0, WorkersModel::Host).data().toString(), QStringLiteral("dl-01"));
    EXPECT_EQ(workers.index(0, WorkersModel::Status).data().toString(), QStringLiteral("Running"));
    EXPECT_EQ(workers.index(0, WorkersModel::Items).data().toString(), QStringLiteral("2"));
    EXPECT_TRUE(workers.index(0, WorkersModel::Speed).data().toString().startsWith(QStringLiteral("3"))) << "3 MiB/s";
    EXPECT_TRUE(workers.index(1, WorkersModel::Status).data().toString().startsWith(QStringLiteral("Stopped")));
    EXPECT_TRUE(workers.index(1, WorkersModel::Speed).data().toString().isEmpty()) << "a stopped worker has no speed";
    EXPECT_TRUE(view.workersPanel()->summary().contains(QStringLiteral("1 running"))) << view.workersPanel()->summary().toStdString();
    EXPECT_TRUE(view.workersPanel()->summary().contains(workers.index(0, WorkersModel::Speed).data().toString()))
        << view.workersPanel()->summary().toStdString();

    // The queue's view follows the store: the item shows the worker that holds it.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const QModelIndex state = downloads.index(0, DownloadsModel::State);
        return state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("node-a"));
    }, 10000)) << "the item does not say which worker runs it";
}

// A window set to only watch the shared queue says so, also before any worker has reported: the
// queue waits for a worker, and nothing is downloaded by this computer.
TEST(WorkersPanel, AWatchingWindowSaysTheQueueWaitsForAWorker)
{
    QTemporaryDir dir;
    NetworkAccess network;
    DownloadQueue::Options options;
    options.journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
    options.watchOnly = true;
    const auto noProvider = [](const QString &name) -> Result<Provider *> {
        return Error(ErrorClass::BadInput, QStringLiteral("unknown provider %1").arg(name));
    };
    DownloadQueue queue(&network, noProvider, options);
    ASSERT_TRUE(queue.open().ok());
    EXPECT_FALSE(queue.isRunner()) << "nothing else runs the queue, and still this program does not";
    QueueItemRequest request;
    request.provider = QStringLiteral("http");
    request.scene.link = QUrl(QStringLiteral("http://127.0.0.1:9/a.bin"));
    request.outputFolder = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(queue.add(request).ok());
    DownloadsModel downloads(&queue);
    WorkersModel workers(&queue);
    DownloadsView view(&downloads, &workers);
    view.show();
    ASSERT_NE(view.workersPanel(), nullptr);
    EXPECT_TRUE(view.workersPanel()->isVisible());
    EXPECT_TRUE(view.workersPanel()->summary().contains(QStringLiteral("0 running"))) << view.workersPanel()->summary().toStdString();
    EXPECT_TRUE(view.workersPanel()->summary().contains(QStringLiteral("waits for a worker"))) << view.workersPanel()->summary().toStdString();

    SqliteQueueStore store(options.journalPath);
    ASSERT_TRUE(store.open().ok());
    QueueWorkerInfo running;
    running.name = QStringLiteral("node-a");
    running.host = QStringLiteral("dl-01");
    ASSERT_TRUE(store.reportWorker(running, 60).ok());
    view.workersPanel()->refresh();
    EXPECT_TRUE(view.workersPanel()->summary().contains(QStringLiteral("1 running"))) << view.workersPanel()->summary().toStdString();
    EXPECT_TRUE(view.workersPanel()->summary().contains(QStringLiteral("only watches"))) << view.workersPanel()->summary().toStdString();
    EXPECT_FALSE(view.workersPanel()->summary().contains(QStringLiteral("waits for a worker")));
}

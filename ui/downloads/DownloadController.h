#pragma once

#include "core/model/SceneResult.h"

#include <QObject>

#include <functional>

class QAction;
class QSystemTrayIcon;

namespace eoc {
class DownloadQueue;
class Settings;
}

namespace eoc::ui {

class DownloadsModel;
class DownloadsView;

// Owns the download actions: enqueue results, pause/resume/cancel/retry one or all, open the
// containing folder; reports totals and tells the desktop when a batch has finished.
class DownloadController final : public QObject
{
    Q_OBJECT
public:
    DownloadController(DownloadQueue *queue, Settings *settings, DownloadsModel *model, DownloadsView *view,
                       QObject *parent = nullptr);

    // Adds each result to the queue, in the configured output folder and layout.
    void enqueue(const QList<SceneResult> &results);
    QString totalsText() const;
    QAction *openFolderAction() const { return m_openFolder; }
    // How a folder is shown (default: the desktop's file manager); false when nothing could.
    void setFolderOpener(std::function<bool(const QString &folder)> opener) { m_folderOpener = std::move(opener); }

Q_SIGNALS:
    void totalsChanged(const QString &text);
    void failed(const eoc::Error &error);
    void batchFinished(int done, int failed);

private:
    void applyToSelection(Status (DownloadQueue::*action)(qint64));
    void openFolder();
    void sayFolderNotOpened(const QString &folder);
    void updateActions();
    void onIdle();

    DownloadQueue *m_queue = nullptr;
    Settings *m_settings = nullptr;
    DownloadsModel *m_model = nullptr;
    DownloadsView *m_view = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_pauseAll = nullptr;
    QAction *m_resumeAll = nullptr;
    QAction *m_openFolder = nullptr;
    std::function<bool(const QString &)> m_folderOpener;
    QSystemTrayIcon *m_tray = nullptr;
    int m_doneAtBatchStart = 0;
    int m_failedAtBatchStart = 0;
    bool m_batchRunning = false;
};

} // namespace eoc::ui

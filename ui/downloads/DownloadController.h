#pragma once

#include "core/model/SceneResult.h"
#include "ui/app/FolderOpener.h"

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
    void setFolderOpener(FolderOpener opener) { m_folderOpener = std::move(opener); }

    // What to do with partial data when the user cancels downloads that have some.
    enum class CancelChoice { KeepPartial, Discard, DontCancel };
    // Asked with the number of items that have partial data and its total size; the default
    // asks with a message box.
    using CancelQuestion = std::function<CancelChoice(int items, qint64 bytes)>;
    void setCancelQuestion(CancelQuestion question) { m_cancelQuestion = std::move(question); }
    // Cancels the selected downloads; nothing already downloaded is deleted without asking:
    // keeping it pauses them instead.
    void cancelSelected();
    // The details of the first selected download, in a dialog.
    void showDetails();

    // Queue management: remove the selection (asking before partial data goes), remove every
    // finished download from the list (their files stay), retry every failed one, and move the
    // selection one place up (step < 0) or down (step > 0) in the order downloads start, the
    // way dragging the rows does.
    void removeSelected();
    void clearFinished();
    void retryFailed();
    void moveSelection(int step);

    // What to do with running downloads when the application quits.
    enum class QuitChoice { HandOver, PauseAndQuit, DontQuit };
    using QuitQuestion = std::function<QuitChoice(int running)>;
    void setQuitQuestion(QuitQuestion question) { m_quitQuestion = std::move(question); }
    // Whether the application may quit now. Asks when this process runs downloads that are not
    // finished; pausing them is done here. HandOver leaves them queued: the queue hands them
    // back when it is destroyed, so another process waiting for them (or the next start)
    // continues them from their partial files.
    bool confirmQuit();

Q_SIGNALS:
    void totalsChanged(const QString &text);
    void failed(const eoc::Error &error);
    void batchFinished(int done, int failed);

private:
    void applyToSelection(Status (DownloadQueue::*action)(qint64));
    void applyTo(const QList<qint64> &ids, Status (DownloadQueue::*action)(qint64));
    CancelChoice askAboutPartialData(int items, qint64 bytes) const;
    // The selected, unfinished items, and whether the user lets their partial data go.
    CancelChoice confirmDiscard(const QList<qint64> &ids);
    QuitChoice askAboutQuitting(int running) const;
    void openFolder();
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
    FolderOpener m_folderOpener;
    QAction *m_details = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_clearFinished = nullptr;
    QAction *m_retryFailed = nullptr;
    QAction *m_priorityUp = nullptr;
    QAction *m_priorityDown = nullptr;
    CancelQuestion m_cancelQuestion;
    QuitQuestion m_quitQuestion;
    QSystemTrayIcon *m_tray = nullptr;
    int m_doneAtBatchStart = 0;
    int m_failedAtBatchStart = 0;
    bool m_batchRunning = false;
};

} // namespace eoc::ui

#include "ui/downloads/DownloadController.h"

#include "ui/app/FolderOpener.h"
#include "ui/app/UiSettings.h"
#include "ui/downloads/DownloadDetailsDialog.h"
#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/DownloadsView.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/model/ByteSize.h"
#include "core/settings/Settings.h"

#include <QLocale>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QUrl>

namespace eoc::ui {

DownloadController::DownloadController(DownloadQueue *queue, Settings *settings, DownloadsModel *model,
                                       DownloadsView *view, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_settings(settings)
    , m_model(model)
    , m_view(view)
{
    const auto make = [this](const char *icon, const QString &text, const QString &tip) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))), text, this);
        action->setToolTip(tip);
        return action;
    };
    m_pause = make("pause", tr("Pause"), tr("Pause the selected downloads, keeping what has arrived"));
    m_resume = make("resume", tr("Resume"), tr("Resume the selected downloads"));
    m_cancel = make("cancel", tr("Cancel"), tr("Cancel the selected downloads (asks before deleting partial files)"));
    m_retry = make("retry", tr("Retry"), tr("Start the selected failed or cancelled downloads again"));
    m_pauseAll = make("pause", tr("Pause all"), tr("Pause every download"));
    m_resumeAll = make("resume", tr("Resume all"), tr("Resume every paused download"));
    m_openFolder = make("folder", tr("Open folder"), tr("Open the folder the selected download is saved in"));
    m_details = new QAction(tr("Details…"), this);
    m_details->setToolTip(tr("The state, the full reason of a failure, what to do, and the files of the selected download"));
    connect(m_pause, &QAction::triggered, this, [this] { applyToSelection(&DownloadQueue::pause); });
    connect(m_resume, &QAction::triggered, this, [this] { applyToSelection(&DownloadQueue::resume); });
    connect(m_cancel, &QAction::triggered, this, &DownloadController::cancelSelected);
    connect(m_retry, &QAction::triggered, this, [this] { applyToSelection(&DownloadQueue::retry); });
    connect(m_pauseAll, &QAction::triggered, this, [this] { m_queue->pauseAll(); });
    connect(m_resumeAll, &QAction::triggered, this, [this] { m_queue->resumeAll(); });
    connect(m_openFolder, &QAction::triggered, this, &DownloadController::openFolder);
    connect(m_details, &QAction::triggered, this, &DownloadController::showDetails);
    m_remove = new QAction(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected downloads from the list (asks before deleting partial files)"));
    m_clearFinished = new QAction(tr("Clear finished"), this);
    m_clearFinished->setToolTip(tr("Remove every finished download from the list; the files stay"));
    m_retryFailed = make("retry", tr("Retry failed"), tr("Start every failed download again"));
    m_priorityUp = new QAction(tr("Start sooner"), this);
    m_priorityDown = new QAction(tr("Start later"), this);
    connect(m_remove, &QAction::triggered, this, &DownloadController::removeSelected);
    connect(m_clearFinished, &QAction::triggered, this, &DownloadController::clearFinished);
    connect(m_retryFailed, &QAction::triggered, this, &DownloadController::retryFailed);
    connect(m_priorityUp, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(m_priorityDown, &QAction::triggered, this, [this] { moveSelection(1); });
    connect(m_model, &DownloadsModel::moveFailed, this, &DownloadController::failed);

    for (QAction *a : {m_pause, m_resume, m_cancel, m_retry})
        m_view->toolBar()->addAction(a);
    m_view->toolBar()->addSeparator();
    m_view->toolBar()->addAction(m_pauseAll);
    m_view->toolBar()->addAction(m_resumeAll);
    m_view->toolBar()->addAction(m_retryFailed);
    m_view->toolBar()->addAction(m_clearFinished);
    m_view->toolBar()->addSeparator();
    m_view->toolBar()->addAction(m_openFolder);
    for (QAction *a : {m_details, m_pause, m_resume, m_cancel, m_retry, m_remove, m_priorityUp, m_priorityDown,
                       m_openFolder})
        m_view->table()->addAction(a);
    connect(m_view, &DownloadsView::selectionChanged, this, &DownloadController::updateActions);
    connect(m_view->table(), &QTableView::doubleClicked, this, &DownloadController::showDetails);

    if (m_queue) {
        connect(m_queue, &DownloadQueue::totalsChanged, this, [this] { Q_EMIT totalsChanged(totalsText()); });
        connect(m_queue, &DownloadQueue::itemChanged, this, &DownloadController::updateActions);
        connect(m_queue, &DownloadQueue::idle, this, &DownloadController::onIdle);
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/eo-collector.svg")), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    updateActions();
}

QString DownloadController::totalsText() const
{
    if (!m_queue)
        return {};
    const QueueTotals t = m_queue->totals();
    if (t.items == 0)
        return {};
    QString text = tr("Downloads: %1 active, %2 queued, %3 done").arg(t.active).arg(t.waiting).arg(t.done);
    if (t.failed > 0)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, t.failed);
    if (t.bytesPerSecond > 0)
        text += QStringLiteral(" · ") + tr("%1/s").arg(formatByteSize(qint64(t.bytesPerSecond), QLocale()));
    return text;
}

void DownloadController::enqueue(const QList<SceneResult> &results)
{
    if (!m_queue || results.isEmpty())
        return;
    const QString folder = m_settings ? settingValue(*m_settings, ui_settings::kOutputFolder) : QDir::homePath();
    const QueueLayout layout = m_settings ? queueLayoutFromName(settingValue(*m_settings, ui_settings::kLayout))
                                                .value_or(QueueLayout::Flat)
                                          : QueueLayout::Flat;
    if (layout == QueueLayout::Bdc && m_settings)
        m_queue->setBdcVersion(settingValue(*m_settings, ui_settings::kBdcVersion).trimmed());
    if (!m_batchRunning) {
        const QueueTotals t = m_queue->totals();
        m_doneAtBatchStart = t.done;
        m_failedAtBatchStart = t.failed;
        m_batchRunning = true;
    }
    for (const SceneResult &result : results) {
        QueueItemRequest request;
        request.provider = result.provider;
        request.scene = result;
        request.outputFolder = folder;
        request.layout = layout;
        const Result<qint64> added = m_queue->add(request);
        if (!added) {
            Q_EMIT failed(added.error());
            return;
        }
    }
}

void DownloadController::applyToSelection(Status (DownloadQueue::*action)(qint64))
{
    applyTo(m_view->selectedIds(), action);
}

void DownloadController::applyTo(const QList<qint64> &ids, Status (DownloadQueue::*action)(qint64))
{
    for (qint64 id : ids) {
        const Status status = (m_queue->*action)(id);
        if (!status)
            Q_EMIT failed(status.error());
    }
    updateActions();
}

DownloadController::CancelChoice DownloadController::confirmDiscard(const QList<qint64> &ids)
{
    int withData = 0;
    qint64 bytes = 0;
    for (qint64 id : ids) {
        const std::optional<QueueItemInfo> info = m_queue->item(id);
        if (info && info->state != QueueState::Done && info->wish != QueueWish::Cancelled && info->bytesDone > 0) {
            ++withData;
            bytes += info->bytesDone;
        }
    }
    if (withData == 0)
        return CancelChoice::Discard;
    return m_cancelQuestion ? m_cancelQuestion(withData, bytes) : askAboutPartialData(withData, bytes);
}

void DownloadController::cancelSelected()
{
    QList<qint64> ids;
    for (qint64 id : m_view->selectedIds()) {
        const std::optional<QueueItemInfo> info = m_queue->item(id);
        if (info && info->state != QueueState::Done && info->wish != QueueWish::Cancelled)
            ids << id;
    }
    if (ids.isEmpty())
        return;
    switch (confirmDiscard(ids)) {
    case CancelChoice::KeepPartial: applyTo(ids, &DownloadQueue::pause); break;
    case CancelChoice::Discard: applyTo(ids, &DownloadQueue::cancel); break;
    case CancelChoice::DontCancel: break;
    }
}

void DownloadController::removeSelected()
{
    const QList<qint64> ids = m_view->selectedIds();
    if (ids.isEmpty())
        return;
    switch (confirmDiscard(ids)) {
    case CancelChoice::KeepPartial: applyTo(ids, &DownloadQueue::pause); break;
    case CancelChoice::Discard: applyTo(ids, &DownloadQueue::remove); break;
    case CancelChoice::DontCancel: break;
    }
}

void DownloadController::clearFinished()
{
    QList<qint64> done;
    for (const QueueItemInfo &info : m_queue->items()) {
        if (info.state == QueueState::Done)
            done << info.id;
    }
    applyTo(done, &DownloadQueue::remove);
}

void DownloadController::retryFailed()
{
    QList<qint64> failedIds;
    for (const QueueItemInfo &info : m_queue->items()) {
        if (info.state == QueueState::Failed && info.wish != QueueWish::Cancelled)
            failedIds << info.id;
    }
    applyTo(failedIds, &DownloadQueue::retry);
}

void DownloadController::moveSelection(int step)
{
    if (!m_queue || step == 0)
        return;
    const QList<QueueItemInfo> order = m_queue->items();
    const QList<qint64> selectedIds = m_view->selectedIds();
    QList<qint64> moving;
    QList<int> at;
    for (int i = 0; i < order.size(); ++i) {
        if (selectedIds.contains(order.at(i).id)) {
            moving << order.at(i).id;
            at << i;
        }
    }
    if (moving.isEmpty())
        return;
    qint64 before = 0;
    if (step < 0) {
        if (at.first() == 0)
            return;
        before = order.at(at.first() - 1).id;
    } else {
        if (at.last() + 1 >= order.size())
            return;
        before = at.last() + 2 < order.size() ? order.at(at.last() + 2).id : 0;
    }
    if (const Status status = m_queue->moveBefore(moving, before); !status)
        Q_EMIT failed(status.error());
}

DownloadController::CancelChoice DownloadController::askAboutPartialData(int items, qint64 bytes) const
{
    QMessageBox box(QMessageBox::Question, tr("Cancel downloads"),
                    tr("%n of the selected download(s) already have data on disk (%1 in all).", nullptr, items)
                        .arg(formatByteSize(bytes, QLocale())),
                    QMessageBox::NoButton, m_view);
    box.setInformativeText(tr("Keep it to resume later (the downloads are paused), or delete it?"));
    QPushButton *keep = box.addButton(tr("Keep and pause"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Delete partial data"), QMessageBox::DestructiveRole);
    QPushButton *back = box.addButton(tr("Don't cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == keep)
        return CancelChoice::KeepPartial;
    if (box.clickedButton() == discard)
        return CancelChoice::Discard;
    return CancelChoice::DontCancel;
}

bool DownloadController::confirmQuit()
{
    if (!m_queue || !m_queue->isRunner() || m_queue->isIdle())
        return true;
    const QueueTotals t = m_queue->totals();
    const int running = t.active + t.waiting;
    if (running == 0)
        return true;
    const QuitChoice choice = m_quitQuestion ? m_quitQuestion(running) : askAboutQuitting(running);
    switch (choice) {
    case QuitChoice::HandOver: return true;
    case QuitChoice::PauseAndQuit: m_queue->pauseAll(); return true;
    case QuitChoice::DontQuit: return false;
    }
    return false;
}

DownloadController::QuitChoice DownloadController::askAboutQuitting(int running) const
{
    QMessageBox box(QMessageBox::Question, tr("Quit"),
                    tr("%n download(s) are not finished.", nullptr, running), QMessageBox::NoButton,
                    m_view ? m_view->window() : nullptr);
    box.setInformativeText(tr("They keep their partial files either way. Left queued, another eo-collector "
                              "process waiting for them continues them now, otherwise the next start of "
                              "the application or of \"queue run\" does. Paused, they wait until you resume them."));
    QPushButton *handOver = box.addButton(tr("Quit, leave them queued"), QMessageBox::AcceptRole);
    QPushButton *pause = box.addButton(tr("Pause them and quit"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("Don't quit"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == handOver)
        return QuitChoice::HandOver;
    if (box.clickedButton() == pause)
        return QuitChoice::PauseAndQuit;
    return QuitChoice::DontQuit;
}

void DownloadController::showDetails()
{
    const QList<qint64> ids = m_view->selectedIds();
    if (ids.isEmpty())
        return;
    const std::optional<QueueItemInfo> info = m_queue->item(ids.first());
    if (!info)
        return;
    auto *dialog = new DownloadDetailsDialog(*info, m_model->providerTitle(info->provider), m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DownloadController::openFolder()
{
    const QList<qint64> ids = m_view->selectedIds();
    if (ids.isEmpty())
        return;
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return;
    const QueueItemInfo &info = m_model->info(row);
    QString folder = info.outputFolder;
    if (!info.files.isEmpty())
        folder = QFileInfo(info.files.first().done ? info.files.first().finalPath : info.files.first().partPath).absolutePath();
    showFolder(folder, m_folderOpener, m_view);
}

void DownloadController::updateActions()
{
    bool canPause = false, canResume = false, canCancel = false, canRetry = false;
    for (qint64 id : m_view->selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QueueItemInfo &info = m_model->info(row);
        const bool finished = info.state == QueueState::Done;
        canPause |= !finished && info.wish == QueueWish::Queued;
        canResume |= !finished && info.wish == QueueWish::Paused;
        canCancel |= !finished && info.wish != QueueWish::Cancelled;
        canRetry |= info.state == QueueState::Failed || info.wish == QueueWish::Cancelled;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_cancel->setEnabled(canCancel);
    m_retry->setEnabled(canRetry);
    m_openFolder->setEnabled(!m_view->selectedIds().isEmpty());
    const bool selected = !m_view->selectedIds().isEmpty();
    m_details->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_priorityUp->setEnabled(selected);
    m_priorityDown->setEnabled(selected);
    const bool any = m_queue && m_queue->totals().items > 0;
    m_pauseAll->setEnabled(any);
    m_resumeAll->setEnabled(any);
}

void DownloadController::onIdle()
{
    if (!m_batchRunning)
        return;
    m_batchRunning = false;
    const QueueTotals t = m_queue->totals();
    const int done = t.done - m_doneAtBatchStart;
    const int failedCount = t.failed - m_failedAtBatchStart;
    Q_EMIT batchFinished(done, failedCount);
    const QString message = failedCount > 0 ? tr("%1 done, %2 failed.").arg(done).arg(failedCount)
                                             : tr("%n scene(s) downloaded.", nullptr, done);
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(tr("Downloads finished"), message,
                            failedCount > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else {
        // No notification area: the status bar's downloads text says it until the next change.
        Q_EMIT totalsChanged(tr("Downloads finished: %1").arg(message));
    }
}

} // namespace eoc::ui

#include "ui/archive/ArchiveController.h"

#include "ui/app/Resources.h"
#include "ui/app/UiSettings.h"
#include "ui/archive/ArchiveModel.h"
#include "ui/archive/ArchiveView.h"

#include "core/archive/ArchiveIndex.h"
#include "core/archive/ArchiveScan.h"
#include "core/archive/DownloadRecords.h"
#include "core/model/ByteSize.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <limits>

namespace eoc::ui {

namespace {

// What a worker hands back: the products it read, or why it could not.
struct ArchiveJobResult {
    QList<LocalProduct> products;
    Error error;
};

using JobPromise = QPromise<ArchiveJobResult>;

// What the journals recorded of the files under `folder` (their scenes and checksums), read once
// per folder and job; the options point into them, so they live as long.
struct JobChecks {
    Result<DownloadRecords> records;
    ArchiveScanOptions options;
};

// Reads what a job groups and compares with; on failure the job's result is the error.
bool prepareChecks(JobPromise &promise, const QString &folder, const ArchiveController::Config &config, JobChecks &checks)
{
    checks.records = DownloadRecords::readFor(folder, config.journal);
    if (!checks.records) {
        promise.addResult(ArchiveJobResult{{}, checks.records.error()});
        return false;
    }
    checks.options.checkBands = config.checkBands;
    checks.options.records = &checks.records.value();
    return true;
}

} // namespace

// A scan is either stopped before it keeps its list in the index, or keeps it and finishes: a
// Stop that comes while the list is being kept is too late, so a stopped scan never changed the
// index. Shared by the scan's thread and the controller.
class ScanStop
{
public:
    bool stop() { return settle(Stopped); }       // false: too late, the scan is keeping its list
    bool keep() { return settle(Keeping); }       // false: it was stopped
    bool stopped() const { return m_state.load() == Stopped; }

private:
    enum State { Running, Keeping, Stopped };
    bool settle(State to)
    {
        int expected = Running;
        return m_state.compare_exchange_strong(expected, to);
    }
    std::atomic<int> m_state{Running};
};

namespace {

// The products under `folder`, each file the journal recorded compared with its checksum; the
// scan is kept in the index before it is shown, so the index and the tab never disagree.
void scanJob(JobPromise &promise, const QString &folder, const ArchiveController::Config &config,
             const std::shared_ptr<ScanStop> &stop)
{
    JobChecks checks{DownloadRecords(), {}};
    if (!prepareChecks(promise, folder, config, checks))
        return;
    ArchiveScanOptions &options = checks.options;
    int found = 0;
    promise.setProgressRange(0, std::numeric_limits<int>::max());
    options.onProduct = [&promise, &found](const LocalProduct &) { promise.setProgressValue(++found); };
    options.cancelled = [&stop] { return stop->stopped(); };
    const auto products = scanArchive(folder, options);
    if (!products) {
        promise.addResult(ArchiveJobResult{{}, products.error()});
        return;
    }
    if (!stop->keep()) {
        promise.addResult(ArchiveJobResult{{}, Error(ErrorClass::Cancelled, QString())});
        return;
    }
    const Status saved = saveArchiveScan(config.index, {folder, QDateTime::currentDateTimeUtc(), *products});
    promise.addResult(ArchiveJobResult{*products, saved ? Error() : saved.error()});
}

// The products at `productPaths` read and checked again, each kept in the index; the first
// failure is reported, the products that could be checked are still kept.
void reverifyJob(JobPromise &promise, const QStringList &productPaths, const ArchiveController::Config &config)
{
    ArchiveJobResult result;
    for (const QString &path : productPaths) {
        JobChecks checks{DownloadRecords(), {}};
        if (!prepareChecks(promise, QFileInfo(path).absolutePath(), config, checks))
            return;
        const auto product = scanProduct(path, checks.options);
        Status kept = product ? saveProductCheck(config.index, *product) : Status(product.error());
        if (product && kept)
            result.products << *product;
        if (!kept && !result.error.isError()) {
            result.error = Error(kept.error().errorClass,
                                 QCoreApplication::translate("ArchiveController", "%1. Scan its folder again to update the list.")
                                     .arg(kept.error().message));
        }
    }
    promise.addResult(result);
}

} // namespace

ArchiveController::ArchiveController(Settings *settings, ArchiveModel *model, ArchiveView *view, Config config, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_model(model)
    , m_view(view)
    , m_config(std::move(config))
{
    m_scan = new QAction(resourceIcon("search"), tr("Scan folder…"), this);
    m_scan->setToolTip(tr("Find the products in a folder (zips, SAFE folders, scene folders, at any depth), "
                          "open their bands and compare their files with the checksums recorded at download"));
    m_reverify = new QAction(resourceIcon("retry"), tr("Re-verify"), this);
    m_reverify->setToolTip(tr("Check the selected products again: their bands and the checksums of their files"));
    m_stop = new QAction(resourceIcon("cancel"), tr("Stop scan"), this);
    m_stop->setToolTip(tr("Stop the running scan; the list stays as it was"));
    m_openFolder = new QAction(resourceIcon("folder"), tr("Open folder"), this);
    m_openFolder->setToolTip(tr("Show the selected product in the file manager"));
    connect(m_scan, &QAction::triggered, this, &ArchiveController::chooseAndScan);
    connect(m_reverify, &QAction::triggered, this, &ArchiveController::reverifySelected);
    connect(m_stop, &QAction::triggered, this, &ArchiveController::stopScan);
    connect(m_openFolder, &QAction::triggered, this, &ArchiveController::openSelectedFolder);
    for (QAction *action : {m_scan, m_stop, m_reverify, m_openFolder})
        m_view->toolBar()->addAction(action);
    for (QAction *action : {m_reverify, m_openFolder})
        m_view->table()->addAction(action);
    connect(m_view, &ArchiveView::selectionChanged, this, [this] {
        updateActions();
        const QList<int> rows = m_view->selectedRows();
        if (rows.size() == 1)
            Q_EMIT productChosen(m_model->product(rows.first()));
    });
    connect(m_view, &ArchiveView::rowActivated, this, [this](int row) { Q_EMIT productChosen(m_model->product(row)); });
    updateActions();
}

void ArchiveController::loadIndex()
{
    const auto entries = loadArchiveIndex(m_config.index);
    if (!entries) {
        Q_EMIT failed(entries.error());
        return;
    }
    m_scannedFolders.clear();
    for (const ArchiveIndexEntry &entry : *entries)
        m_scannedFolders << QDir::toNativeSeparators(entry.folder);
    showProducts(indexedProducts(*entries));
}

void ArchiveController::showProducts(const QList<LocalProduct> &products)
{
    m_model->setProducts(products);
    productsShown();
}

void ArchiveController::productsShown()
{
    const QList<LocalProduct> &products = m_model->products();
    if (products.isEmpty() && m_scannedFolders.isEmpty()) {
        m_view->setSummary(tr("No product is known yet: “Scan folder…” lists what is on disk."));
    } else if (products.isEmpty()) {
        m_view->setSummary(tr("No product found in %1. A scan finds zips, .SAFE folders, scene folders and "
                              "the files this program downloaded.")
                               .arg(m_scannedFolders.join(QStringLiteral(", "))));
    } else {
        QString text = tr("%n product(s), %1 on disk", nullptr, int(products.size()))
                           .arg(formatByteSize(m_model->totalBytes(), QLocale()));
        if (const int damaged = m_model->damagedCount(); damaged > 0)
            text += QStringLiteral(" · ") + tr("%n damaged", nullptr, damaged);
        m_view->setSummary(text);
    }
    updateActions();
    Q_EMIT productsChanged(products);
}

void ArchiveController::chooseAndScan()
{
    const QString start = m_settings ? settingValue(*m_settings, ui_settings::kOutputFolder) : QDir::homePath();
    const QString folder = m_chooseFolder ? m_chooseFolder(start)
                                          : QFileDialog::getExistingDirectory(m_view, tr("Scan folder"), start);
    if (!folder.isEmpty())
        scanFolder(folder);
}

void ArchiveController::scanFolder(const QString &folder)
{
    if (m_busy)
        return;
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    setBusy(true, tr("Scanning %1…").arg(shown));
    auto *watcher = new QFutureWatcher<ArchiveJobResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, shown](int found) {
        setBusy(true, tr("Scanning %1… %n product(s) found", nullptr, found).arg(shown));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, shown] {
        watcher->deleteLater();
        m_scanWatcher = nullptr;
        setBusy(false);
        m_scanStop.reset();
        const ArchiveJobResult result = watcher->future().resultCount() > 0 ? watcher->result() : ArchiveJobResult{};
        if (watcher->future().resultCount() == 0 || result.error.errorClass == ErrorClass::Cancelled) {
            Q_EMIT failed(Error(ErrorClass::Cancelled, tr("The scan of %1 was stopped; the list is as it was").arg(shown)));
            return;
        }
        if (result.error.isError()) {
            Q_EMIT failed(result.error);
            return;
        }
        loadIndex();
        const auto damaged = std::count_if(result.products.begin(), result.products.end(),
                                           [](const LocalProduct &p) { return !p.problems.isEmpty(); });
        Q_EMIT finished(int(result.products.size()), int(damaged));
    });
    m_scanWatcher = watcher;
    m_scanStop = std::make_shared<ScanStop>();
    watcher->setFuture(QtConcurrent::run(scanJob, absolute, m_config, m_scanStop));
    updateActions();
}

void ArchiveController::stopScan()
{
    if (m_scanStop)
        m_scanStop->stop();
}

void ArchiveController::reverifySelected()
{
    if (m_busy)
        return;
    QStringList paths;
    for (int row : m_view->selectedRows())
        paths << m_model->product(row).path;
    if (paths.isEmpty())
        return;
    setBusy(true, tr("Checking %n product(s)…", nullptr, int(paths.size())));
    auto *watcher = new QFutureWatcher<ArchiveJobResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const ArchiveJobResult result = watcher->result();
        setBusy(false);
        // Row by row: the selection stays, for another look or another check.
        for (const LocalProduct &product : result.products)
            m_model->updateProduct(product);
        productsShown();
        if (result.error.isError()) {
            Q_EMIT failed(result.error);
            return;
        }
        const auto damaged = std::count_if(result.products.begin(), result.products.end(),
                                           [](const LocalProduct &p) { return !p.problems.isEmpty(); });
        Q_EMIT finished(int(result.products.size()), int(damaged));
    });
    watcher->setFuture(QtConcurrent::run(reverifyJob, paths, m_config));
}

void ArchiveController::openSelectedFolder()
{
    const QList<int> rows = m_view->selectedRows();
    if (rows.isEmpty())
        return;
    const LocalProduct &product = m_model->product(rows.first());
    showFolder(product.folder(), m_openFolderWith, m_view);
}

void ArchiveController::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (busy)
        m_view->showBusy(text);
    else
        m_view->hideBusy();
    updateActions();
}

void ArchiveController::updateActions()
{
    const bool selected = !m_view->selectedRows().isEmpty();
    m_scan->setEnabled(!m_busy);
    m_stop->setEnabled(m_scanWatcher != nullptr);
    m_reverify->setEnabled(!m_busy && selected);
    m_openFolder->setEnabled(selected);
}

} // namespace eoc::ui

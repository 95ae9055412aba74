#pragma once

#include "core/archive/LocalProduct.h"
#include "core/model/Error.h"
#include "ui/app/FolderOpener.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QFutureWatcherBase;

namespace eoc {
class Settings;
}

namespace eoc::ui {

class ArchiveModel;
class ArchiveView;
class ScanStop;

// Owns the Archive tab's actions: scan a folder for the products already on disk, check the
// selected products again, open their folder. Scans and checks run on a worker thread (they open
// every band and hash the files the download journal recorded), and what they find is kept in
// the archive index, which the tab shows.
class ArchiveController final : public QObject
{
    Q_OBJECT
public:
    struct Config {
        QString index;     // the archive index (defaultArchiveIndexPath())
        QString journal;   // the download journal, read for its checksums (DownloadQueue::defaultJournalPath())
        // Open every band with GDAL, as `archive scan` does; tests whose bands are no rasters
        // turn it off.
        bool checkBands = true;
    };
    ArchiveController(Settings *settings, ArchiveModel *model, ArchiveView *view, Config config, QObject *parent = nullptr);

    QAction *scanAction() const { return m_scan; }
    QAction *reverifyAction() const { return m_reverify; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *stopAction() const { return m_stop; }

    // Shows what the index holds; a damaged index is reported through failed().
    void loadIndex();
    // Scans `folder` off the GUI thread, keeps the result in the index and shows it.
    void scanFolder(const QString &folder);
    // Stops a running scan; the index and the table stay as they were.
    void stopScan();
    // Checks the selected products again, off the GUI thread.
    void reverifySelected();
    void openSelectedFolder();
    bool isBusy() const { return m_busy; }

    // Asks which folder to scan, starting at `start` (default: a folder dialog); empty: none.
    using FolderChooser = std::function<QString(const QString &start)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setFolderOpener(FolderOpener opener) { m_openFolderWith = std::move(opener); }

Q_SIGNALS:
    // The products on disk changed (loaded, scanned, checked again): for the results' marks.
    void productsChanged(const QList<eoc::LocalProduct> &products);
    // One product is selected: the window may show the search result of the same scene.
    void productChosen(const eoc::LocalProduct &product);
    void failed(const eoc::Error &error);
    // A scan or check ended; `found` products, `damaged` of them damaged. Not sent when it failed.
    void finished(int found, int damaged);

private:
    void chooseAndScan();
    void setBusy(bool busy, const QString &text = {});
    void showProducts(const QList<LocalProduct> &products);
    // The summary, the actions and the results' marks follow the table's products.
    void productsShown();
    void updateActions();

    Settings *m_settings = nullptr;
    ArchiveModel *m_model = nullptr;
    ArchiveView *m_view = nullptr;
    Config m_config;
    QStringList m_scannedFolders;   // the index's folders, for the summary when none holds a product
    QAction *m_scan = nullptr;
    QAction *m_reverify = nullptr;
    QAction *m_stop = nullptr;
    QFutureWatcherBase *m_scanWatcher = nullptr;   // the running scan
    std::shared_ptr<ScanStop> m_scanStop;          // for stopping it
    QAction *m_openFolder = nullptr;
    FolderChooser m_chooseFolder;
    FolderOpener m_openFolderWith;
    bool m_busy = false;
};

} // namespace eoc::ui

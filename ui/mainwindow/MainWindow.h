#pragma once

#include "core/provider/Provider.h"

#include <QMainWindow>
#include <QThreadPool>

class QLabel;
class QSplitter;
class QTabWidget;

namespace eoc {
class CredentialStore;
class DownloadQueue;
class NetworkAccess;
class Provider;
class ProviderRegistry;
class Settings;
}

namespace eoc::ui {

class AccountCheckController;
class ArchiveController;
class AssetPickerController;
class DownloadController;
class DownloadsModel;
class DownloadsView;
class FirstRunGuide;
class MapWidget;
class ResultDetailsPanel;
class ResultsExporter;
class ResultsMapBinding;
class ResultsModel;
class ResultsView;
class SearchController;
class SearchPanel;

// The core objects the window works with; owned by the composition root (app/gui/main.cpp).
struct AppContext {
    Settings *settings = nullptr;
    NetworkAccess *network = nullptr;
    ProviderRegistry *registry = nullptr;
    CredentialStore *credentials = nullptr;    // may be null: anonymous use only
    DownloadQueue *queue = nullptr;            // may be null: no downloads view
};

// Arranges the map, search panel, results and downloads and holds the application-wide actions;
// the work itself is done by the controllers and models it wires together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    MapWidget *map() const { return m_map; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    ResultsModel *resultsModel() const { return m_results; }
    ResultsView *resultsView() const { return m_resultsView; }
    SearchController *searchController() const { return m_search; }
    QTabWidget *bottomTabs() const { return m_tabs; }
    DownloadsView *downloadsView() const { return m_downloadsView; }
    DownloadController *downloadController() const { return m_downloads; }
    AssetPickerController *assetPicker() const { return m_assetPicker; }
    ArchiveController *archiveController() const { return m_archive; }

    // Applies map settings (tile server, cache size) after the settings changed.
    void applySettings();
    // Help → Getting started; the composition root opens it by itself on the first start.
    FirstRunGuide *showGuide();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createSearchColumn();
    void createActions();
    void createMenus();
    void restoreUiState();
    // The results of the last search, as they were when it ended (session restore).
    void restoreLastResults();
    void saveLastResults();
    void saveUiState() const;
    void openRegionFile();
    void showAccounts();
    void showSettings();
    void showAbout();
    void createHelpMenu();
    QMenu *createBasemapMenu();
    // Map menu: the point-and-radius tool and the graticule switch.
    void addRegionHelpActions(QMenu *map);
    // Search menu: save the current search under a name, and the list of saved ones.
    void addSavedSearchActions(QMenu *search);
    void showShortcuts();
    void exportResults(bool selectedOnly);
    void showQuicklook(int row);
    void updateStatus();
    void refreshCollectionsIfEndpointsChanged();
    void createDetailsPanel();
    void showProviderTitles(const QList<Provider *> &providers);

    AppContext m_context;
    ProviderContext m_providerContext;
    MapWidget *m_map = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    ResultsModel *m_results = nullptr;
    QThreadPool m_lastResultsWriter;   // one thread: writes land in the order of the searches
    ResultsView *m_resultsView = nullptr;
    ResultsMapBinding *m_binding = nullptr;
    ResultsExporter *m_exporter = nullptr;
    SearchController *m_search = nullptr;
    AssetPickerController *m_assetPicker = nullptr;
    DownloadsModel *m_downloadsModel = nullptr;
    DownloadsView *m_downloadsView = nullptr;
    DownloadController *m_downloads = nullptr;
    AccountCheckController *m_accountCheck = nullptr;
    ArchiveController *m_archive = nullptr;
    QLabel *m_downloadStatus = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_mapSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResultDetailsPanel *m_details = nullptr;
    QLabel *m_coordinates = nullptr;
    QLabel *m_resultStatus = nullptr;
    QString m_endpoints;       // the providers' endpoint settings the collection lists are from

    QAction *m_boxTool = nullptr;
    QAction *m_polygonTool = nullptr;
    QAction *m_openRegion = nullptr;
    QAction *m_clearRegion = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomResults = nullptr;
    QAction *m_tilesToggle = nullptr;
    QAction *m_download = nullptr;
    QAction *m_export = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_about = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace eoc::ui

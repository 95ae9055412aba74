#include "ui/mainwindow/MainWindow.h"

#include "core/provider/SourcePolicy.h"

#include "ui/accounts/AccountCheckController.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/app/AboutDialog.h"
#include "ui/app/BasemapMenu.h"
#include "ui/app/ErrorBanner.h"
#include "ui/app/Resources.h"
#include "ui/app/SavedSearchesActions.h"
#include "ui/app/UiSettings.h"
#include "ui/archive/ArchiveTab.h"
#include "ui/downloads/DownloadController.h"
#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/DownloadsView.h"
#include "ui/downloads/WorkersModel.h"
#include "ui/help/FirstRunGuide.h"
#include "ui/help/ShortcutList.h"
#include "ui/map/FootprintLayer.h"
#include "ui/map/Footprints.h"
#include "ui/map/GraticuleLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/map/QuicklookLayer.h"
#include "ui/quicklook/ThumbnailCache.h"
#include "ui/results/ResultDetailsPanel.h"
#include "ui/results/AssetPickerController.h"
#include "ui/results/LastResults.h"
#include "ui/results/ResultsExporter.h"
#include "ui/results/ResultsMapBinding.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"
#include "ui/settings/SettingsDialog.h"

#include "core/auth/CredentialStore.h"
#include "core/net/NetworkSettings.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace eoc::ui {

namespace {

// The Downloads table's column layout; its name changes when the columns do (the Problem column
// moved next to State), since a header restores widths by column number.
const QString kDownloadsHeaderKey = QStringLiteral("downloads/header-v2");
// Likewise for the results: v2 added the On disk column beside the scene.
const QString kResultsHeaderKey = QStringLiteral("results/header-v2");

QSettings uiState()
{
    // Window geometry and column layouts: not settings a user edits, so kept apart from them.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QSettings(QDir(folder).filePath(QStringLiteral("ui-state.ini")), QSettings::IniFormat);
}

} // namespace

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    initResources();
    setWindowTitle(tr("EO Collector"));
    setWindowIcon(resourceIcon("eo-collector"));
    m_providerContext.network = context.network;
    m_providerContext.settings = context.settings;
    m_providerContext.credentials = context.credentials;

    if (context.credentials)
        m_accountCheck = new AccountCheckController(context.network, context.credentials, context.settings, this);
    m_map = new MapWidget(context.network, this);
    m_searchPanel = new SearchPanel(this);
    m_results = new ResultsModel(this);
    m_resultsView = new ResultsView(m_results, this);
    m_binding = new ResultsMapBinding(m_results, m_resultsView, m_map, this);
    m_exporter = new ResultsExporter(this, this);
    m_search = new SearchController(context.registry, m_providerContext, context.settings, m_searchPanel,
                                    m_results, m_resultsView->banner(), this);
    m_assetPicker = new AssetPickerController(m_results, context.settings, this, this);
    connect(m_resultsView, &ResultsView::assetsRequested, m_assetPicker->action(), &QAction::trigger);
    connect(m_resultsView, &ResultsView::selectedRowsChanged, m_assetPicker, &AssetPickerController::setCurrentRows);
    connect(m_assetPicker, &AssetPickerController::failed, m_resultsView->banner(),
            qOverload<const Error &>(&ErrorBanner::showError));
    connect(m_assetPicker, &AssetPickerController::applied, this, [this](const QString &collection, const QStringList &keys) {
        statusBar()->showMessage(tr("Assets of %1: %2").arg(collection, keys.join(QStringLiteral(", "))), 8000);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_resultsView, resourceIcon("search"), tr("Results"));
    createDetailsPanel();
    if (context.queue) {
        m_downloadsModel = new DownloadsModel(context.queue, this);
        m_downloadsView = new DownloadsView(m_downloadsModel, new WorkersModel(context.queue, this), this);
        m_downloads = new DownloadController(context.queue, context.settings, m_downloadsModel, m_downloadsView, this);
        m_tabs->addTab(m_downloadsView, resourceIcon("download"), tr("Downloads"));
    }
    m_archive = addArchiveTab(m_tabs, context.settings, m_results, m_resultsView, m_map, statusBar());

    m_mapSplitter = new QSplitter(Qt::Vertical, this);
    m_mapSplitter->addWidget(m_map);
    m_mapSplitter->addWidget(m_tabs);
    m_mapSplitter->setStretchFactor(0, 3);
    m_mapSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(createSearchColumn());
    m_mainSplitter->addWidget(m_mapSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setCollapsible(1, false);
    setCentralWidget(m_mainSplitter);

    m_coordinates = new QLabel(this);
    m_coordinates->setObjectName(QStringLiteral("cursorCoordinates"));
    m_resultStatus = new QLabel(this);
    m_resultStatus->setObjectName(QStringLiteral("resultStatus"));
    m_downloadStatus = new QLabel(this);
    m_downloadStatus->setObjectName(QStringLiteral("downloadStatus"));
    // The texts sit side by side: a clear gap before each keeps them from reading as one.
    for (QLabel *label : {m_downloadStatus, m_coordinates})
        label->setContentsMargins(16, 0, 4, 0);
    m_coordinates->setMinimumWidth(m_coordinates->fontMetrics().horizontalAdvance(QStringLiteral("-180.00000, -90.00000")) + 24);
    statusBar()->addWidget(m_resultStatus, 1);
    statusBar()->addPermanentWidget(m_downloadStatus);
    statusBar()->addPermanentWidget(m_coordinates);

    createActions();
    createMenus();

    if (context.registry) {
        const QList<Provider *> providers = context.registry->providers(m_providerContext, context.settings);
        m_searchPanel->setProviders(providers);
        showProviderTitles(providers);
        m_search->prefetchCollections();
    }

    // The map and the coordinate form show the same region; either may change it.
    connect(m_map, &MapWidget::regionChanged, m_searchPanel, &SearchPanel::setRegion);
    connect(m_searchPanel, &SearchPanel::regionEdited, this, [this](const Region &region) {
        m_map->setRegion(region);
        if (!region.isEmpty())
            m_map->zoomToBox(region.bounds());
    });
    connect(m_searchPanel, &SearchPanel::placeDescribed, this, [this](const QString &description) {
        statusBar()->showMessage(description, 15000);
    });
    // A region that could not be taken is said beside the region's fields, where it is fixed.
    connect(m_map, &MapWidget::regionRejected, m_searchPanel, &SearchPanel::showRegionError);
    connect(m_map, &MapWidget::cursorMoved, this, [this](double lon, double lat) {
        m_coordinates->setText(QStringLiteral("%1, %2").arg(lon, 0, 'f', 5).arg(lat, 0, 'f', 5));
    });
    connect(m_resultsView, &ResultsView::zoomRequested, m_map, &MapWidget::zoomToRows);
    connect(m_resultsView, &ResultsView::exportRequested, this, &MainWindow::exportResults);
    connect(m_resultsView, &ResultsView::quicklookRequested, this, &MainWindow::showQuicklook);
    connect(m_resultsView, &ResultsView::sourcePicked, this, [this](int row, const QString &source) {
        m_results->updateRow(row, preferSource(m_results->result(row), source));
    });
    connect(m_resultsView, &ResultsView::selectedRowsChanged, this, [this](const QList<int> &rows) {
        if (rows.size() == 1)
            showQuicklook(rows.first());
        else
            m_map->quicklook()->hide();
        updateStatus();
    });
    connect(m_map->quicklook(), &QuicklookLayer::unavailable, this, [this](const QString &message) {
        statusBar()->setToolTip(message);
        statusBar()->showMessage(message, 8000);
    });
    // The results of a search started from any tab are shown where they arrive.
    connect(m_search, &SearchController::started, this, [this] {
        m_tabs->setCurrentWidget(m_resultsView);
        // Kept now, not only on a clean quit: a killed or crashed program keeps its last search.
        QSettings state = uiState();
        m_searchPanel->saveSession(state);
    });
    connect(m_search, &SearchController::finished, this, [this](int count) {
        saveLastResults();
        updateStatus();
        if (count > 0)
            m_map->zoomToRows({});
    });
    connect(m_results, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_results, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    // Sizes change when the asset choice does; thumbnails arriving (decoration only) change nothing here.
    connect(m_results, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::DisplayRole))
                    updateStatus();
            });
    connect(m_exporter, &ResultsExporter::failed, m_resultsView->banner(),
            qOverload<const Error &>(&ErrorBanner::showError));
    connect(m_exporter, &ResultsExporter::exported, this, [this](const QString &path, int count) {
        statusBar()->showMessage(tr("%n result(s) saved to %1", nullptr, count).arg(QDir::toNativeSeparators(path)), 8000);
    });

    if (m_downloads) {
        connect(m_downloads, &DownloadController::totalsChanged, m_downloadStatus, &QLabel::setText);
        m_downloadStatus->setText(m_downloads->totalsText());
        connect(m_downloads, &DownloadController::failed, m_resultsView->banner(),
                qOverload<const Error &>(&ErrorBanner::showError));
        connect(m_download, &QAction::triggered, this, [this] {
            QList<SceneResult> chosen;
            for (int row : m_resultsView->selectedRows())
                chosen.append(m_results->result(row));
            m_downloads->enqueue(chosen);
            if (!chosen.isEmpty())
                m_tabs->setCurrentWidget(m_downloadsView);
        });
        connect(m_resultsView, &ResultsView::downloadRequested, this, [this](const QList<int> &rows) {
            QList<SceneResult> chosen;
            for (int row : rows)
                chosen.append(m_results->result(row));
            m_downloads->enqueue(chosen);
            m_tabs->setCurrentWidget(m_downloadsView);
        });
    }

    applySettings();
    resize(1360, 860);
    m_lastResultsWriter.setMaxThreadCount(1);
    restoreUiState();
    restoreLastResults();
    updateStatus();
}

void MainWindow::restoreLastResults()
{
    const auto last = LastResults::load(LastResults::defaultPath());
    QString message;
    if (!last.ok()) {
        message = last.error().message;
    } else if (!last.value().isEmpty()) {
        m_results->appendPage(last.value());
        message = tr("The %n result(s) of the last search are shown again", nullptr, int(last.value().size()));
    }
    // Said once the window is up: a message shown before the status bar is laid out is drawn
    // over its permanent texts.
    if (!message.isEmpty())
        QMetaObject::invokeMethod(this, [this, message] { statusBar()->showMessage(message, 8000); },
                                  Qt::QueuedConnection);
}

MainWindow::~MainWindow()
{
    // The last results are written before the window goes; a failure then has nowhere to show.
    m_lastResultsWriter.waitForDone();
}

void MainWindow::saveLastResults()
{
    // Up to 5,000 results are megabytes of JSON: written off the GUI thread, one write at a time
    // so that an older search never lands after a newer one.
    const QList<SceneResult> results = m_results->results();
    m_lastResultsWriter.start([this, results] {
        const Status kept = LastResults::save(LastResults::defaultPath(), results);
        if (!kept.ok()) {
            const QString message = kept.error().message;
            QMetaObject::invokeMethod(this, [this, message] { statusBar()->showMessage(message, 8000); },
                                      Qt::QueuedConnection);
        }
    });
}

QWidget *MainWindow::createSearchColumn()
{
    // The form scrolls on short screens; the Search button stays in view below it.
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setWidget(m_searchPanel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setMinimumWidth(m_searchPanel->sizeHint().width() + 20);
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(panelScroll, 1);
    layout->addWidget(m_searchPanel->actionBar());
    return column;
}

void MainWindow::refreshCollectionsIfEndpointsChanged()
{
    QString endpoints;
    for (Provider *provider : m_searchPanel->providers()) {
        for (const SettingSpec &spec : provider->settingSpecs())
            endpoints += spec.key + QLatin1Char('=') + m_context.settings->value(spec.key) + QLatin1Char('\n');
    }
    const bool first = m_endpoints.isNull();
    if (endpoints == m_endpoints)
        return;
    m_endpoints = endpoints;
    // Another service (a new stac.url) has other collections: the old list goes at once, and the
    // new service is asked for its own.
    if (!first) {
        m_searchPanel->refreshCollections();
        m_search->prefetchCollections();
    }
}

void MainWindow::applySettings()
{
    if (!m_context.settings)
        return;
    refreshCollectionsIfEndpointsChanged();
    const Settings &settings = *m_context.settings;
    const bool tilesOn = settingValue(settings, ui_settings::kTilesEnabled) != QLatin1String("off");
    const QString url = settingValue(settings, ui_settings::kTileUrl);
    const QSignalBlocker blocker(m_tilesToggle);
    m_tilesToggle->setChecked(tilesOn);
    const qint64 cacheMb = settingValue(settings, ui_settings::kTileCacheMb).toLongLong();
    const QString cacheFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                    .filePath(QStringLiteral("tiles"));
    m_map->setTileCache(cacheMb > 0 ? cacheFolder : QString(), cacheMb * 1024 * 1024);
    m_map->setTileServer(tilesOn ? url : QString(), tileAttribution(url));
    // The proxy and bandwidth take effect at once, through the same rules as at start.
    if (m_context.network) {
        if (const Error error = applyNetworkSettings(*m_context.network, settings); error.isError())
            statusBar()->showMessage(error.message, 15000);
    }
}

void MainWindow::restoreUiState()
{
    QSettings state = uiState();
    restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(state.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray main = state.value(QStringLiteral("window/mainSplitter")).toByteArray();
    if (!main.isEmpty())
        m_mainSplitter->restoreState(main);
    else
        m_mainSplitter->setSizes({360, 1000});
    const QByteArray mapSplit = state.value(QStringLiteral("window/mapSplitter")).toByteArray();
    if (!mapSplit.isEmpty())
        m_mapSplitter->restoreState(mapSplit);
    else
        m_mapSplitter->setSizes({520, 300});
    m_resultsView->restoreState(state.value(kResultsHeaderKey).toByteArray());
    if (m_downloadsView)
        m_downloadsView->restoreState(state.value(kDownloadsHeaderKey).toByteArray());
    m_searchPanel->restoreSession(state);
}

void MainWindow::saveUiState() const
{
    QSettings state = uiState();
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    state.setValue(QStringLiteral("window/state"), saveState());
    state.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    state.setValue(QStringLiteral("window/mapSplitter"), m_mapSplitter->saveState());
    state.setValue(kResultsHeaderKey, m_resultsView->saveState());
    if (m_downloadsView)
        state.setValue(kDownloadsHeaderKey, m_downloadsView->saveState());
    m_searchPanel->saveSession(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Running downloads are not left behind without a word.
    if (m_downloads && !m_downloads->confirmQuit()) {
        event->ignore();
        return;
    }
    m_search->cancel();
    saveUiState();
    event->accept();
}

void MainWindow::exportResults(bool selectedOnly)
{
    QList<SceneResult> results;
    if (selectedOnly) {
        for (int row : m_resultsView->selectedRows())
            results.append(m_results->result(row));
    } else {
        results = m_results->results();
    }
    m_exporter->exportResults(results);
}

void MainWindow::showQuicklook(int row)
{
    if (row < 0 || row >= m_results->rowCount())
        return;
    const SceneResult &result = m_results->result(row);
    m_map->quicklook()->show(result.quicklook, normalizedRings(result.footprint));
}

void MainWindow::createDetailsPanel()
{
    m_results->setThumbnails(m_map->thumbnails());
    m_details = new ResultDetailsPanel(m_map->thumbnails(), this);
    m_tabs->addTab(m_details, tr("Details"));
    auto showCurrent = [this] {
        const QList<int> rows = m_resultsView->selectedRows();
        if (rows.size() != 1) {
            m_details->clear();
            return;
        }
        const SceneResult &result = m_results->result(rows.first());
        m_details->showResult(result, m_results->providerTitle(result.provider));
    };
    connect(m_resultsView, &ResultsView::selectedRowsChanged, m_details, showCurrent);
    // A new choice of assets changes which files the details mark as downloaded.
    connect(m_results, &QAbstractItemModel::dataChanged, m_details,
            [showCurrent](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(ResultsModel::SortRole))
                    showCurrent();
            });
    connect(m_results, &QAbstractItemModel::modelReset, m_details, &ResultDetailsPanel::clear);
}

void MainWindow::showProviderTitles(const QList<Provider *> &providers)
{
    QHash<QString, QString> titles;
    for (const Provider *provider : providers)
        titles.insert(provider->name(), provider->title());
    m_results->setProviderTitles(titles);
    if (m_downloadsModel)
        m_downloadsModel->setProviderTitles(titles);
}

void MainWindow::updateStatus()
{
    const int total = m_results->rowCount();
    const QList<int> selectedRows = m_resultsView->selectedRows();
    const int selected = int(selectedRows.size());
    QString text = tr("%n result(s)", nullptr, total);
    if (selected > 0)
        text += QStringLiteral(" · ") + ResultsView::selectionSummary(*m_results, selectedRows);
    m_resultStatus->setText(text);
    m_export->setEnabled(total > 0);
    // Says which results an export writes: the selected ones when there are any.
    m_export->setText(selected > 0 ? tr("&Export %n selected result(s)...", nullptr, selected)
                      : total > 0  ? tr("&Export all %n result(s)...", nullptr, total)
                                   : tr("&Export results..."));
    m_download->setEnabled(m_downloads && selected > 0);
    m_zoomResults->setEnabled(total > 0 || !m_map->region().isEmpty());
}

} // namespace eoc::ui

// The main window's actions, menus and the dialogs they open: the one place that names every
// command of the desktop program (its shortcuts are what Help → Keyboard shortcuts lists).
#include "ui/mainwindow/MainWindow.h"

#include "ui/accounts/AccountCheckController.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/app/AboutDialog.h"
#include "ui/app/BasemapMenu.h"
#include "ui/app/ErrorBanner.h"
#include "ui/app/Resources.h"
#include "ui/app/SavedSearchesActions.h"
#include "ui/app/UiSettings.h"
#include "ui/downloads/DownloadController.h"
#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/DownloadsView.h"
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

void MainWindow::createActions()
{
    m_boxTool = new QAction(resourceIcon("box"), tr("Draw &box"), this);
    m_boxTool->setShortcut(QKeySequence(Qt::Key_B));
    m_boxTool->setToolTip(tr("Draw a box on the map by dragging; drag its handles to adjust it (B)"));
    m_polygonTool = new QAction(resourceIcon("polygon"), tr("Draw &polygon"), this);
    m_polygonTool->setShortcut(QKeySequence(Qt::Key_P));
    m_polygonTool->setToolTip(tr("Click the corners of a polygon; double-click or Enter closes it (P)"));
    for (QAction *tool : {m_boxTool, m_polygonTool}) {
        tool->setCheckable(true);
        tool->setShortcutContext(Qt::WindowShortcut);
    }
    connect(m_boxTool, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_polygonTool->setChecked(false);
        m_map->regionEditor()->setTool(on ? RegionEditor::Tool::Box
                                          : (m_polygonTool->isChecked() ? RegionEditor::Tool::Polygon : RegionEditor::Tool::None));
        if (on)
            m_map->setFocus();
    });
    connect(m_polygonTool, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_boxTool->setChecked(false);
        m_map->regionEditor()->setTool(on ? RegionEditor::Tool::Polygon
                                          : (m_boxTool->isChecked() ? RegionEditor::Tool::Box : RegionEditor::Tool::None));
        if (on)
            m_map->setFocus();
    });
    connect(m_map->regionEditor(), &RegionEditor::toolChanged, this, [this](RegionEditor::Tool tool) {
        const QSignalBlocker a(m_boxTool), b(m_polygonTool);
        m_boxTool->setChecked(tool == RegionEditor::Tool::Box);
        m_polygonTool->setChecked(tool == RegionEditor::Tool::Polygon);
    });

    m_openRegion = new QAction(resourceIcon("open"), tr("&Open region file..."), this);
    m_openRegion->setShortcut(QKeySequence::Open);
    m_openRegion->setToolTip(tr("Read the region from GeoJSON, KML/KMZ, GeoPackage or a (zipped) Shapefile"));
    connect(m_openRegion, &QAction::triggered, this, &MainWindow::openRegionFile);
    m_clearRegion = new QAction(resourceIcon("clear"), tr("C&lear region"), this);
    m_clearRegion->setToolTip(tr("Remove the region: search the whole globe"));
    connect(m_clearRegion, &QAction::triggered, m_map->regionEditor(), &RegionEditor::clear);

    m_zoomIn = new QAction(resourceIcon("zoom-in"), tr("Zoom &in"), this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_map->zoomBy(1.0); });
    m_zoomOut = new QAction(resourceIcon("zoom-out"), tr("Zoom &out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_map->zoomBy(-1.0); });
    m_zoomResults = new QAction(resourceIcon("zoom-fit"), tr("&Zoom to results"), this);
    m_zoomResults->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResults, &QAction::triggered, this, [this] {
        const QList<int> rows = m_resultsView->selectedRows();
        if (m_results->rowCount() > 0)
            m_map->zoomToRows(rows);
        else if (!m_map->region().isEmpty())
            m_map->zoomToBox(m_map->region().bounds());
    });
    m_tilesToggle = new QAction(resourceIcon("layers"), tr("Map &tiles"), this);
    m_tilesToggle->setCheckable(true);
    m_tilesToggle->setToolTip(tr("Show map tiles from the tile server; off: the offline basemap only"));
    connect(m_tilesToggle, &QAction::toggled, this, [this](bool on) {
        if (m_context.settings)
            m_context.settings->setValue(QLatin1String(ui_settings::kTilesEnabled), on ? QStringLiteral("on") : QStringLiteral("off"));
        applySettings();
    });

    m_download = new QAction(resourceIcon("download"), tr("&Download selected"), this);
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_download->setEnabled(false);
    m_download->setToolTip(tr("Download the selected results (Ctrl+D)"));
    m_export = new QAction(resourceIcon("export"), tr("&Export results..."), this);
    m_export->setObjectName(QStringLiteral("exportResults"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] { exportResults(!m_resultsView->selectedRows().isEmpty()); });
    m_accounts = new QAction(resourceIcon("accounts"), tr("&Accounts..."), this);
    connect(m_accounts, &QAction::triggered, this, &MainWindow::showAccounts);
    m_settingsAction = new QAction(resourceIcon("settings"), tr("&Settings..."), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_about = new QAction(resourceIcon("about"), tr("&About EO Collector"), this);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_searchPanel->setRegionActions({m_boxTool, m_polygonTool, m_openRegion, m_clearRegion});
    // Window-wide shortcuts work wherever the focus is.
    for (QAction *action : {m_boxTool, m_polygonTool, m_zoomIn, m_zoomOut, m_zoomResults, m_download, m_export,
                            m_search->searchAction(), m_search->cancelAction()})
        addAction(action);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openRegion);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *search = menuBar()->addMenu(tr("&Search"));
    search->addAction(m_search->searchAction());
    search->addAction(m_search->cancelAction());
    addSavedSearchActions(search);
    search->addSeparator();
    search->addAction(m_assetPicker->action());
    search->addAction(m_download);
    QMenu *map = menuBar()->addMenu(tr("&Map"));
    map->addAction(m_boxTool);
    map->addAction(m_polygonTool);
    map->addAction(m_clearRegion);
    map->addSeparator();
    map->addAction(m_zoomIn);
    map->addAction(m_zoomOut);
    map->addAction(m_zoomResults);
    map->addSeparator();
    map->addAction(m_tilesToggle);
    map->addMenu(createBasemapMenu());
    addRegionHelpActions(map);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_accounts);
    tools->addAction(m_settingsAction);
    createHelpMenu();

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(22, 22));
    bar->addAction(m_search->searchAction());
    bar->addAction(m_search->cancelAction());
    bar->addSeparator();
    bar->addAction(m_boxTool);
    bar->addAction(m_polygonTool);
    bar->addAction(m_openRegion);
    bar->addAction(m_clearRegion);
    bar->addSeparator();
    bar->addAction(m_zoomIn);
    bar->addAction(m_zoomOut);
    bar->addAction(m_zoomResults);
    bar->addAction(m_tilesToggle);
    bar->addSeparator();
    bar->addAction(m_download);
    bar->addAction(m_export);
    bar->addSeparator();
    bar->addAction(m_accounts);
    bar->addAction(m_settingsAction);
}

void MainWindow::openRegionFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open region"), QDir::homePath(),
        tr("Vector files (*.geojson *.json *.kml *.kmz *.gpkg *.shp *.zip);;All files (*)"));
    if (!path.isEmpty())
        m_map->loadRegionFile(path);
}

void MainWindow::showAccounts()
{
    if (!m_context.registry || !m_context.credentials)
        return;
    AccountsDialog dialog(m_context.registry->providers(m_providerContext, m_context.settings), m_context.credentials,
                          m_accountCheck, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    if (!m_context.settings || !m_context.registry)
        return;
    SettingsDialog dialog(m_context.settings, m_context.registry->providers(m_providerContext, m_context.settings), this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

QMenu *MainWindow::createBasemapMenu()
{
    auto *menu = new BasemapMenu(m_context.settings, this);
    connect(menu, &BasemapMenu::basemapChanged, this, &MainWindow::applySettings);
    connect(menu, &BasemapMenu::failed, m_resultsView->banner(),
            qOverload<const Error &>(&ErrorBanner::showError));
    return menu;
}

void MainWindow::addSavedSearchActions(QMenu *search)
{
    if (!m_context.settings)
        return;
    auto *saved = new SavedSearchesActions(SavedSearches::pathBeside(*m_context.settings), m_searchPanel,
                                           m_search->searchAction(), this);
    connect(saved, &SavedSearchesActions::failed, m_resultsView->banner(),
            qOverload<const Error &>(&ErrorBanner::showError));
    search->addSeparator();
    search->addAction(saved->saveAction());
    search->addAction(saved->listAction());
    addAction(saved->saveAction());
}

void MainWindow::addRegionHelpActions(QMenu *map)
{
    auto *circle = new QAction(resourceIcon("polygon"), tr("Draw &circle around a point"), this);
    circle->setObjectName(QStringLiteral("circleTool"));
    circle->setCheckable(true);
    circle->setShortcut(QKeySequence(Qt::Key_C));
    circle->setShortcutContext(Qt::WindowShortcut);
    circle->setToolTip(tr("Click a point on the map and give a radius in km: the circle becomes the region (C)"));
    RegionEditor *editor = m_map->regionEditor();
    connect(circle, &QAction::toggled, this, [this, editor](bool on) {
        if (on) {
            // The other tools' switches go off first, then the point tool takes over.
            m_boxTool->setChecked(false);
            m_polygonTool->setChecked(false);
            editor->setTool(RegionEditor::Tool::Point);
            m_map->setFocus();
        } else if (editor->tool() == RegionEditor::Tool::Point) {
            editor->setTool(RegionEditor::Tool::None);
        }
    });
    connect(editor, &RegionEditor::toolChanged, circle, [circle](RegionEditor::Tool tool) {
        const QSignalBlocker blocker(circle);
        circle->setChecked(tool == RegionEditor::Tool::Point);
    });

    auto *graticule = new QAction(tr("&Graticule"), this);
    graticule->setObjectName(QStringLiteral("graticuleToggle"));
    graticule->setCheckable(true);
    graticule->setShortcut(QKeySequence(Qt::Key_G));
    graticule->setShortcutContext(Qt::WindowShortcut);
    graticule->setToolTip(tr("Lines of latitude and longitude with their degrees (G)"));
    connect(graticule, &QAction::toggled, m_map->graticule(), &MapLayer::setVisible);

    map->insertAction(m_clearRegion, circle);
    map->addSeparator();
    map->addAction(graticule);
    addAction(circle);
    addAction(graticule);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting started..."), this, [this] { showGuide(); });
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(QWhatsThis::createAction(this));
    help->addSeparator();
    help->addAction(m_about);
}

FirstRunGuide *MainWindow::showGuide()
{
    if (!m_context.settings)
        return nullptr;
    const QList<Provider *> providers = m_context.registry
        ? m_context.registry->providers(m_providerContext, m_context.settings) : QList<Provider *>();
    auto *guide = new FirstRunGuide(m_context.settings, providers, this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(guide, &FirstRunGuide::accountsRequested, this, &MainWindow::showAccounts);
    connect(guide, &FirstRunGuide::trySearchRequested, this, [this](const QString &provider) {
        m_searchPanel->setProvider(provider);
        m_search->searchAction()->trigger();
    });
    // Window-modal without a nested event loop: the main window is drawn behind it.
    guide->open();
    return guide;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

} // namespace eoc::ui

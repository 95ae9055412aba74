#pragma once

class QStatusBar;
class QTabWidget;

namespace eoc {
class Settings;
}

namespace eoc::ui {

class ArchiveController;
class MapWidget;
class ResultsModel;
class ResultsView;

// Adds the Archive tab (the products on disk) to `tabs` and ties it to the search results: rows
// whose scene is on disk are marked, and choosing a product selects the search result of the same
// scene, and zooms the map to it, when one is loaded (`status` says so either way). The index
// shown is the user's archive index; the checksums compared are the download journal's.
ArchiveController *addArchiveTab(QTabWidget *tabs, Settings *settings, ResultsModel *results, ResultsView *resultsView,
                                 MapWidget *map, QStatusBar *status);

} // namespace eoc::ui

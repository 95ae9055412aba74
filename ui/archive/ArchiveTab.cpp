#include "ui/archive/ArchiveTab.h"

#include "ui/app/ErrorBanner.h"
#include "ui/app/Resources.h"
#include "ui/archive/ArchiveController.h"
#include "ui/archive/ArchiveModel.h"
#include "ui/archive/ArchiveView.h"
#include "ui/map/MapWidget.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include "core/archive/ArchiveIndex.h"
#include "core/archive/LocalScenes.h"
#include "core/download/queue/DownloadQueue.h"

#include <QCoreApplication>
#include <QStatusBar>
#include <QTabWidget>

namespace eoc::ui {

namespace {

// The rows of the loaded results that are `product`'s scene.
QList<int> rowsOfProduct(const ResultsModel &results, const LocalProduct &product)
{
    QList<int> rows;
    for (int row = 0; row < results.rowCount(); ++row) {
        for (const LocalProduct &copy : results.localCopies(row)) {
            if (copy.path == product.path) {
                rows << row;
                break;
            }
        }
    }
    return rows;
}

} // namespace

ArchiveController *addArchiveTab(QTabWidget *tabs, Settings *settings, ResultsModel *results, ResultsView *resultsView,
                                 MapWidget *map, QStatusBar *status)
{
    auto *model = new ArchiveModel(tabs);
    auto *view = new ArchiveView(model, tabs);
    ArchiveController::Config config;
    config.index = defaultArchiveIndexPath();
    config.journal = DownloadQueue::defaultJournalPath();
    auto *controller = new ArchiveController(settings, model, view, config, tabs);
    tabs->addTab(view, resourceIcon("folder"), QCoreApplication::translate("ArchiveTab", "Archive"));
    QObject::connect(controller, &ArchiveController::failed, view->banner(), qOverload<const Error &>(&ErrorBanner::showError));
    QObject::connect(controller, &ArchiveController::productsChanged, results,
                     [results](const QList<LocalProduct> &products) { results->setLocalScenes(LocalScenes(products)); });
    // Footprints come with search results only: a product is shown on the map through the result
    // of its scene, when the last search found it.
    QObject::connect(controller, &ArchiveController::productChosen, resultsView,
                     [results, resultsView, map, status](const LocalProduct &product) {
                         const QList<int> rows = rowsOfProduct(*results, product);
                         if (!rows.isEmpty()) {
                             resultsView->selectRows(rows);
                             if (map)
                                 map->zoomToRows(rows);
                             status->showMessage(QCoreApplication::translate("ArchiveTab", "%1 is selected among the search results "
                                                                                           "and on the map")
                                                     .arg(product.scene.id),
                                                 8000);
                         } else {
                             status->showMessage(QCoreApplication::translate("ArchiveTab", "%1 is not among the search results: "
                                                                                           "search its tile and date to see it on the map")
                                                     .arg(product.scene.id),
                                                 8000);
                         }
                     });
    controller->loadIndex();
    return controller;
}

} // namespace eoc::ui

// The main window with the recorded Earth Search answer (through the test replay provider, which
// keeps ids, dates, footprints and quicklooks): provider titles, the selection summary and the
// detail panel, wired together.
#include "tests/support/LocalHttpServer.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/mainwindow/MainWindow.h"
#include "ui/results/ResultDetailsPanel.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

TEST(ResultsWindow, TheSelectedSceneShowsItsDetailsSizeAndProviderTitle)
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    test::LocalHttpServer server;
    const QByteArray page = test::readTestData(QStringLiteral("ui/v1_search_cql2_filter_p1.json"));
    // One page only (an answer without a next link ends the search), and every link pointing back
    // here, so quicklooks asked for by the selection stay on the loopback interface.
    const QByteArray local = server.url(QStringLiteral("/")).toString().toUtf8();
    server.setHandler([&page, local](const test::RecordedRequest &) {
        QByteArray body = page;
        body.replace("\"rel\":\"next\"", "\"rel\":\"ignored\"");
        body.replace("https://", local);
        return test::CannedResponse::json(body);
    });
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
    NetworkAccess network;
    ProviderRegistry registry;
    ASSERT_TRUE(registry.addFactory(QStringLiteral("replay"), QStringLiteral("Earth Search (recorded)"),
                                    new test::ReplayStacFactory(server.url(QStringLiteral("/v1/search")))).ok());
    MainWindow window(AppContext{&settings, &network, &registry, nullptr});
    window.searchPanel()->setProvider(QStringLiteral("replay"));
    QSignalSpy finished(window.searchController(), &SearchController::finished);
    window.searchController()->searchAction()->trigger();
    ASSERT_TRUE(finished.wait(10000));

    ResultsModel *model = window.resultsModel();
    int sentinel2 = -1;
    for (int row = 0; row < model->rowCount() && sentinel2 < 0; ++row)
        if (model->result(row).collection == QLatin1String("sentinel-2-c1-l2a"))
            sentinel2 = row;
    ASSERT_GE(sentinel2, 0);
    EXPECT_EQ(model->index(sentinel2, ResultsModel::Provider).data().toString(), QStringLiteral("Earth Search (recorded)"));

    window.resultsView()->selectRows({sentinel2});
    EXPECT_EQ(window.resultsView()->selectionLabel()->text(), ResultsView::selectionSummary(*model, {sentinel2}));
    EXPECT_TRUE(window.resultsView()->selectionLabel()->isVisibleTo(window.resultsView()));
    auto *details = window.findChild<ResultDetailsPanel *>();
    ASSERT_NE(details, nullptr);
    EXPECT_EQ(details->sceneId(), model->result(sentinel2).sceneId);
    const QString text = details->browser()->toPlainText();
    EXPECT_TRUE(text.contains(model->result(sentinel2).sceneId));
    EXPECT_TRUE(text.contains(QStringLiteral("Earth Search (recorded)")));
    EXPECT_TRUE(text.contains(model->result(sentinel2).quicklook.toDisplayString()));

    window.resultsView()->selectRows({});
    EXPECT_TRUE(details->sceneId().isEmpty());
}

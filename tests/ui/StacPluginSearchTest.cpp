// The main window searching through the STAC provider plug-in (loaded from EOC_PLUGIN_PATH)
// against a local server replaying recorded Earth Search answers.
#include "tests/support/LocalHttpServer.h"
#include "tests/support/EarthSearchReplay.h"

#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/results/ResultsModel.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;
using namespace eoc::test;

TEST(StacPluginSearch, RecordedEarthSearchFillsTheTableAndTheMap)
{
    QStandardPaths::setTestModeEnabled(true);
    LocalHttpServer server;
    int searches = 0;
    server.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/") || path.isEmpty())
            return replayEarthSearch(server, QStringLiteral("ui/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replayEarthSearch(server, QStringLiteral("ui/v1_collections.json"));
        if (path == QLatin1String("/search") && r.method == "POST") {
            ++searches;
            if (searches == 1)
                return replayEarthSearch(server, QStringLiteral("ui/v1_search_cql2_filter_p1.json"));
            if (searches == 2)
                return replayEarthSearch(server, QStringLiteral("ui/v1_search_cql2_filter_p2.json"));
            return replayEarthSearch(server, QStringLiteral("ui/v1_search_two_collections_p2_empty.json"));
        }
        return CannedResponse::text("not found", 404);
    });

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
    settings.setValue(QStringLiteral("stac.url"), server.url(QString()).toString());
    NetworkAccess network;
    ProviderRegistry registry;
    registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
    ASSERT_TRUE(registry.contains(QStringLiteral("stac"))) << "build eoc_provider_stac first";

    MainWindow window(AppContext{&settings, &network, &registry, nullptr, nullptr});
    window.show();
    window.searchPanel()->setProvider(QStringLiteral("stac"));
    auto *collections = window.searchPanel()->findChild<QComboBox *>(QStringLiteral("collection"));
    ASSERT_NE(collections, nullptr);
    // The collection list arrives from the server.
    ASSERT_TRUE(QTest::qWaitFor([&] { return collections->findData(QStringLiteral("sentinel-2-l2a")) >= 0; }, 10000));
    window.searchPanel()->setCollection(QStringLiteral("sentinel-2-l2a"));
    window.searchPanel()->setDates(QDate(2025, 7, 1), QDate(2025, 7, 31));

    QSignalSpy finished(window.searchController(), &SearchController::finished);
    QSignalSpy failed(window.searchController(), &SearchController::failed);
    window.searchController()->search();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 15000));
    ASSERT_EQ(failed.count(), 0) << failed.first().first().value<Error>().message.toStdString();
    EXPECT_EQ(window.resultsModel()->rowCount(), 20);
    EXPECT_EQ(window.map()->footprints()->count(), 20);
    // The plug-in names the scene by its full product identifier.
    EXPECT_EQ(window.resultsModel()->result(0).sceneId,
              QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E_0C44"));
    EXPECT_GE(searches, 2);
}

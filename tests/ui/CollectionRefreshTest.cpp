// The search panel's "Refresh collections": asks the STAC plug-in (loaded from EOC_PLUGIN_PATH)
// for the catalogue's collections again, against a local server replaying the recorded Earth
// Search answers the CLI's `providers --refresh` test uses.
#include "tests/support/LocalHttpServer.h"
#include "tests/support/EarthSearchReplay.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/app/ErrorBanner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/CollectionRefresh.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;
using namespace eoc::test;

TEST(CollectionRefresh, SearchPanelRefreshesTheCatalogueCollections)
{
    QStandardPaths::setTestModeEnabled(true);
    LocalHttpServer server;
    bool catalogueUp = false;
    int collectionRequests = 0;
    server.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/") || path.isEmpty())
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections")) {
            ++collectionRequests;
            if (!catalogueUp)
                return CannedResponse::json(R"({"code": "BadRequest", "description": "the index is being rebuilt"})", 409);
            auto response = replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_collections.json"));
            response.delayMs = 150;   // long enough to see the busy indicator
            return response;
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
    // A provider whose collections are fixed, whatever other plug-ins the build has.
    ASSERT_TRUE(registry.addFactory(QStringLiteral("replay"), QStringLiteral("Earth Search (recorded)"),
                                    new ReplayStacFactory(server.url(QStringLiteral("/v1/search")))).ok());

    MainWindow window(AppContext{&settings, &network, &registry, nullptr, nullptr});
    window.show();
    SearchPanel *panel = window.searchPanel();
    SearchController *controller = window.searchController();
    auto *collections = panel->findChild<QComboBox *>(QStringLiteral("collection"));
    auto *button = panel->findChild<QToolButton *>(QStringLiteral("refreshCollections"));
    ASSERT_NE(collections, nullptr);
    ASSERT_NE(button, nullptr);

    // Only providers that can list their collections from the service offer the button.
    auto *providers = panel->findChild<QComboBox *>(QStringLiteral("provider"));
    ASSERT_GE(providers->findData(QStringLiteral("replay")), 0);
    bool sawFixed = false;
    for (int i = 0; i < providers->count(); ++i) {
        panel->setProvider(providers->itemData(i).toString());
        const bool canRefresh = CollectionRefresh::canRefresh(panel->currentProvider());
        sawFixed = sawFixed || !canRefresh;
        EXPECT_EQ(button->isVisible(), canRefresh) << providers->itemData(i).toString().toStdString();
    }
    EXPECT_TRUE(sawFixed) << "some provider has a fixed collection list";

    panel->setProvider(QStringLiteral("stac"));
    ASSERT_TRUE(button->isVisible());
    // The catalogue was down when the window opened (the panel asks once at start).
    ASSERT_TRUE(QTest::qWaitFor([&] { return collectionRequests >= 1; }, 5000));
    QTest::qWait(50);
    EXPECT_LT(collections->findData(QStringLiteral("cop-dem-glo-30")), 0);

    // Still down: the service's own words end up in the banner.
    QSignalSpy refreshed(controller, &SearchController::collectionsRefreshed);
    button->click();
    ASSERT_TRUE(refreshed.wait(10000));
    EXPECT_EQ(refreshed.last().at(0).toString(), QStringLiteral("stac"));
    EXPECT_FALSE(refreshed.last().at(1).toBool());
    const QString bannerText = window.resultsView()->banner()->text();
    EXPECT_TRUE(window.resultsView()->banner()->isVisible());
    EXPECT_TRUE(bannerText.contains(QStringLiteral("Could not refresh the collections"))) << bannerText.toStdString();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("the index is being rebuilt"))) << bannerText.toStdString();

    // Back up: the recorded collection list fills the combo box, with a busy indicator meanwhile.
    catalogueUp = true;
    const int before = collectionRequests;
    button->click();
    EXPECT_TRUE(controller->isRefreshingCollections());
    EXPECT_TRUE(panel->collectionsBusyIndicator()->isVisible());
    EXPECT_FALSE(button->isEnabled()) << "one refresh at a time";
    ASSERT_TRUE(refreshed.wait(10000));
    EXPECT_TRUE(refreshed.last().at(1).toBool());
    EXPECT_EQ(collectionRequests, before + 1);
    EXPECT_FALSE(panel->collectionsBusyIndicator()->isVisible());
    EXPECT_TRUE(button->isEnabled());
    for (const char *name : {"cop-dem-glo-30", "sentinel-1-grd", "sentinel-2-l2a", "landsat-c2-l2"})
        EXPECT_GE(collections->findData(QLatin1String(name)), 0) << name;
    EXPECT_EQ(collections->count(), 9);
}

// A new stac.url replaces the old server's collections at once, and a server without
// /collections is still searched for a collection typed by name.
TEST(CollectionRefresh, NewCatalogueUrlDropsTheOldCollectionsAndTypedNamesStillSearch)
{
    QStandardPaths::setTestModeEnabled(true);
    LocalHttpServer first;
    int firstSearches = 0;
    first.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/") || path.isEmpty())
            return replayEarthSearch(first, QStringLiteral("ui/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replayEarthSearch(first, QStringLiteral("ui/v1_collections.json"));
        ++firstSearches;
        return CannedResponse::text("not found", 404);
    });
    LocalHttpServer second;
    int secondCollectionRequests = 0;
    int secondSearches = 0;
    second.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/") || path.isEmpty())
            return replayEarthSearch(second, QStringLiteral("ui/v1_landing.json"));
        if (path == QLatin1String("/search") && r.method == "POST") {
            ++secondSearches;
            return replayEarthSearch(second, secondSearches == 1 ? QStringLiteral("ui/v1_search_cql2_filter_p1.json")
                                                                 : QStringLiteral("ui/v1_search_two_collections_p2_empty.json"));
        }
        if (path == QLatin1String("/collections"))
            ++secondCollectionRequests;
        return CannedResponse::text("not found", 404);   // no collection listing here
    });

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
    settings.setValue(QStringLiteral("stac.url"), first.url(QString()).toString());
    NetworkAccess network;
    ProviderRegistry registry;
    registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
    ASSERT_TRUE(registry.contains(QStringLiteral("stac"))) << "build eoc_provider_stac first";

    MainWindow window(AppContext{&settings, &network, &registry, nullptr, nullptr});
    window.show();
    SearchPanel *panel = window.searchPanel();
    panel->setProvider(QStringLiteral("stac"));
    auto *collections = panel->findChild<QComboBox *>(QStringLiteral("collection"));
    ASSERT_NE(collections, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return collections->findData(QStringLiteral("sentinel-2-l2a")) >= 0; }, 10000));
    // Typeable, with completion from the listed collections.
    EXPECT_TRUE(collections->isEditable());
    ASSERT_NE(collections->completer(), nullptr);

    settings.setValue(QStringLiteral("stac.url"), second.url(QString()).toString());
    window.applySettings();
    EXPECT_LT(collections->findData(QStringLiteral("sentinel-2-l2a")), 0) << "the old server's list is gone";
    ASSERT_TRUE(QTest::qWaitFor([&] { return secondCollectionRequests >= 1; }, 10000)) << "the new server is asked";

    collections->lineEdit()->selectAll();
    QTest::keyClicks(collections->lineEdit(), QStringLiteral("sentinel-1-grd"));
    EXPECT_EQ(panel->collectionName(), QStringLiteral("sentinel-1-grd"));
    panel->setDates(QDate(2025, 7, 1), QDate(2025, 7, 31));
    QSignalSpy finished(window.searchController(), &SearchController::finished);
    QSignalSpy failed(window.searchController(), &SearchController::failed);
    window.searchController()->search();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 15000));
    ASSERT_EQ(failed.count(), 0) << failed.first().first().value<Error>().message.toStdString();
    EXPECT_EQ(window.resultsModel()->rowCount(), 10);
    EXPECT_GE(secondSearches, 1);
    EXPECT_EQ(firstSearches, 0);
}

// The collection box for a provider that accepts any collection the service knows (NASA CMR, from
// the earthdata plug-in in EOC_PLUGIN_PATH): typeable, and its refresh searches the service's
// collections for the typed words. The local server replays a recorded CMR collection search.
#include "tests/support/LocalHttpServer.h"

#include "ui/mainwindow/MainWindow.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;
using namespace eoc::test;

TEST(OpenCollections, TypedKeywordRefreshesAndTypedNameIsSearched)
{
    QStandardPaths::setTestModeEnabled(true);
    LocalHttpServer cmr;
    cmr.setHandler([](const RecordedRequest &r) {
        if (r.url().path().endsWith(QLatin1String("/collections.umm_json")))
            return CannedResponse::json(readTestData(QStringLiteral("earthdata/collections_umm_json_mur_sst_page1.json")));
        return CannedResponse::text("not found", 404);
    });
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
    settings.setValue(QStringLiteral("earthdata.cmr_url"), cmr.url(QStringLiteral("/search")).toString());
    NetworkAccess network;
    ProviderRegistry registry;
    registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
    ASSERT_TRUE(registry.contains(QStringLiteral("earthdata"))) << "build eoc_provider_earthdata first";

    MainWindow window(AppContext{&settings, &network, &registry, nullptr, nullptr});
    window.show();
    SearchPanel *panel = window.searchPanel();
    auto *collections = panel->findChild<QComboBox *>(QStringLiteral("collection"));
    auto *button = panel->findChild<QToolButton *>(QStringLiteral("refreshCollections"));
    ASSERT_NE(collections, nullptr);
    ASSERT_NE(button, nullptr);

    panel->setProvider(QStringLiteral("earthdata"));
    ASSERT_TRUE(collections->isEditable());
    ASSERT_TRUE(button->isVisible());
    // The start-up listing has no keyword: CMR is not asked for every collection it has.
    QTest::qWait(50);
    const int atStart = cmr.requestCount();

    // Typed words are the keyword of the refresh.
    collections->lineEdit()->clear();
    QTest::keyClicks(collections->lineEdit(), QStringLiteral("sea surface"));
    QSignalSpy refreshed(window.searchController(), &SearchController::collectionsRefreshed);
    button->click();
    ASSERT_TRUE(refreshed.wait(10000));
    EXPECT_TRUE(refreshed.last().at(1).toBool());
    ASSERT_EQ(cmr.requestCount(), atStart + 1);
    EXPECT_EQ(QUrlQuery(cmr.requests().last().url()).queryItemValue(QStringLiteral("keyword"), QUrl::FullyDecoded),
              QStringLiteral("sea surface"));
    const int found = collections->findData(QStringLiteral("C1996881146-POCLOUD"));
    ASSERT_GE(found, 0);
    EXPECT_EQ(collections->currentText(), QStringLiteral("sea surface"));   // still what was typed

    // A picked collection is searched by its concept id; a typed name as typed.
    collections->setCurrentIndex(found);
    EXPECT_EQ(panel->query().collection, QStringLiteral("C1996881146-POCLOUD"));
    collections->lineEdit()->clear();
    QTest::keyClicks(collections->lineEdit(), QStringLiteral("SWOT_L2_HR_RiverSP_reach_2.0"));
    EXPECT_EQ(panel->query().collection, QStringLiteral("SWOT_L2_HR_RiverSP_reach_2.0"));
}

TEST(OpenCollections, FixedProvidersKeepAPickList)
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
    NetworkAccess network;
    ProviderRegistry registry;
    registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
    ASSERT_TRUE(registry.contains(QStringLiteral("usgs"))) << "build eoc_provider_usgs first";
    MainWindow window(AppContext{&settings, &network, &registry, nullptr, nullptr});
    SearchPanel *panel = window.searchPanel();
    auto *collections = panel->findChild<QComboBox *>(QStringLiteral("collection"));
    panel->setProvider(QStringLiteral("earthdata"));
    EXPECT_TRUE(collections->isEditable());
    panel->setProvider(QStringLiteral("usgs"));
    EXPECT_FALSE(collections->isEditable());
    EXPECT_TRUE(panel->typedCollection().isEmpty());
}

// The desktop program searching two sources at once: "Also search" offers the providers that
// carry the chosen collection, the results table shows each scene once with a badge per source,
// and "Download from" puts the picked source first. Two local servers replay recorded STAC
// answers (tests/data, see the PROVENANCE files): Earth Search v1 on 127.0.0.1 as the stac
// provider's catalogue, and the retired Earth Search v0's page on 127.0.0.2 as the
// planetary-computer preset.
#include "tests/support/EarthSearchReplay.h"
#include "tests/support/LocalHttpServer.h"

#include "ui/mainwindow/MainWindow.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;
using namespace eoc::test;

TEST(MultiSourceSearch, TheTableShowsEachSceneOnceWithABadgePerSource)
{
    QStandardPaths::setTestModeEnabled(true);
    LocalHttpServer v1;
    LocalHttpServer v0(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(v0.isListening());
    int v1Searches = 0;
    v1.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/") || path.isEmpty())
            return replayEarthSearch(v1, QStringLiteral("ui/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replayEarthSearch(v1, QStringLiteral("ui/v1_collections.json"));
        ++v1Searches;
        if (v1Searches == 1)
            return replayEarthSearch(v1, QStringLiteral("ui/v1_search_cql2_filter_p1.json"));
        if (v1Searches == 2)
            return replayEarthSearch(v1, QStringLiteral("ui/v1_search_cql2_filter_p2.json"));
        return replayEarthSearch(v1, QStringLiteral("ui/v1_search_two_collections_p2_empty.json"));
    });
    v0.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/") || path.isEmpty())
            return replayEarthSearch(v0, QStringLiteral("ui/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replayEarthSearch(v0, QStringLiteral("ui/v1_collections.json"));
        QByteArray body = readTestData(QStringLiteral("stac/stac_earth_search/v0_search_page1.json"));
        body.replace(QByteArray("https://earth-search.aws.element84.com/v0"), v0.url(QString()).toEncoded());
        return CannedResponse::json(body);
    });

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
    settings.setValue(QStringLiteral("stac.url"), v1.url(QString()).toString());
    settings.setValue(QStringLiteral("stac.planetary-computer.url"), v0.url(QString()).toString());
    NetworkAccess network;
    ProviderRegistry registry;
    registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
    ASSERT_TRUE(registry.contains(QStringLiteral("stac"))) << "build eoc_provider_stac first";

    MainWindow window(AppContext{&settings, &network, &registry, nullptr, nullptr});
    window.show();
    SearchPanel *panel = window.searchPanel();
    panel->setProvider(QStringLiteral("stac"));
    auto *collections = panel->findChild<QComboBox *>(QStringLiteral("collection"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return collections->findData(QStringLiteral("sentinel-2-l2a")) >= 0; }, 10000));
    panel->setCollection(QStringLiteral("sentinel-2-l2a"));
    panel->setDates(QDate(2025, 7, 31), QDate(2025, 7, 31));

    // "Also search" offers the sources that carry Sentinel-2 L2A, not the one being searched.
    auto *also = panel->findChild<QToolButton *>(QStringLiteral("alsoSearch"));
    ASSERT_NE(also, nullptr);
    EXPECT_TRUE(also->isVisible());
    QStringList offered;
    for (QAction *action : also->menu()->actions()) {
        if (action->isCheckable())
            offered << action->data().toString();
    }
    EXPECT_TRUE(offered.contains(QStringLiteral("stac:planetary-computer"))) << offered.join(u',').toStdString();
    EXPECT_TRUE(offered.contains(QStringLiteral("dataspace"))) << offered.join(u',').toStdString();
    EXPECT_FALSE(offered.contains(QStringLiteral("stac")));
    EXPECT_FALSE(offered.contains(QStringLiteral("usgs")));
    panel->setExtraSources({QStringLiteral("stac:planetary-computer")});
    EXPECT_EQ(panel->extraSources(), QStringList{QStringLiteral("stac:planetary-computer")});
    EXPECT_EQ(also->text(), QStringLiteral("stac:planetary-computer"));

    // Every source chosen: the row sums them up, its tool tip names each, and the panel keeps its width.
    const int panelWidth = panel->sizeHint().width();
    panel->setExtraSources(offered);
    ASSERT_EQ(panel->extraSources(), offered);
    EXPECT_EQ(also->text(), QStringLiteral("%1 and %2 more").arg(offered.first()).arg(offered.size() - 1));
    for (const QString &source : std::as_const(offered))
        EXPECT_TRUE(also->toolTip().contains(source)) << source.toStdString();
    EXPECT_EQ(panel->sizeHint().width(), panelWidth);
    panel->setExtraSources({QStringLiteral("stac:planetary-computer")});

    QSignalSpy finished(window.searchController(), &SearchController::finished);
    QSignalSpy failed(window.searchController(), &SearchController::failed);
    window.searchController()->search();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 20000));
    ASSERT_EQ(failed.count(), 0) << failed.first().first().value<Error>().message.toStdString();

    const QSet<QString> products = productNamesIn(QStringLiteral("ui/v1_search_cql2_filter_p1.json"))
                                   + productNamesIn(QStringLiteral("ui/v1_search_cql2_filter_p2.json"));
    ResultsModel *model = window.resultsModel();
    ASSERT_EQ(model->rowCount(), products.size());
    const QString shared = QStringLiteral("S2B_MSIL2A_20250731T131909_N0511_R095_T20EPT_20250731T143919");
    int sharedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariantList badges = model->index(row, ResultsModel::Sources).data(ResultsModel::BadgesRole).toList();
        if (model->result(row).sceneId == shared) {
            sharedRow = row;
            ASSERT_EQ(badges.size(), 2);
            EXPECT_EQ(badges.at(0).toMap().value(QStringLiteral("source")).toString(), QStringLiteral("stac"));
            EXPECT_EQ(badges.at(1).toMap().value(QStringLiteral("source")).toString(), QStringLiteral("stac:planetary-computer"));
            EXPECT_EQ(badges.at(1).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("planetary-computer \u00b7 COG"));
        } else {
            EXPECT_EQ(badges.size(), 1) << model->result(row).sceneId.toStdString();
        }
    }
    ASSERT_GE(sharedRow, 0);

    // "Download from" the second source: it leads, the first stays as the fallback.
    Q_EMIT window.resultsView()->sourcePicked(sharedRow, QStringLiteral("stac:planetary-computer"));
    EXPECT_EQ(model->result(sharedRow).sources(), (QStringList{QStringLiteral("stac:planetary-computer"), QStringLiteral("stac")}));
    EXPECT_EQ(model->result(sharedRow).remoteId, QStringLiteral("S2B_20EPT_20250731_0_L2A"));
}

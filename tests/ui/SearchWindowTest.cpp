#include "tests/support/LocalHttpServer.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/app/ErrorBanner.h"
#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

// Replays the two recorded Earth Search pages: the first for a new search, the second for the
// body of the first page's "next" link.
struct SearchFixture : ::testing::Test {
    QTemporaryDir dir;
    test::LocalHttpServer server;
    QByteArray page1 = test::readTestData(QStringLiteral("ui/v1_search_cql2_filter_p1.json"));
    QByteArray page2 = test::readTestData(QStringLiteral("ui/v1_search_cql2_filter_p2.json"));
    std::unique_ptr<Settings> settings;
    NetworkAccess network;
    ProviderRegistry registry;
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
        NetworkAccess::Policy policy = network.policy();
        policy.baseBackoffMs = 10;
        network.setPolicy(policy);
        ASSERT_TRUE(registry.addFactory(QStringLiteral("replay"), QStringLiteral("Earth Search (recorded)"),
                                        new test::ReplayStacFactory(server.url(QStringLiteral("/v1/search")))).ok());
    }
    void openWindow()
    {
        window = std::make_unique<MainWindow>(AppContext{settings.get(), &network, &registry, nullptr});
        window->resize(1200, 800);
        window->show();
    }
    static QString nextToken(const QByteArray &page)
    {
        for (const QJsonValue &link : QJsonDocument::fromJson(page).object().value(QLatin1String("links")).toArray())
            if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
                return link.toObject().value(QLatin1String("body")).toObject().value(QLatin1String("next")).toString();
        return {};
    }
    static int featureCount(const QByteArray &page)
    {
        return int(QJsonDocument::fromJson(page).object().value(QLatin1String("features")).toArray().size());
    }
};

} // namespace

TEST_F(SearchFixture, RecordedSearchFillsTheTableAndTheMap)
{
    const QString token = nextToken(page1);
    ASSERT_FALSE(token.isEmpty());
    server.setHandler([this, token](const test::RecordedRequest &request) {
        if (request.body.contains(token.toUtf8()))
            return test::CannedResponse::json(page2);
        return test::CannedResponse::json(page1);
    });
    openWindow();
    window->searchPanel()->setProvider(QStringLiteral("replay"));
    QSignalSpy finished(window->searchController(), &SearchController::finished);
    window->searchController()->searchAction()->trigger();
    EXPECT_FALSE(window->searchController()->searchAction()->isEnabled());
    ASSERT_TRUE(finished.wait(10000));

    const int expected = featureCount(page1) + featureCount(page2);
    EXPECT_EQ(expected, 20);
    EXPECT_EQ(finished.first().first().toInt(), expected);
    EXPECT_EQ(window->resultsModel()->rowCount(), expected);
    EXPECT_EQ(window->map()->footprints()->count(), expected);
    EXPECT_EQ(server.requestCount(), 2);
    // The recorded first item, as the provider answered it.
    EXPECT_EQ(window->resultsModel()->result(0).sceneId,
              QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E"));
    EXPECT_TRUE(window->searchController()->searchAction()->isEnabled());
    EXPECT_FALSE(window->resultsView()->banner()->isVisible());
    // The map moved to show the results: the first footprint's centre is on screen.
    const QRectF bounds = window->map()->footprints()->boundsOf(0);
    const QPointF centre = window->map()->viewport().normalizedToScreen(bounds.center());
    EXPECT_TRUE(QRectF(QPointF(0, 0), window->map()->size()).contains(centre));
}

TEST_F(SearchFixture, AuthFailureShowsTheProvidersMessageAndWhereToFixIt)
{
    server.setHandler([](const test::RecordedRequest &) {
        return test::CannedResponse::json(R"({"code":"Unauthorized","description":"token expired"})", 401);
    });
    openWindow();
    window->searchPanel()->setProvider(QStringLiteral("replay"));
    QSignalSpy failed(window->searchController(), &SearchController::failed);
    window->searchController()->search();
    ASSERT_TRUE(failed.wait(10000));
    const Error error = failed.first().first().value<Error>();
    EXPECT_EQ(error.errorClass, ErrorClass::Auth);
    ErrorBanner *banner = window->resultsView()->banner();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Accounts")));
    EXPECT_EQ(window->resultsModel()->rowCount(), 0);
}

TEST_F(SearchFixture, BadDatesNeverReachTheProvider)
{
    server.setHandler([this](const test::RecordedRequest &) { return test::CannedResponse::json(page1); });
    openWindow();
    window->searchPanel()->setProvider(QStringLiteral("replay"));
    window->searchPanel()->setDates(QDate(2025, 5, 1), QDate(2025, 4, 1));
    QSignalSpy failed(window->searchController(), &SearchController::failed);
    window->searchController()->search();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().errorClass, ErrorClass::BadInput);
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_TRUE(window->resultsView()->banner()->isVisible());
}

TEST_F(SearchFixture, CancelKeepsWhatArrivedAndStopsPaging)
{
    server.setHandler([this](const test::RecordedRequest &request) {
        if (request.body.contains("next")) {
            test::CannedResponse slow = test::CannedResponse::json(page2);
            slow.delayMs = 2000;
            return slow;
        }
        return test::CannedResponse::json(page1);
    });
    openWindow();
    window->searchPanel()->setProvider(QStringLiteral("replay"));
    QSignalSpy inserted(window->resultsModel(), &QAbstractItemModel::rowsInserted);
    window->searchController()->search();
    ASSERT_TRUE(inserted.wait(10000));
    window->searchController()->cancelAction()->trigger();
    EXPECT_FALSE(window->searchController()->isRunning());
    EXPECT_EQ(window->resultsModel()->rowCount(), featureCount(page1));
    EXPECT_TRUE(window->searchController()->searchAction()->isEnabled());
}

TEST_F(SearchFixture, RegionTypedInTheFormReachesTheMapAndTheQuery)
{
    openWindow();
    window->searchPanel()->setRegion(Region::fromBox({170.0, -10.0, -170.0, 10.0}));
    const SearchQuery query = window->searchPanel()->query();
    ASSERT_TRUE(query.region.isBox());
    EXPECT_TRUE(query.region.box().crossesAntimeridian());
    QSignalSpy mapRegion(window->map(), &MapWidget::regionChanged);
    window->map()->regionEditor()->clear();
    EXPECT_EQ(mapRegion.count(), 1);
    EXPECT_TRUE(window->searchPanel()->query().region.isEmpty());
}

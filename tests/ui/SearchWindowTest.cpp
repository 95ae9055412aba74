#include "tests/support/LocalHttpServer.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/app/ErrorBanner.h"
#include "ui/downloads/DownloadsView.h"
#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/results/LastResults.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/DateField.h"
#include "ui/search/SearchPanel.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QStatusBar>
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
    std::unique_ptr<DownloadQueue> queue;
    std::unique_ptr<MainWindow> window;

    // The window keeps its last search for the next start here (test mode: not the user's).
    static QString uiStatePath()
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("ui-state.ini"));
    }
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(uiStatePath());
        QFile::remove(LastResults::defaultPath());
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
        NetworkAccess::Policy policy = network.policy();
        policy.baseBackoffMs = 10;
        network.setPolicy(policy);
        ASSERT_TRUE(registry.addFactory(QStringLiteral("replay"), QStringLiteral("Earth Search (recorded)"),
                                        new test::ReplayStacFactory(server.url(QStringLiteral("/v1/search")))).ok());
    }
    void TearDown() override
    {
        window.reset();
        QFile::remove(uiStatePath());
        QFile::remove(LastResults::defaultPath());
    }
    void openWindow(bool withDownloads = false)
    {
        if (withDownloads && !queue) {
            DownloadQueue::Options options;
            options.journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
            queue = std::make_unique<DownloadQueue>(&network, &registry, ProviderContext{&network, settings.get(), nullptr, {}},
                                                    options);
            ASSERT_TRUE(queue->open().ok());
        }
        window = std::make_unique<MainWindow>(AppContext{settings.get(), &network, &registry, nullptr, queue.get()});
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
    // Said beside the date to fix, not in the results pane.
    EXPECT_TRUE(window->searchPanel()->endField()->problem().contains(QStringLiteral("before the start date")));
    EXPECT_FALSE(window->resultsView()->banner()->isVisible());
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

TEST_F(SearchFixture, RegionErrorIsShownBesideTheRegionAndGoesWhenFixed)
{
    openWindow();
    // As the coordinate boxes send it when south is typed above north.
    const Result<BoundingBox> bad = BoundingBox::make(0, 20, 10, 10);
    ASSERT_FALSE(bad.ok());
    Q_EMIT window->map()->regionRejected(bad.error());
    EXPECT_FALSE(window->searchPanel()->regionProblem().isEmpty());
    EXPECT_FALSE(window->resultsView()->banner()->isVisible());
    auto *label = window->searchPanel()->findChild<QLabel *>(QStringLiteral("regionError"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    // A valid region replaces it.
    window->map()->setRegion(Region::fromBox({0, 10, 10, 20}));
    Q_EMIT window->map()->regionChanged(window->map()->region());
    EXPECT_TRUE(window->searchPanel()->regionProblem().isEmpty());
    EXPECT_FALSE(label->isVisible());
}

TEST_F(SearchFixture, UnreadableRegionFileIsNotGivenSearchAdvice)
{
    openWindow();
    window->map()->loadRegionFile(dir.filePath(QStringLiteral("missing.geojson")));
    EXPECT_TRUE(window->searchPanel()->regionProblem().contains(QStringLiteral("missing.geojson")))
        << window->searchPanel()->regionProblem().toStdString();
    EXPECT_FALSE(window->resultsView()->banner()->isVisible());
    // Elsewhere, bad input gets no advice about the search form.
    ErrorBanner banner;
    banner.showError(Error(ErrorClass::BadInput, QStringLiteral("Cannot read /tmp/x.kml")));
    EXPECT_FALSE(banner.text().contains(QStringLiteral("region, dates or filters")));
}

TEST_F(SearchFixture, SearchStartedFromTheDownloadsTabShowsTheResults)
{
    server.setHandler([this](const test::RecordedRequest &) { return test::CannedResponse::json(page1); });
    openWindow(true);
    window->searchPanel()->setProvider(QStringLiteral("replay"));
    ASSERT_NE(window->downloadsView(), nullptr);
    window->bottomTabs()->setCurrentWidget(window->downloadsView());
    QSignalSpy started(window->searchController(), &SearchController::started);
    window->searchController()->searchAction()->trigger();
    ASSERT_EQ(started.count(), 1);
    EXPECT_EQ(window->bottomTabs()->currentWidget(), static_cast<QWidget *>(window->resultsView()));
    window->searchController()->cancel();
}

TEST_F(SearchFixture, ExportActionSaysWhichResultsItWrites)
{
    server.setHandler([this](const test::RecordedRequest &) { return test::CannedResponse::json(page1); });
    openWindow();
    window->searchPanel()->setProvider(QStringLiteral("replay"));
    QSignalSpy finished(window->searchController(), &SearchController::finished);
    window->searchController()->search();
    ASSERT_TRUE(finished.wait(10000));
    auto *exportAction = window->findChild<QAction *>(QStringLiteral("exportResults"));
    ASSERT_NE(exportAction, nullptr);
    const int total = window->resultsModel()->rowCount();
    ASSERT_GT(total, 3);
    EXPECT_TRUE(exportAction->text().contains(QStringLiteral("all %1").arg(total))) << exportAction->text().toStdString();
    window->resultsView()->selectRows({0, 1, 2});
    EXPECT_TRUE(exportAction->text().contains(QStringLiteral("3 selected"))) << exportAction->text().toStdString();
}

TEST_F(SearchFixture, SearchButtonStaysInViewOnAShortScreen)
{
    openWindow();
    window->resize(1280, 680);
    QApplication::processEvents();
    QPushButton *search = nullptr;
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->text() == window->searchController()->searchAction()->text().remove(QLatin1Char('&')))
            search = button;
    }
    ASSERT_NE(search, nullptr);
    ASSERT_TRUE(search->isVisible());
    // Wholly inside the window and not clipped by a scroll area.
    const QRect inWindow(search->mapTo(window.get(), QPoint(0, 0)), search->size());
    EXPECT_TRUE(window->rect().contains(inWindow));
    EXPECT_EQ(search->visibleRegion().boundingRect().size(), search->size());
}

TEST_F(SearchFixture, LastSearchFormIsRestoredAtTheNextStart)
{
    openWindow();
    SearchPanel *panel = window->searchPanel();
    panel->setProvider(QStringLiteral("replay"));
    const QString collection = panel->collectionName();
    panel->setDates(QDate(2024, 2, 3), QDate(2024, 4, 5));
    panel->setCloudMax(40);
    const Region region = Region::fromBox({-50.5, -12.25, -49.0, -11.0});
    window->map()->setRegion(region);
    Q_EMIT window->map()->regionChanged(region);
    window->close();
    window.reset();

    openWindow();
    const SearchQuery query = window->searchPanel()->query();
    EXPECT_EQ(query.provider, QStringLiteral("replay"));
    EXPECT_EQ(query.collection, collection);
    EXPECT_EQ(query.start, QDate(2024, 2, 3));
    EXPECT_EQ(query.end, QDate(2024, 4, 5));
    ASSERT_TRUE(query.cloudMax.has_value());
    EXPECT_EQ(*query.cloudMax, 40);
    EXPECT_EQ(query.region, region);
    EXPECT_EQ(window->map()->region(), region);
}

// A program that ends without closing its window (killed, crashed, logged out) still keeps the
// form of its last search.
TEST_F(SearchFixture, TheFormOfTheLastSearchSurvivesAnEndWithoutClosing)
{
    openWindow();
    SearchPanel *panel = window->searchPanel();
    panel->setProvider(QStringLiteral("replay"));
    panel->setDates(QDate(2024, 6, 1), QDate(2024, 6, 30));
    const Region region = Region::fromBox({-48.5, -16.0, -47.0, -15.0});
    window->map()->setRegion(region);
    Q_EMIT window->map()->regionChanged(region);
    server.setHandler([](const test::RecordedRequest &) {
        return test::CannedResponse::json(R"({"type": "FeatureCollection", "features": []})");
    });
    QSignalSpy finished(window->searchController(), &SearchController::finished);
    window->searchController()->search();
    ASSERT_TRUE(finished.wait(5000));
    window.reset();   // no close(): nothing saved on the way out

    openWindow();
    const SearchQuery query = window->searchPanel()->query();
    EXPECT_EQ(query.provider, QStringLiteral("replay"));
    EXPECT_EQ(query.start, QDate(2024, 6, 1));
    EXPECT_EQ(query.end, QDate(2024, 6, 30));
    EXPECT_EQ(query.region, region);
}

// The window reopens with the results of the last search, as the user left them.
TEST_F(SearchFixture, TheResultsOfTheLastSearchAreShownAgainAtTheNextStart)
{
    server.setHandler([this](const test::RecordedRequest &) { return test::CannedResponse::json(page1); });
    openWindow();
    window->searchPanel()->setProvider(QStringLiteral("replay"));
    QSignalSpy finished(window->searchController(), &SearchController::finished);
    window->searchController()->search();
    ASSERT_TRUE(finished.wait(5000));
    const int count = window->resultsModel()->rowCount();
    ASSERT_GT(count, 0);
    const QString firstId = window->resultsModel()->result(0).sceneId;
    window->close();
    window.reset();

    openWindow();
    QApplication::processEvents();
    ASSERT_EQ(window->resultsModel()->rowCount(), count);
    EXPECT_EQ(window->resultsModel()->result(0).sceneId, firstId);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QString::number(count)))
        << window->statusBar()->currentMessage().toStdString();
}

// A damaged file of last results is reported and left as it is; the window opens empty.
TEST_F(SearchFixture, DamagedLastResultsAreReportedNotShownAndNotOverwritten)
{
    QDir().mkpath(QFileInfo(LastResults::defaultPath()).absolutePath());
    QFile file(LastResults::defaultPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"results\": [ {\"id\": ");
    file.close();
    openWindow();
    QApplication::processEvents();
    EXPECT_EQ(window->resultsModel()->rowCount(), 0);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("last-results.json")))
        << window->statusBar()->currentMessage().toStdString();
    QFile again(LastResults::defaultPath());
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("{\"results\": [ {\"id\": "));
}

TEST_F(SearchFixture, StatusBarTextsKeepApart)
{
    openWindow(true);
    window->resize(1280, 680);
    QApplication::processEvents();
    auto *downloads = window->statusBar()->findChild<QLabel *>(QStringLiteral("downloadStatus"));
    auto *coordinates = window->statusBar()->findChild<QLabel *>(QStringLiteral("cursorCoordinates"));
    ASSERT_TRUE(downloads && coordinates);
    downloads->setText(QStringLiteral("3 downloading · 1.2 GB of 4.0 GB · 12.5 MB/s"));
    coordinates->setText(QStringLiteral("-45.12345, -12.00000"));
    QApplication::processEvents();
    const int downloadsTextEnd = downloads->geometry().x() + downloads->contentsRect().x()
        + downloads->fontMetrics().horizontalAdvance(downloads->text());
    const int coordinatesTextStart = coordinates->geometry().x() + coordinates->contentsRect().x();
    EXPECT_GE(coordinatesTextStart - downloadsTextEnd, 12);
}

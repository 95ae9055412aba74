// The map credits what it draws: Natural Earth while the tile server is unreachable, the tile
// server's line once its tiles cover the view, and it says when tiles cannot be fetched.
#include "tests/support/LocalHttpServer.h"

#include "ui/app/BasemapMenu.h"
#include "ui/app/UiSettings.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/map/MapWidget.h"
#include "ui/map/TileFetcher.h"

#include "core/net/NetworkAccess.h"
#include "core/settings/Settings.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

const QString kOsmCredit = QStringLiteral("© OpenStreetMap contributors");
const QString kNaturalEarth = QStringLiteral("Basemap: Natural Earth");

QByteArray pngTile()
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(QColor(120, 160, 90));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A loopback port nobody listens on: connections to it are refused at once.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString templateOn(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port);
}

} // namespace

TEST(MapAttribution, UnreachableTileServerIsNotCreditedAndTheMapSaysItIsOffline)
{
    NetworkAccess network;
    MapWidget map(&network);
    map.resize(400, 300);
    map.setTileServer(templateOn(closedPort()), kOsmCredit);
    map.grab();   // the first paint asks for the tiles
    ASSERT_TRUE(QTest::qWaitFor([&] { return map.tilesOffline(); }, 10000));
    map.grab();
    // Only Natural Earth is on screen, so OpenStreetMap must not be named.
    EXPECT_EQ(map.attribution(), kNaturalEarth);
}

TEST(MapAttribution, TilesCoveringTheViewAreCreditedAlone)
{
    test::LocalHttpServer server;
    const QByteArray tile = pngTile();
    server.setHandler([&tile](const test::RecordedRequest &) { return test::CannedResponse::text(tile, 200, "image/png"); });
    NetworkAccess network;
    MapWidget map(&network);
    map.resize(400, 300);
    map.setTileServer(templateOn(server.port()), kOsmCredit);
    map.grab();
    EXPECT_EQ(map.attribution(), kNaturalEarth);   // nothing has arrived yet
    ASSERT_TRUE(QTest::qWaitFor([&] { map.grab(); return map.attribution() == kOsmCredit; }, 10000))
        << map.attribution().toStdString();
    EXPECT_FALSE(map.tilesOffline());
    // The tile usage policy asks for the program's own User-Agent.
    ASSERT_GT(server.requestCount(), 0);
    EXPECT_EQ(server.requests().first().header("User-Agent"), NetworkAccess::userAgent());

    // Tiles switched off: the basemap is all there is again.
    map.setTileServer({}, kOsmCredit);
    map.grab();
    EXPECT_EQ(map.attribution(), kNaturalEarth);
}

TEST(MapAttribution, PartlyLoadedTilesCreditBoth)
{
    // Only the tiles of the western half of the world exist; the rest is basemap.
    test::LocalHttpServer server;
    const QByteArray tile = pngTile();
    server.setHandler([&tile](const test::RecordedRequest &request) {
        const QStringList parts = QString::fromLatin1(request.target).split(QLatin1Char('/'));
        const bool west = parts.size() == 4 && parts[2].toInt() < 2;
        return west ? test::CannedResponse::text(tile, 200, "image/png") : test::CannedResponse::text("none", 404);
    });
    NetworkAccess network;
    MapWidget map(&network);
    map.resize(400, 300);
    map.setCenter({0.0, 20.0}, 2.0);
    map.setTileServer(templateOn(server.port()), kOsmCredit);
    map.grab();
    const QString both = kNaturalEarth + QStringLiteral(" · ") + kOsmCredit;
    ASSERT_TRUE(QTest::qWaitFor([&] { map.grab(); return map.attribution() == both; }, 10000))
        << map.attribution().toStdString();
    // 404s are answers: the server is up, only those tiles are missing.
    EXPECT_FALSE(map.tilesOffline());
}

TEST(TileFetcher, MissingTilesDoNotMeanOffline)
{
    test::LocalHttpServer server;
    server.setHandler([](const test::RecordedRequest &) { return test::CannedResponse::text("none", 404); });
    QNetworkAccessManager manager;
    TileFetcher fetcher(&manager, {}, 0);
    QSignalSpy offline(&fetcher, &TileFetcher::offlineChanged);
    fetcher.setUrlTemplate(templateOn(server.port()));
    for (int x = 0; x < 4; ++x)
        EXPECT_TRUE(fetcher.tile({2, x, 1}).isNull());
    ASSERT_TRUE(QTest::qWaitFor([&] { return fetcher.pendingCount() == 0; }, 10000));
    EXPECT_EQ(server.requestCount(), 4);
    EXPECT_FALSE(fetcher.isOffline());
    EXPECT_EQ(offline.count(), 0);
}

TEST(TileFetcher, RefusedConnectionsMeanOfflineUntilTheTemplateChanges)
{
    QNetworkAccessManager manager;
    TileFetcher fetcher(&manager, {}, 0);
    QSignalSpy offline(&fetcher, &TileFetcher::offlineChanged);
    fetcher.setUrlTemplate(templateOn(closedPort()));
    fetcher.tile({1, 0, 0});
    fetcher.tile({1, 1, 0});
    ASSERT_TRUE(offline.wait(10000));
    EXPECT_TRUE(fetcher.isOffline());
    EXPECT_EQ(offline.first().first().toBool(), true);

    // Another server: nothing is known about it yet.
    fetcher.setUrlTemplate(QStringLiteral("http://127.0.0.2:9/{z}/{x}/{y}.png"));
    EXPECT_FALSE(fetcher.isOffline());
    ASSERT_EQ(offline.count(), 2);
    EXPECT_EQ(offline.last().first().toBool(), false);
}

TEST(BasemapChoice, EachChoiceIsStoredAndReadBack)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    registerUiDefaults(settings);
    EXPECT_EQ(basemapIn(settings), Basemap::OpenStreetMap);

    ASSERT_TRUE(chooseBasemap(settings, Basemap::Custom, QStringLiteral(" https://tiles.example.org/{z}/{x}/{y}.png ")).ok());
    EXPECT_EQ(basemapIn(settings), Basemap::Custom);
    EXPECT_EQ(settings.value(QStringLiteral("map.tile_url")), QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));

    // Offline only: the custom template is kept for later.
    ASSERT_TRUE(chooseBasemap(settings, Basemap::NaturalEarth).ok());
    EXPECT_EQ(basemapIn(settings), Basemap::NaturalEarth);
    EXPECT_EQ(settings.value(QStringLiteral("map.tiles")), QStringLiteral("off"));
    EXPECT_EQ(settings.value(QStringLiteral("map.tile_url")), QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));

    ASSERT_TRUE(chooseBasemap(settings, Basemap::OpenStreetMap).ok());
    EXPECT_EQ(basemapIn(settings), Basemap::OpenStreetMap);
    EXPECT_EQ(settings.value(QStringLiteral("map.tile_url")), QLatin1String(ui_settings::kDefaultTileUrl));
}

TEST(BasemapChoice, ATemplateWithoutPlaceholdersIsRefusedByName)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    registerUiDefaults(settings);
    const Status refused = chooseBasemap(settings, Basemap::Custom, QStringLiteral("https://tiles.example.org/{z}/tile.png"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("lacks {x}, {y}"))) << refused.error().message.toStdString();
    EXPECT_FALSE(chooseBasemap(settings, Basemap::Custom, QStringLiteral("ftp://tiles.example.org/{z}/{x}/{y}")).ok());
    // Nothing changed.
    EXPECT_EQ(basemapIn(settings), Basemap::OpenStreetMap);
}

TEST(BasemapChoice, TheMapMenuSwitchesTheMapAndFollowsTheTileSwitch)
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    registerUiDefaults(settings);
    NetworkAccess network;
    MainWindow window(AppContext{&settings, &network, nullptr, nullptr, nullptr});
    auto *menu = window.findChild<BasemapMenu *>();
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->action(Basemap::OpenStreetMap)->isChecked());
    EXPECT_EQ(window.map()->tileServer(), QLatin1String(ui_settings::kDefaultTileUrl));

    menu->action(Basemap::NaturalEarth)->trigger();
    EXPECT_TRUE(window.map()->tileServer().isEmpty());
    EXPECT_EQ(settings.value(QStringLiteral("map.tiles")), QStringLiteral("off"));

    // Changed elsewhere (the settings dialog, the toolbar switch): the menu shows it when opened.
    ASSERT_TRUE(settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("on")).ok());
    menu->sync();
    EXPECT_TRUE(menu->action(Basemap::OpenStreetMap)->isChecked());
}

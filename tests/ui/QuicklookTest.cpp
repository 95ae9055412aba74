// Quicklooks: why one is missing, the thumbnail cache, icons in the result list, the detail panel.
#include "tests/support/LocalHttpServer.h"

#include "ui/map/Footprints.h"
#include "ui/map/QuicklookLayer.h"
#include "ui/quicklook/ThumbnailCache.h"
#include "ui/results/ResultDetailsPanel.h"
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include "core/net/NetworkAccess.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;
using eoc::test::CannedResponse;
using eoc::test::LocalHttpServer;
using eoc::test::RecordedRequest;

namespace {

QByteArray pngBytes(QColor colour, QSize size = {64, 48})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray jpegBytes(QColor colour, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

QList<QPolygonF> someRings() { return normalizedRings(Region::fromBox({10.0, 10.0, 11.0, 11.0})); }

struct QuicklookFixture : ::testing::Test {
    LocalHttpServer server;
    NetworkAccess network;
    QTemporaryDir folder;
    ThumbnailCache cache{&network, folder.path()};
};

} // namespace

TEST_F(QuicklookFixture, AFailedFetchSaysWhyNotThatThereIsNone)
{
    server.route(QStringLiteral("/ql.jpg"), CannedResponse::text("gone", 404));
    QuicklookLayer layer(&cache);
    QSignalSpy unavailable(&layer, &QuicklookLayer::unavailable);
    layer.show(server.url(QStringLiteral("/ql.jpg")), someRings());
    ASSERT_TRUE(unavailable.wait(5000));
    const QString message = unavailable.first().first().toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Quicklook could not be fetched: "))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("No quicklook")));
    EXPECT_FALSE(layer.hasImage());
}

TEST_F(QuicklookFixture, AResultWithoutQuicklookSaysSo)
{
    QuicklookLayer layer(&cache);
    QSignalSpy unavailable(&layer, &QuicklookLayer::unavailable);
    layer.show(QUrl(), someRings());
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_EQ(unavailable.first().first().toString(), QStringLiteral("No quicklook for this scene."));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(QuicklookFixture, AQuicklookIsFetchedOnceAndKeptOnDisk)
{
    server.route(QStringLiteral("/ql.png"), CannedResponse::text(pngBytes(Qt::red), 200, "image/png"));
    const QUrl url = server.url(QStringLiteral("/ql.png"));
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    EXPECT_TRUE(cache.icon(url).isNull());
    cache.request(url);   // a second ask while the first is under way adds nothing
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(cache.icon(url).width(), ThumbnailCache::kIconSize);
    EXPECT_EQ(cache.preview(url).size(), QSize(64, 48));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 1);

    // Another window (or the next start) reads it from disk.
    ThumbnailCache second(&network, folder.path());
    QSignalSpy secondReady(&second, &ThumbnailCache::ready);
    second.request(url);
    ASSERT_TRUE(secondReady.wait(5000));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(second.preview(url).pixelColor(5, 5), QColor(Qt::red));
}

// Large quicklooks are decoded at a power-of-two fraction of their size that fits the preview
// (the JPEG decoder's cheap path), keeping their shape; small ones keep their own size.
TEST_F(QuicklookFixture, LargeQuicklooksAreDecodedAtAFractionThatFitsThePreview)
{
    server.route(QStringLiteral("/square.jpg"), CannedResponse::text(jpegBytes(Qt::blue, {1000, 1000}), 200, "image/jpeg"));
    server.route(QStringLiteral("/wide.jpg"), CannedResponse::text(jpegBytes(Qt::green, {4000, 1000}), 200, "image/jpeg"));
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    cache.request(server.url(QStringLiteral("/square.jpg")));
    cache.request(server.url(QStringLiteral("/wide.jpg")));
    while (ready.size() < 2)
        ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(cache.preview(server.url(QStringLiteral("/square.jpg"))).size(), QSize(500, 500));
    // 4000 x 1000 is read at 1/8: 500 x 125, the shape kept.
    EXPECT_EQ(cache.preview(server.url(QStringLiteral("/wide.jpg"))).size(), QSize(500, 125));
    EXPECT_EQ(cache.icon(server.url(QStringLiteral("/wide.jpg"))).width(), ThumbnailCache::kIconSize);
    const QColor blue = cache.preview(server.url(QStringLiteral("/square.jpg"))).pixelColor(250, 250);
    EXPECT_GT(blue.blue(), 200);
    EXPECT_LT(blue.red(), 50);
}

TEST_F(QuicklookFixture, AnAnswerThatIsNoImageIsAFailureAndNotCached)
{
    server.route(QStringLiteral("/ql.png"), CannedResponse::text("<html>sign in</html>", 200, "text/html"));
    const QUrl url = server.url(QStringLiteral("/ql.png"));
    QSignalSpy failed(&cache, &ThumbnailCache::failed);
    cache.request(url);
    ASSERT_TRUE(failed.wait(5000));
    ASSERT_TRUE(cache.failure(url).has_value());
    EXPECT_TRUE(cache.failure(url)->message.contains(QStringLiteral("not an image")));
    EXPECT_TRUE(QDir(folder.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(QuicklookFixture, OnlyTheVisibleRowsFetchTheirThumbnails)
{
    server.setHandler([](const RecordedRequest &) { return CannedResponse::text(pngBytes(Qt::blue), 200, "image/png"); });
    ResultsModel model;
    model.setThumbnails(&cache);
    QList<SceneResult> page(300);
    for (int i = 0; i < page.size(); ++i) {
        page[i].sceneId = QStringLiteral("scene-%1").arg(i, 3, 10, QLatin1Char('0'));
        page[i].quicklook = server.url(QStringLiteral("/ql/%1.png").arg(i));
    }
    model.appendPage(page);
    ResultsView view(&model);
    view.resize(700, 400);
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    view.grab();   // paints the rows that fit: only those ask for their icons
    const int visible = int(cache.pendingCount());
    EXPECT_GT(visible, 0);
    EXPECT_LT(visible, 30);
    while (cache.pendingCount() > 0)
        ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(server.requestCount(), visible);
    // The icon is now in the Scene column.
    const QModelIndex first = view.proxy()->index(0, ResultsModel::Id);
    EXPECT_FALSE(first.data(Qt::DecorationRole).value<QImage>().isNull());
}

TEST_F(QuicklookFixture, TheDetailPanelShowsAttributesAssetsLinksAndTheQuicklook)
{
    server.route(QStringLiteral("/ql.png"), CannedResponse::text(pngBytes(Qt::green), 200, "image/png"));
    SceneResult r;
    r.sceneId = QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R038_T24MUV_20250731T164520");
    r.collection = QStringLiteral("sentinel-2-l2a");
    r.quicklook = server.url(QStringLiteral("/ql.png"));
    r.attributes.insert(QStringLiteral("s2:mgrs_tile"), QStringLiteral("24MUV"));
    r.attributes.insert(QStringLiteral("view:sun_elevation"), 61.25);
    SceneAsset red{QStringLiteral("red"), QUrl(QStringLiteral("https://example.org/B04.tif")), QStringLiteral("image/tiff"),
                   QStringLiteral("Red (band 4)"), {QStringLiteral("data")}, qint64(3) << 20, {}};
    SceneAsset thumb{QStringLiteral("thumbnail"), r.quicklook, QStringLiteral("image/png"), {}, {QStringLiteral("thumbnail")}, {}, {}};
    r.assets << red << thumb;

    ResultDetailsPanel panel(&cache);
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    panel.showResult(r, QStringLiteral("STAC catalogue"));
    const QString text = panel.browser()->toPlainText();
    for (const QString &expected : {r.sceneId, QStringLiteral("STAC catalogue"), QStringLiteral("s2:mgrs_tile"),
                                    QStringLiteral("24MUV"), QStringLiteral("view:sun_elevation"), QStringLiteral("61.25"),
                                    QStringLiteral("Red (band 4)"), QStringLiteral("3.0 MiB"),
                                    QStringLiteral("https://example.org/B04.tif")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(panel.browser()->toHtml().contains(QStringLiteral("href=\"https://example.org/B04.tif\"")));
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_TRUE(panel.hasQuicklookImage());
    EXPECT_TRUE(panel.quicklookStatus().isEmpty());
}

TEST_F(QuicklookFixture, TheDetailPanelSaysWhyAQuicklookIsMissing)
{
    server.route(QStringLiteral("/ql.png"), CannedResponse::text("nope", 404));
    SceneResult r;
    r.sceneId = QStringLiteral("x");
    ResultDetailsPanel panel(&cache);
    panel.showResult(r, QStringLiteral("STAC"));
    EXPECT_EQ(panel.quicklookStatus(), QStringLiteral("No quicklook for this scene."));
    r.quicklook = server.url(QStringLiteral("/ql.png"));
    QSignalSpy failed(&cache, &ThumbnailCache::failed);
    panel.showResult(r, QStringLiteral("STAC"));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(panel.quicklookStatus().startsWith(QStringLiteral("Quicklook could not be fetched: ")));
}

TEST(ThumbnailDiskCache, TrimmingKeepsTheNewestFilesWithinTheBudget)
{
    QTemporaryDir folder;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i) {
        QFile file(QDir(folder.path()).filePath(QStringLiteral("f%1").arg(i)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'x'));
        ASSERT_TRUE(file.flush());   // a later flush would stamp the file with the present time
        // f0 is the oldest, f3 the newest.
        ASSERT_TRUE(file.setFileTime(now.addSecs(-3600 + i * 60), QFileDevice::FileModificationTime));
    }
    EXPECT_EQ(ThumbnailCache::trimFolder(folder.path(), 2500), 2000);
    QStringList left = QDir(folder.path()).entryList(QDir::Files);
    left.sort();
    EXPECT_EQ(left, QStringList({QStringLiteral("f2"), QStringLiteral("f3")}));
}

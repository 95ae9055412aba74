// Desktop UI benchmarks: footprint painting (with hover and the table's filter), result
// appending, event-loop stalls while thumbnails load, and start-up to first paint.
#include "tests/support/LocalHttpServer.h"

#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/map/Viewport.h"
#include "ui/quicklook/ThumbnailCache.h"
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsMapBinding.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include "core/net/NetworkAccess.h"

#include <QApplication>
#include <QTest>
#include <QHeaderView>
#include <QTableView>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cmath>
#include <functional>

using namespace eoc;
using namespace eoc::ui;

namespace {

// Scene-sized boxes (about 1 degree, like a Sentinel-2 tile) scattered over South America.
QList<SceneResult> makeResults(int count, int firstIndex = 0)
{
    QRandomGenerator random(42 + firstIndex);
    QList<SceneResult> results;
    results.reserve(count);
    for (int i = 0; i < count; ++i) {
        SceneResult r;
        r.sceneId = QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R038_T24M%1_20250731T164520").arg(firstIndex + i);
        r.provider = QStringLiteral("stac");
        r.collection = QStringLiteral("sentinel-2-l2a");
        r.cloudCover = random.bounded(100.0);
        r.size = 800'000'000 + random.bounded(300'000'000);
        r.tile = QStringLiteral("24MUV");
        r.start = QDateTime(QDate(2025, 1, 1).addDays(i % 365), QTime(13, 2), Qt::UTC);
        const double west = -75.0 + random.bounded(40.0);
        const double south = -35.0 + random.bounded(40.0);
        r.footprint = Region::fromBox({west, south, west + 1.0, south + 0.9});
        results.append(r);
    }
    return results;
}

// Frames of 10,000 footprints at 1920x1080 (South America filling a full-HD screen), five of
// them selected and one hovered; `viewFor(frame)` gives each frame's view.
void paintFrames(benchmark::State &state, const QList<SceneResult> &results, const std::function<Viewport(int frame)> &viewFor)
{
    FootprintLayer layer;
    layer.append(results);
    layer.setSelectedRows({1, 2, 3, 500, 9000});
    layer.setHoveredRow(42);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    int n = 0;
    for (auto _ : state) {
        const Viewport viewport = viewFor(n++);
        frame.fill(Qt::white);
        QPainter painter(&frame);
        layer.paint(painter, viewport);
        painter.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.counters["footprints"] = layer.count();
}

const QSize kFullHd(1920, 1080);

// One view, frame after frame (hover, selection, tooltips).
void BM_PaintTenThousandFootprints(benchmark::State &state)
{
    paintFrames(state, makeResults(10'000), [](int) { return Viewport(kFullHd, {-55.0, -15.0}, 4.0); });
}
BENCHMARK(BM_PaintTenThousandFootprints)->Unit(benchmark::kMillisecond);

// The map dragged by 7 and 3 pixels a frame, as a mouse moves it, back and forth so that the view
// stays over the footprints: the layer's image is drawn shifted and only the uncovered strips painted.
void BM_PaintTenThousandFootprintsWhilePanning(benchmark::State &state)
{
    Viewport viewport(kFullHd, {-55.0, -15.0}, 4.0);
    paintFrames(state, makeResults(10'000), [&viewport](int n) {
        viewport.panBy((n / 40) % 2 ? QPointF(-7, -3) : QPointF(7, 3));
        return viewport;
    });
}
BENCHMARK(BM_PaintTenThousandFootprintsWhilePanning)->Unit(benchmark::kMillisecond);

// A new scale each frame: every footprint is painted again.
Viewport zoomingView(int n)
{
    return Viewport(kFullHd, {-55.0, -15.0}, 4.0 + (n % 2) * 0.05);
}

void BM_PaintTenThousandFootprintsWhileZooming(benchmark::State &state)
{
    paintFrames(state, makeResults(10'000), zoomingView);
}
BENCHMARK(BM_PaintTenThousandFootprintsWhileZooming)->Unit(benchmark::kMillisecond);

// Footprints that are not boxes (quadrilaterals turned by 12 degrees, as Landsat scenes lie:
// boxes are drawn as boxes, these take the polygon rasteriser) while zooming, the worst case.
void BM_PaintTenThousandTurnedFootprints(benchmark::State &state)
{
    QList<SceneResult> results = makeResults(10'000);
    const double turn = 12.0 * M_PI / 180.0;
    for (SceneResult &r : results) {
        const BoundingBox b = r.footprint.box();
        const double cx = (b.west + b.east) / 2, cy = (b.south + b.north) / 2;
        Ring ring;
        for (const auto &[x, y] : {std::pair{b.west, b.south}, {b.east, b.south}, {b.east, b.north}, {b.west, b.north}, {b.west, b.south}})
            ring.append(GeoPoint{cx + (x - cx) * std::cos(turn) - (y - cy) * std::sin(turn), cy + (x - cx) * std::sin(turn) + (y - cy) * std::cos(turn)});
        r.footprint = *Region::fromPolygons({Polygon{ring, {}}});
    }
    paintFrames(state, results, zoomingView);
}
BENCHMARK(BM_PaintTenThousandTurnedFootprints)->Unit(benchmark::kMillisecond);

// One frame of the map as the desktop program runs it: 10,000 footprints behind the results
// table and its filter (half the rows filtered out, so the shown-rows mask is in use), the mouse
// moving (hover hit test and tooltip-ready highlight), then the footprints painted.
void BM_FrameTenThousandFootprintsHoverAndFilter(benchmark::State &state)
{
    ResultsModel model;
    ResultsView view(&model);
    MapWidget map(nullptr);
    ResultsMapBinding binding(&model, &view, &map);
    map.resize(1920, 1080);
    QList<SceneResult> results = makeResults(10'000);
    for (int i = 0; i < results.size(); i += 2)
        results[i].tile = QStringLiteral("22KHF");
    model.appendPage(results);
    view.filterEdit()->setText(QStringLiteral("24MUV"));
    if (map.footprints()->shownCount() != 5'000)
        state.SkipWithError("the map does not follow the filter");
    map.footprints()->setSelectedRows({1, 3, 501, 9001});
    map.setCenter({-55.0, -15.0}, 4.0);
    QImage frame(map.size(), QImage::Format_ARGB32_Premultiplied);
    QRandomGenerator random(7);
    for (auto _ : state) {
        const QPointF at(random.bounded(1920.0), random.bounded(1080.0));
        QMouseEvent move(QEvent::MouseMove, at, map.mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&map, &move);
        frame.fill(Qt::white);
        QPainter painter(&frame);
        map.footprints()->paint(painter, map.viewport());
        painter.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.counters["shown"] = map.footprints()->shownCount();
}
BENCHMARK(BM_FrameTenThousandFootprintsHoverAndFilter)->Unit(benchmark::kMillisecond);

// Typing into the filter of 10,000 results: the table refilters and the map's shown-rows mask
// follows, per keystroke.
void BM_FilterSyncTenThousand(benchmark::State &state)
{
    ResultsModel model;
    ResultsView view(&model);
    MapWidget map(nullptr);
    ResultsMapBinding binding(&model, &view, &map);
    QList<SceneResult> results = makeResults(10'000);
    for (int i = 0; i < results.size(); i += 2)
        results[i].tile = QStringLiteral("22KHF");
    model.appendPage(results);
    bool narrow = false;
    for (auto _ : state) {
        narrow = !narrow;
        view.filterEdit()->setText(narrow ? QStringLiteral("24MUV") : QString());
    }
    state.counters["shown"] = map.footprints()->shownCount();
}
BENCHMARK(BM_FilterSyncTenThousand)->Unit(benchmark::kMillisecond);

QByteArray quicklookJpeg(int index)
{
    // A Sentinel-2 quicklook is about 1,000 pixels square; noise keeps the JPEG realistic in size.
    QImage image(1000, 1000, QImage::Format_RGB32);
    QRandomGenerator random{quint32(index)};
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x + index) & 0xff, (y * 3) & 0xff, int(random.bounded(64u)) + 96);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// The longest time the GUI thread goes without running its event loop while the result list
// loads 100 thumbnails (fetched from a local server, decoded and written to the disk cache off
// the GUI thread), with the table on screen repainting as icons arrive. range(0) = 1: the same
// 100 read back from the disk cache instead.
void BM_LongestStallWhileHundredThumbnailsLoad(benchmark::State &state)
{
    const bool fromDisk = state.range(0) != 0;
    QList<QByteArray> images;
    for (int i = 0; i < 100; ++i)
        images.append(quicklookJpeg(i));
    // The server answers from its own thread: its work is not the program's and must not count
    // as a stall of the GUI thread.
    QThread serverThread;
    eoc::test::LocalHttpServer server;
    server.setHandler([&images](const eoc::test::RecordedRequest &request) {
        const int index = request.url().path().section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0).toInt();
        return eoc::test::CannedResponse::text(images.value(index), 200, "image/jpeg");
    });
    server.moveToThread(&serverThread);
    serverThread.start();
    NetworkAccess network;
    double worstMs = 0;
    double loadMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir folder;
        if (fromDisk) {
            ThumbnailCache warm(&network, folder.path());
            QEventLoop loop;
            int done = 0;
            QObject::connect(&warm, &ThumbnailCache::ready, &loop, [&] { if (++done == 100) loop.quit(); });
            for (int i = 0; i < 100; ++i)
                warm.request(server.url(QStringLiteral("/ql/%1.jpg").arg(i)));
            loop.exec();
        }
        ThumbnailCache cache(&network, folder.path());
        ResultsModel model;
        model.setThumbnails(&cache);
        QList<SceneResult> page(100);
        for (int i = 0; i < 100; ++i) {
            page[i].sceneId = QStringLiteral("scene-%1").arg(i);
            page[i].quicklook = server.url(QStringLiteral("/ql/%1.jpg").arg(i));
        }
        ResultsView view(&model);
        // Every row visible, so that all 100 ask for their icon: as tall as 100 rows of the
        // table's own row height (it follows the font), with room for the rest of the window.
        const auto *table = view.findChild<QTableView *>();
        const int rowHeight = table ? table->verticalHeader()->defaultSectionSize() : 40;
        view.resize(900, 100 * rowHeight + 400);
        view.show();
        // A new window's first expose paints all of it (about 50 ms for this tall one). That is
        // the window opening, not thumbnails loading: as in the program, the results window is
        // on screen before the results arrive, so it opens before the clock starts.
        if (!QTest::qWaitForWindowExposed(&view))
            state.SkipWithError("the results window was never shown");
        QCoreApplication::processEvents();
        state.ResumeTiming();

        QElapsedTimer total;
        total.start();
        QElapsedTimer sinceTick;
        sinceTick.start();
        double worst = 0;
        int ready = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            worst = std::max(worst, sinceTick.nsecsElapsed() / 1e6);
            sinceTick.restart();
        });
        tick.start();
        QEventLoop loop;
        // The model repaints each row as its icon arrives (dataChanged), as in the program.
        QObject::connect(&cache, &ThumbnailCache::ready, &loop, [&] {
            if (++ready == 100)
                loop.quit();
        });
        QObject::connect(&cache, &ThumbnailCache::failed, &loop, [&] { loop.quit(); });
        // A run that stalls for good says so rather than hanging the whole benchmark run.
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        model.appendPage(page);
        view.grab();   // the first paint asks for the icons of the visible rows
        sinceTick.restart();
        loop.exec();
        if (ready != 100) {
            const QByteArray why = QStringLiteral("%1 of 100 thumbnails loaded (%2 requests served, %3 pending)")
                                       .arg(ready).arg(server.requestCount()).arg(cache.pendingCount()).toUtf8();
            state.SkipWithError(why.constData());
            break;
        }
        worstMs = std::max(worstMs, worst);
        loadMs += total.nsecsElapsed() / 1e6;
    }
    // Back to this thread (from the server's own) so that it is destroyed where it lives.
    QThread *home = QThread::currentThread();
    QMetaObject::invokeMethod(&server, [&server, home] { server.moveToThread(home); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    state.counters["longest_stall_ms"] = worstMs;
    state.counters["load_all_ms"] = benchmark::Counter(loadMs, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_LongestStallWhileHundredThumbnailsLoad)->Arg(0)->Arg(1)->Iterations(3)->Unit(benchmark::kMillisecond);

// 100,000 results arriving in pages of 1,000 (a large STAC search), into the model alone and
// into the model behind the sorting/filtering proxy the results table uses.
void BM_AppendHundredThousandResults(benchmark::State &state)
{
    const bool withProxy = state.range(0) != 0;
    QList<QList<SceneResult>> pages;
    for (int p = 0; p < 100; ++p)
        pages.append(makeResults(1'000, p * 1'000));
    for (auto _ : state) {
        ResultsModel model;
        ResultsFilterModel proxy;
        if (withProxy) {
            proxy.setSourceModel(&model);
            proxy.sort(ResultsModel::Date, Qt::DescendingOrder);
        }
        for (const QList<SceneResult> &page : std::as_const(pages))
            model.appendPage(page);
        benchmark::DoNotOptimize(model.rowCount());
        if (withProxy && proxy.rowCount() != 100'000)
            state.SkipWithError("proxy lost rows");
    }
    state.SetItemsProcessed(state.iterations() * 100'000);
}
BENCHMARK(BM_AppendHundredThousandResults)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Kilobytes of a /proc/self/status line ("VmRSS", "VmHWM").
double statusMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// What the desktop program holds for 100,000 results: the results model, the sorted table's
// proxy, the table and the map's footprints, fed page by page as a search does. Peak RSS is the
// process's (run this benchmark in a process of its own: --benchmark_filter=Memory).
void BM_HundredThousandResultsMemory(benchmark::State &state)
{
    const double before = statusMegabytes("VmRSS:");
    double held = 0;
    for (auto _ : state) {
        ResultsModel model;
        ResultsView view(&model);
        MapWidget map(nullptr);
        ResultsMapBinding binding(&model, &view, &map);
        for (int p = 0; p < 100; ++p)
            model.appendPage(makeResults(1'000, p * 1'000));
        held = statusMegabytes("VmRSS:") - before;
        if (map.footprints()->count() != 100'000 || view.proxy()->rowCount() != 100'000)
            state.SkipWithError("not every result is held");
    }
    state.counters["held_mb"] = held;
    state.counters["peak_rss_mb"] = statusMegabytes("VmHWM:");
}
BENCHMARK(BM_HundredThousandResultsMemory)->Iterations(1)->Unit(benchmark::kMillisecond);

// Launches the program with EOC_STARTUP_PROBE=1: it prints the milliseconds from main() to its
// first painted frame and quits. Reports the wall time of launch-to-exit and the printed figure.
void BM_StartToFirstPaint(benchmark::State &state)
{
    const QString program = QStringLiteral(EOC_GUI_PATH);
    double firstPaintSum = 0;
    for (auto _ : state) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EOC_STARTUP_PROBE"), QStringLiteral("1"));
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {});
        if (!process.waitForFinished(30'000)) {
            state.SkipWithError("the program did not quit after its first paint");
            return;
        }
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint-ms ");
        if (at < 0) {
            state.SkipWithError("no first-paint-ms line");
            return;
        }
        firstPaintSum += out.mid(at + 15).trimmed().split('\n').first().toDouble();
    }
    state.counters["first_paint_ms"] = benchmark::Counter(firstPaintSum, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_StartToFirstPaint)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// Desktop UI benchmarks: footprint painting, result appending and start-up to first paint.
#include "ui/map/FootprintLayer.h"
#include "ui/map/Viewport.h"
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

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

void BM_PaintTenThousandFootprints(benchmark::State &state)
{
    FootprintLayer layer;
    layer.append(makeResults(10'000));
    layer.setSelectedRows({1, 2, 3, 500, 9000});
    layer.setHoveredRow(42);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    // South America filling a full-HD screen.
    const Viewport viewport(frame.size(), {-55.0, -15.0}, 4.0);
    for (auto _ : state) {
        frame.fill(Qt::white);
        QPainter painter(&frame);
        layer.paint(painter, viewport);
        painter.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.counters["footprints"] = layer.count();
}
BENCHMARK(BM_PaintTenThousandFootprints)->Unit(benchmark::kMillisecond);

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

// Reading a large catalogue page by page: 23,500 products in one month (more than the Data Space
// pages through, so the month is cut into time windows), 1,000 a page, each answer 100 ms away.
// One page at a time against up to four at once (dataspace.search_connections). The catalogue
// answers from its own thread, so building its answers is not the search's time.
#include "core/net/NetworkAccess.h"
#include "core/odata/ODataSearchJob.h"
#include "tests/support/ODataCatalogueServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <benchmark/benchmark.h>

using namespace eoc;
using namespace eoc::odata;
using namespace eoc::test;

namespace {

constexpr int kProducts = 23'500;
constexpr int kLatencyMs = 100;

void BM_ReadCatalogueOf23500(benchmark::State &state)
{
    const int parallelPages = int(state.range(0));
    const QDateTime first(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    ODataCatalogueServer catalogue(kProducts, first, 31LL * 24 * 3600 * 1000 / kProducts);
    QThread serverThread;
    LocalHttpServer server;
    server.setHandler([&](const RecordedRequest &r) {
        CannedResponse answer = catalogue.handle(r, server);
        answer.delayMs = kLatencyMs;
        return answer;
    });
    server.moveToThread(&serverThread);
    serverThread.start();
    NetworkAccess network;
    qint64 results = 0;
    int requests = 0;
    for (auto _ : state) {
        ODataSearchPlan plan;
        plan.odataBase = server.url(QStringLiteral("/odata/v1"));
        plan.clauses = {QStringLiteral("Collection/Name eq 'SENTINEL-2'")};
        plan.window = TimeWindow{first, first.addDays(31).addMSecs(-1)};
        plan.parallelPages = parallelPages;
        plan.parse.provider = QStringLiteral("dataspace");
        auto *job = new ODataSearchJob(&network, plan);
        QEventLoop loop;
        qint64 received = 0;
        QObject::connect(job, &SearchJob::pageReady, &loop, [&](const QList<SceneResult> &page) { received += page.size(); });
        QObject::connect(job, &SearchJob::finished, &loop, &QEventLoop::quit);
        QObject::connect(job, &SearchJob::failed, &loop, [&](const Error &e) {
            state.SkipWithError(qPrintable(e.toString()));
            loop.quit();
        });
        const int before = server.requestCount();
        job->start();
        loop.exec();
        requests = server.requestCount() - before;
        delete job;
        if (received != kProducts)
            state.SkipWithError("the search did not deliver every product");
        results += received;
    }
    QThread *home = QThread::currentThread();
    QMetaObject::invokeMethod(&server, [&server, home] { server.moveToThread(home); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    state.counters["requests"] = requests;
    state.counters["results_per_s"] = benchmark::Counter(double(results), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadCatalogueOf23500)->ArgName("pages_at_once")->Arg(1)->Arg(4)->Iterations(2)
    ->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

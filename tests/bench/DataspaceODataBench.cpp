// How fast OData Products answers become SceneResults: 100 pages of 1000 products (100 000
// results) made from the recorded CDSE pages (Attributes, Checksum) and the recorded CSC page with
// footprints, each product given its own Id.
#include "core/odata/ODataParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace eoc;
using namespace eoc::odata;

namespace {

QJsonArray recordedProducts(const QStringList &files)
{
    QJsonArray all;
    for (const auto &name : files) {
        QFile f(QStringLiteral(EOC_TEST_DATA_DIR "/dataspace/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        const auto values = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("value")).toArray();
        for (const auto &v : values)
            all.append(v);
    }
    return all;
}

// 100 answers of 1000 products each, serialised as the catalogue sends them.
QList<QByteArray> pages(const QJsonArray &products)
{
    QList<QByteArray> out;
    int n = 0;
    for (int p = 0; p < 100; ++p) {
        QJsonArray value;
        for (int i = 0; i < 1000; ++i, ++n) {
            QJsonObject product = products.at(n % products.size()).toObject();
            product[QStringLiteral("Id")] = QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
            value.append(product);
        }
        QJsonObject root{{QStringLiteral("@odata.context"), QStringLiteral("$metadata#Products(Attributes())")},
                         {QStringLiteral("value"), value},
                         {QStringLiteral("@odata.nextLink"), QStringLiteral("https://catalogue.dataspace.copernicus.eu/odata/v1/Products?$skip=%1").arg(n)}};
        out.append(QJsonDocument(root).toJson(QJsonDocument::Compact));
    }
    return out;
}

void run(benchmark::State &state, const QList<QByteArray> &answers)
{
    ParseContext context;
    context.collection = QStringLiteral("SENTINEL-1");
    context.downloadBase = QUrl(QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1"));
    qint64 results = 0;
    for (auto _ : state) {
        for (const auto &answer : answers) {
            auto page = parseProductsPage(answer, context);
            if (!page)
                state.SkipWithError("parse failed");
            results += page->results.size();
            benchmark::DoNotOptimize(page);
        }
    }
    state.SetItemsProcessed(results);
    state.counters["results"] = benchmark::Counter(double(results) / double(state.iterations()));
}

void BM_ODataToSceneResults_CdsePages(benchmark::State &state)
{
    static const auto answers = pages(recordedProducts({
        QStringLiteral("products_s1_2014-04_p1_count_expand_attributes.json"), QStringLiteral("products_s1_2014-04_p2.json"),
        QStringLiteral("products_s1_2014-04_p3.json"), QStringLiteral("products_s1_2014-04_p4.json"),
        QStringLiteral("products_s1_2014-04_p5_last.json")}));
    run(state, answers);
}
BENCHMARK(BM_ODataToSceneResults_CdsePages)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ODataToSceneResults_WithFootprints(benchmark::State &state)
{
    static const auto answers = pages(recordedProducts({QStringLiteral("creodias_products_s1_grd_p1_count.json")}));
    run(state, answers);
}
BENCHMARK(BM_ODataToSceneResults_WithFootprints)->Unit(benchmark::kMillisecond)->UseRealTime();

// Qt's JSON reader alone on the same answers: the floor of a parser built on QJsonDocument.
void BM_QJsonDocumentOnly_CdsePages(benchmark::State &state)
{
    static const auto answers = pages(recordedProducts({
        QStringLiteral("products_s1_2014-04_p1_count_expand_attributes.json"), QStringLiteral("products_s1_2014-04_p2.json"),
        QStringLiteral("products_s1_2014-04_p3.json"), QStringLiteral("products_s1_2014-04_p4.json"),
        QStringLiteral("products_s1_2014-04_p5_last.json")}));
    qint64 products = 0;
    for (auto _ : state) {
        for (const auto &answer : answers) {
            const QJsonDocument doc = QJsonDocument::fromJson(answer);
            products += doc.object().value(QStringLiteral("value")).toArray().size();
        }
    }
    state.SetItemsProcessed(products);
}
BENCHMARK(BM_QJsonDocumentOnly_CdsePages)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// How fast the other catalogues' answers become SceneResults, each from its recorded pages
// replicated to 20 pages of 1,000 results (20,000) and read as its search job reads them:
// STAC item pages (Planetary Computer, Earth Search), CMR UMM-G granules, USGS M2M scene-search
// results, and the Data Hub Software hubs' OpenSearch JSON and OData v2 lists. The Copernicus
// OData pages are in eoc_bench_dataspace_odata.
#include "core/odata/DhusODataParser.h"
#include "core/opensearch/DhusOpenSearchParser.h"
#include "core/stac/StacItem.h"
#include "core/stac/StacPage.h"
#include "providers/earthdata/UmmGranuleParser.h"
#include "providers/usgs/UsgsSceneParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <functional>

using namespace eoc;

namespace {

QJsonObject recorded(const char *file)
{
    QFile f(QStringLiteral(EOC_TEST_DATA_DIR "/") + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// 20 answers of 1,000 items each: `items` repeated, each answer wrapped by `wrap`.
QList<QByteArray> pages(const QJsonArray &items, const std::function<QJsonObject(const QJsonArray &)> &wrap)
{
    QList<QByteArray> out;
    qsizetype n = 0;
    for (int p = 0; p < 20; ++p) {
        QJsonArray page;
        for (int i = 0; i < 1000; ++i)
            page.append(items.at(n++ % items.size()));
        out.append(QJsonDocument(wrap(page)).toJson(QJsonDocument::Compact));
    }
    return out;
}

void run(benchmark::State &state, const QList<QByteArray> &answers, const std::function<qsizetype(const QByteArray &)> &parse)
{
    qint64 results = 0;
    for (auto _ : state) {
        for (const QByteArray &answer : answers)
            results += parse(answer);
    }
    state.SetItemsProcessed(results);
}

void BM_StacPages(benchmark::State &state)
{
    static const auto answers = [] {
        QJsonArray items = recorded("stac/stac_planetary_computer/items_landsat_c2_l2_p1.json").value(QStringLiteral("features")).toArray();
        for (const auto &f : recorded("stac/stac_earth_search/v1_search_cql2_filter_p1.json").value(QStringLiteral("features")).toArray())
            items.append(f);
        return pages(items, [](const QJsonArray &features) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("features"), features}};
        });
    }();
    stac::SearchRequest request{"POST", QUrl(QStringLiteral("https://earth-search.aws.element84.com/v1/search")), {}};
    run(state, answers, [&request](const QByteArray &body) {
        const auto page = stac::parseSearchPage(body, request);
        qsizetype n = 0;
        for (const auto &feature : page->features)
            n += stac::itemToScene(feature.toObject(), QStringLiteral("stac")).ok() ? 1 : 0;
        return n;
    });
}
BENCHMARK(BM_StacPages)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CmrUmmPages(benchmark::State &state)
{
    static const auto answers = pages(recorded("earthdata/granules_umm_json_MOD02QKM_p1.json").value(QStringLiteral("items")).toArray(),
                                      [](const QJsonArray &items) { return QJsonObject{{QStringLiteral("items"), items}}; });
    run(state, answers, [](const QByteArray &body) {
        const QJsonArray items = QJsonDocument::fromJson(body).object().value(QStringLiteral("items")).toArray();
        qsizetype n = 0;
        for (const auto &item : items)
            n += earthdata::sceneFromUmm(item.toObject(), QStringLiteral("MOD02QKM.061")).sceneId.isEmpty() ? 0 : 1;
        return n;
    });
}
BENCHMARK(BM_CmrUmmPages)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_UsgsM2mPages(benchmark::State &state)
{
    static const auto answers = pages(recorded("usgs/scene_search_landsat_ot_c2_l2.json").value(QStringLiteral("data")).toObject()
                                          .value(QStringLiteral("results")).toArray(),
                                      [](const QJsonArray &results) {
                                          return QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("results"), results}}}};
                                      });
    run(state, answers, [](const QByteArray &body) {
        const QJsonArray results = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject()
                                       .value(QStringLiteral("results")).toArray();
        qsizetype n = 0;
        for (const auto &item : results)
            n += usgs::sceneFromM2m(item.toObject(), QStringLiteral("landsat_ot_c2_l2")).sceneId.isEmpty() ? 0 : 1;
        return n;
    });
}
BENCHMARK(BM_UsgsM2mPages)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DhusOpenSearchPages(benchmark::State &state)
{
    static const auto answers = [] {
        QJsonObject feed = recorded("dhus/search_large_query_start0_rows100.json").value(QStringLiteral("feed")).toObject();
        return pages(feed.value(QStringLiteral("entry")).toArray(), [feed](const QJsonArray &entries) mutable {
            feed[QStringLiteral("entry")] = entries;
            return QJsonObject{{QStringLiteral("feed"), feed}};
        });
    }();
    odata::ParseContext context;
    context.provider = QStringLiteral("dhus");
    context.downloadBase = QUrl(QStringLiteral("https://colhub.met.no/odata/v1"));
    run(state, answers, [&context](const QByteArray &body) { return opensearch::parseDhusOpenSearchPage(body, context)->results.size(); });
}
BENCHMARK(BM_DhusOpenSearchPages)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DhusODataPages(benchmark::State &state)
{
    // No list answer was recorded: lists of the two recorded entities, as the hubs' OData v2 sends lists.
    static const auto answers = pages(QJsonArray{recorded("dhus/product_s3_online.json").value(QStringLiteral("d")),
                                                 recorded("dhus/product_s3_offline.json").value(QStringLiteral("d"))},
                                      [](const QJsonArray &results) {
                                          return QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), results}}}};
                                      });
    odata::ParseContext context;
    context.provider = QStringLiteral("dhus");
    context.downloadBase = QUrl(QStringLiteral("https://colhub.met.no/odata/v1"));
    run(state, answers, [&context](const QByteArray &body) { return odata::parseDhusProductsPage(body, context)->results.size(); });
}
BENCHMARK(BM_DhusODataPages)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

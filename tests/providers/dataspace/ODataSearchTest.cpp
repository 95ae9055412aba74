#include "core/net/NetworkAccess.h"
#include "core/platform/Translations.h"
#include "core/settings/Settings.h"
#include "providers/dataspace/DataspaceProvider.h"
#include "core/odata/ODataSearchJob.h"
#include "tests/support/SearchRunner.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/ODataCatalogueServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::dataspace;
using namespace eoc::odata;
using namespace eoc::test;

namespace {

const QByteArray kRecordedHost = "https://catalogue.dataspace.copernicus.eu";

// The provider as the CLI builds it: endpoint URLs come from settings overrides (--set).
struct Fixture {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    NetworkAccess network;
    std::unique_ptr<DataspaceProvider> provider;

    explicit Fixture(const LocalHttpServer &server)
    {
        NetworkAccess::Policy fast;
        fast.baseBackoffMs = 5;
        fast.maxBackoffMs = 20;
        network.setPolicy(fast);
        EXPECT_TRUE(settings.applyAssignment(QStringLiteral("dataspace.odata_url=") + server.url(QStringLiteral("/odata/v1")).toString()).ok());
        EXPECT_TRUE(settings.applyAssignment(QStringLiteral("dataspace.stac_url=") + server.url(QStringLiteral("/stac/v1")).toString()).ok());
        ProviderContext context;
        context.network = &network;
        context.settings = &settings;
        provider = std::make_unique<DataspaceProvider>(context);
    }
};

} // namespace

// The five recorded pages, served in turn by $skip; the recorded nextLinks point at the real
// catalogue and are pointed at this server as they are served.
TEST(DataspaceSearch, PagesThroughTheRecordedResponses)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        if (r.url().path() != QLatin1String("/odata/v1/Products"))
            return CannedResponse::text("not found", 404);
        static const QHash<int, QString> pages{
            {0, QStringLiteral("products_s1_2014-04_p1_count_expand_attributes.json")},
            {10, QStringLiteral("products_s1_2014-04_p2.json")},
            {20, QStringLiteral("products_s1_2014-04_p3.json")},
            {30, QStringLiteral("products_s1_2014-04_p4.json")},
            {40, QStringLiteral("products_s1_2014-04_p5_last.json")}};
        const int skip = queryParameter(r, "$skip").toInt();
        if (!pages.contains(skip))
            return CannedResponse::text("unexpected $skip", 400);
        QByteArray body = readTestData(QStringLiteral("dataspace/") + pages.value(skip));
        body.replace(kRecordedHost, server.url(QStringLiteral("/")).toString(QUrl::StripTrailingSlash).toUtf8());
        return CannedResponse::json(body);
    });
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-1");
    q.start = QDate(2014, 4, 5);
    q.end = QDate(2014, 4, 13);
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    EXPECT_EQ(out.results.size(), 47);
    QSet<QString> ids;
    for (const auto &r : out.results)
        ids.insert(r.remoteId);
    EXPECT_EQ(ids.size(), 47);
    ASSERT_EQ(server.requestCount(), 5);
    EXPECT_EQ(out.progress.last(), (QPair<qint64, qint64>(47, 47)));
    EXPECT_EQ(out.progress.first(), (QPair<qint64, qint64>(10, 47)));

    const RecordedRequest first = server.requests().first();
    EXPECT_EQ(queryParameter(first, "$filter"),
              QStringLiteral("Collection/Name eq 'SENTINEL-1' and ContentDate/Start ge 2014-04-05T00:00:00.000Z"
                             " and ContentDate/Start le 2014-04-13T23:59:59.999Z"));
    EXPECT_EQ(queryParameter(first, "$count"), QStringLiteral("True"));
    EXPECT_EQ(queryParameter(first, "$top"), QStringLiteral("1000"));
    EXPECT_EQ(queryParameter(first, "$orderby"), QStringLiteral("ContentDate/Start asc"));
    EXPECT_EQ(first.header("Authorization"), QByteArray()) << "searching is anonymous";
    // Later pages are the recorded nextLinks.
    EXPECT_EQ(queryParameter(server.requests().at(4), "$skip"), QStringLiteral("40"));
}

// 23 500 products in January: more than the 10 000 the catalogue pages through. The search cuts
// the month into windows until each fits, and the user gets every product exactly once.
TEST(DataspaceSearch, SplitsTimeWindowsPastTheSkipCap)
{
    LocalHttpServer server;
    const QDateTime first(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    ODataCatalogueServer catalogue(23500, first, 31LL * 24 * 3600 * 1000 / 23500);
    server.setHandler([&](const RecordedRequest &r) { return catalogue.handle(r, server); });
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("S2MSI2A");
    q.start = QDate(2024, 1, 1);
    q.end = QDate(2024, 1, 31);
    auto *job = f.provider->search(q);
    auto *odata = qobject_cast<ODataSearchJob *>(job);
    ASSERT_NE(odata, nullptr);
    QList<TimeWindow> windows;
    QObject::connect(job, &SearchJob::finished, job, [&] { windows = odata->windowsSearched(); });
    const auto out = runSearch(job, 120000);
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    EXPECT_EQ(out.results.size(), 23500);
    QSet<QString> ids;
    for (const auto &r : out.results)
        ids.insert(r.remoteId);
    EXPECT_EQ(ids.size(), 23500) << "duplicates or gaps";
    EXPECT_EQ(catalogue.refusedSkips, 0);
    EXPECT_GT(windows.size(), 2);
    EXPECT_EQ(catalogue.countsServed.first(), 23500);
    EXPECT_EQ(out.progress.last().second, 23500);
    // Results arrive in time order even across windows.
    for (int i = 1; i < out.results.size(); ++i)
        ASSERT_LE(out.results[i - 1].start, out.results[i].start);
}

// The same 23 500 products behind a catalogue that takes 100 ms to answer: with
// dataspace.search_connections = 4 the halves of split windows and the pages of each window are
// fetched four at a time (counted at the server), and the user gets exactly what a search that
// reads one page after the other gets, in the same order, page by page.
TEST(DataspaceSearch, PagesAndWindowsAreFetchedAtOnceWithinTheSearchConnections)
{
    const QDateTime first(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    auto searchWith = [&](int connections, int *mostAtServer, int *mostInFlight) {
        LocalHttpServer server;
        ODataCatalogueServer catalogue(23500, first, 31LL * 24 * 3600 * 1000 / 23500, 100);
        server.setHandler([&](const RecordedRequest &r) { return catalogue.handle(r, server); });
        Fixture f(server);
        EXPECT_TRUE(f.settings.applyAssignment(QStringLiteral("dataspace.search_connections=%1").arg(connections)).ok());
        SearchQuery q;
        q.collection = QStringLiteral("S2MSI2A");
        q.start = QDate(2024, 1, 1);
        q.end = QDate(2024, 1, 31);
        auto *job = qobject_cast<ODataSearchJob *>(f.provider->search(q));
        EXPECT_NE(job, nullptr);
        QObject::connect(job, &SearchJob::finished, job, [&] { *mostInFlight = job->mostPagesInFlight(); });
        const auto out = runSearch(job, 120000);
        EXPECT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
        EXPECT_EQ(catalogue.refusedSkips, 0);
        *mostAtServer = catalogue.mostRequestsAtOnce();
        return out;
    };
    int parallelAtServer = 0, parallelInFlight = 0, sequentialAtServer = 0, sequentialInFlight = 0;
    const auto parallel = searchWith(4, &parallelAtServer, &parallelInFlight);
    const auto sequential = searchWith(1, &sequentialAtServer, &sequentialInFlight);
    // Four in flight; the server, answering on this thread, sees at least two of them at once
    // (fewer when it builds its answers slowly, as under sanitizers) and never more than four.
    EXPECT_EQ(parallelInFlight, 4);
    EXPECT_GE(parallelAtServer, 2);
    EXPECT_LE(parallelAtServer, 4);
    EXPECT_EQ(sequentialInFlight, 1);
    EXPECT_EQ(sequentialAtServer, 1);
    ASSERT_EQ(parallel.results.size(), 23500);
    QStringList parallelIds, sequentialIds;
    for (const auto &r : parallel.results)
        parallelIds << r.remoteId;
    for (const auto &r : sequential.results)
        sequentialIds << r.remoteId;
    EXPECT_EQ(parallelIds, sequentialIds);
    EXPECT_GE(parallel.pages, 20) << "results are delivered page by page as they come";
    EXPECT_EQ(parallel.progress.last(), (QPair<qint64, qint64>(23500, 23500)));
}

// Later pages answered before earlier ones (the first page slowest) are held back until every
// page before them is delivered: results keep the catalogue's order.
TEST(DataspaceSearch, PagesAnsweredOutOfOrderAreDeliveredInOrder)
{
    LocalHttpServer server;
    const QDateTime first(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
    ODataCatalogueServer catalogue(6000, first, 60000);
    server.setHandler([&](const RecordedRequest &r) {
        CannedResponse answer = catalogue.handle(r, server);
        const int skip = queryParameter(r, "$skip").toInt();
        // The first page comes quickly (it carries the count); then the later the page, the sooner.
        answer.delayMs = skip == 0 ? 0 : 300 - skip / 1000 * 50;
        return answer;
    });
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("S2MSI2A");
    q.start = QDate(2024, 2, 1);
    q.end = QDate(2024, 2, 29);
    const auto out = runSearch(f.provider->search(q), 60000);
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    ASSERT_EQ(out.results.size(), 6000);
    for (int i = 0; i < out.results.size(); ++i)
        ASSERT_EQ(out.results[i].remoteId, QStringLiteral("id-%1").arg(i)) << "at " << i;
    EXPECT_EQ(server.requestCount(), 6);
}

// The real catalogue drops the nextLink before $skip passes its cap. If a window's count was
// under the cap when asked but more products turn up, the search reads on from the last start.
TEST(DataspaceSearch, ReadsOnWhenTheNextLinkStopsEarly)
{
    LocalHttpServer server;
    const QDateTime first(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    ODataCatalogueServer catalogue(10400, first, 60000);
    server.setHandler([&](const RecordedRequest &r) { return catalogue.handle(r, server); });
    Fixture f(server);
    ODataSearchPlan plan;
    plan.odataBase = server.url(QStringLiteral("/odata/v1"));
    plan.clauses = {QStringLiteral("Collection/Name eq 'SENTINEL-2'")};
    plan.window = TimeWindow{first, first.addDays(30)};
    plan.skipCap = 20000;                       // believes the cap is higher than it is
    const auto out = runSearch(new ODataSearchJob(&f.network, plan), 120000);
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    QSet<QString> ids;
    for (const auto &r : out.results)
        ids.insert(r.remoteId);
    EXPECT_EQ(ids.size(), 10400);
    EXPECT_EQ(out.results.size(), 10400);
}

TEST(DataspaceSearch, ServiceErrorsKeepTheServiceMessage)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/odata/v1/Products"),
                 CannedResponse::json(R"({"detail":"Invalid filter: unknown attribute 'cloudCoverage'"})", 400));
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(out.error->message.contains(QStringLiteral("unknown attribute 'cloudCoverage'"))) << out.error->message.toStdString();

    LocalHttpServer busy;
    busy.route(QStringLiteral("/odata/v1/Products"),
               CannedResponse::json(R"({"detail":"Too many requests"})", 429).withHeader("Retry-After", "0"));
    Fixture g(busy);
    const auto limited = runSearch(g.provider->search(q));
    ASSERT_TRUE(limited.error.has_value());
    EXPECT_EQ(limited.error->errorClass, ErrorClass::RateLimited);
    EXPECT_TRUE(limited.error->message.contains(QStringLiteral("Too many requests")));
}

TEST(DataspaceSearch, RefusedSignInIsReportedInTheProgramsLanguage)
{
    // The catalogue as both programs install it: the plug-in's messages are translated too.
    const Translations portuguese(QStringLiteral("pt_BR"));
    LocalHttpServer server;
    server.route(QStringLiteral("/odata/v1/Products"), CannedResponse::json(R"({"detail":"Invalid token"})", 401));
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->errorClass, ErrorClass::Auth);
    EXPECT_EQ(out.error->message,
              QStringLiteral("A busca no Copernicus Data Space falhou (HTTP 401): Invalid token "
                             "(confira a conta com `eo-collector-cli account test dataspace`)"));
}

TEST(DataspaceSearch, BadQueryFailsBeforeAnyRequest)
{
    LocalHttpServer server;
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-1");
    q.orbitDirection = QStringLiteral("sideways");
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->errorClass, ErrorClass::BadInput);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST(DataspaceSearch, LimitStopsEarly)
{
    LocalHttpServer server;
    ODataCatalogueServer catalogue(3000, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC), 1000);
    server.setHandler([&](const RecordedRequest &r) { return catalogue.handle(r, server); });
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    q.limit = 1500;
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.finished);
    EXPECT_EQ(out.results.size(), 1500);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST(DataspaceSearch, LookupFindsOneProductByName)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &) {
        return CannedResponse::json(readTestData(QStringLiteral("dataspace/products_s1_2014-04_p5_last.json")));
    });
    Fixture f(server);
    const auto out = runSearch(f.provider->lookup(QStringLiteral("SENTINEL-1"), QStringLiteral("S1A_X.SAFE")));
    ASSERT_TRUE(out.finished);
    EXPECT_EQ(out.results.size(), 1);
    EXPECT_TRUE(queryParameter(server.requests().first(), "$filter").startsWith(QStringLiteral("(Name eq 'S1A_X' or Name eq 'S1A_X.SAFE'")));
}

// The STAC strategy: POST /search, then the next link with its body. No CDSE STAC answer has been
// recorded anywhere (see tests/data/dataspace/PROVENANCE.md), so the pages are written here after
// the STAC API item-search shape.
TEST(DataspaceSearch, StacStrategyFollowsNextLinks)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        auto item = [](const QString &id) {
            return QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Feature")},
                {QStringLiteral("id"), id},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("datetime"), QStringLiteral("2024-06-10T13:22:39.024Z")},
                                                           {QStringLiteral("eo:cloud_cover"), 3.5}}},
                {QStringLiteral("assets"), QJsonObject{{QStringLiteral("Product"), QJsonObject{
                    {QStringLiteral("href"), QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1/Products(x)/$value")},
                    {QStringLiteral("roles"), QJsonArray{QStringLiteral("data")}}}}}}};
        };
        QJsonObject page;
        page[QStringLiteral("type")] = QStringLiteral("FeatureCollection");
        if (!body.contains(QStringLiteral("token"))) {
            page[QStringLiteral("features")] = QJsonArray{item(QStringLiteral("S2A_ONE.SAFE")), item(QStringLiteral("S2A_TWO.SAFE"))};
            QJsonObject next{{QStringLiteral("rel"), QStringLiteral("next")},
                             {QStringLiteral("href"), server.url(QStringLiteral("/stac/v1/search")).toString()},
                             {QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("merge"), true},
                             {QStringLiteral("body"), QJsonObject{{QStringLiteral("token"), QStringLiteral("next:2")}}}};
            page[QStringLiteral("links")] = QJsonArray{next};
        } else {
            page[QStringLiteral("features")] = QJsonArray{item(QStringLiteral("S2A_THREE.SAFE"))};
            page[QStringLiteral("links")] = QJsonArray{};
        }
        return CannedResponse::json(QJsonDocument(page).toJson());
    });
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    q.productType = QStringLiteral("S2MSI2A");
    q.region = Region::fromBox(BoundingBox{-48.1, -16.0, -47.3, -15.4});
    q.start = QDate(2024, 6, 1);
    q.end = QDate(2024, 6, 30);
    q.cloudMax = 30;
    q.extra[QStringLiteral("strategy")] = QStringLiteral("stac");
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    ASSERT_EQ(out.results.size(), 3);
    EXPECT_EQ(out.results.first().sceneId, QStringLiteral("S2A_ONE"));
    EXPECT_EQ(out.results.first().link.toString(), QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1/Products(x)/$value"));
    ASSERT_EQ(server.requestCount(), 2);
    const QJsonObject firstBody = QJsonDocument::fromJson(server.requests().first().body).object();
    EXPECT_EQ(server.requests().first().method, QByteArray("POST"));
    EXPECT_EQ(firstBody.value(QStringLiteral("collections")).toArray().first().toString(), QStringLiteral("sentinel-2-l2a"));
    // Written by core's STAC client, as for every STAC catalogue.
    EXPECT_EQ(firstBody.value(QStringLiteral("datetime")).toString(),
              QStringLiteral("2024-06-01T00:00:00Z/2024-06-30T23:59:59.999Z"));
    EXPECT_EQ(firstBody.value(QStringLiteral("bbox")).toArray(), (QJsonArray{-48.1, -16.0, -47.3, -15.4}));
    const QJsonObject secondBody = QJsonDocument::fromJson(server.requests().at(1).body).object();
    EXPECT_EQ(secondBody.value(QStringLiteral("token")).toString(), QStringLiteral("next:2"));
    EXPECT_EQ(secondBody.value(QStringLiteral("collections")), firstBody.value(QStringLiteral("collections")));
}

TEST(DataspaceSearch, CancelEndsWithOneCancelledFailure)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &) {
        auto slow = CannedResponse::json(readTestData(QStringLiteral("dataspace/products_s1_2014-04_p5_last.json")));
        slow.delayMs = 1500;
        return slow;
    });
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-1");
    auto *job = f.provider->search(q);
    QList<Error> failures;
    int pages = 0;
    QObject::connect(job, &SearchJob::failed, job, [&failures](const Error &e) { failures.append(e); });
    QObject::connect(job, &SearchJob::pageReady, job, [&pages](const QList<SceneResult> &) { ++pages; });
    job->start();
    QTest::qWait(200);
    job->cancel();
    QTest::qWait(1800);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures.first().errorClass, ErrorClass::Cancelled);
    EXPECT_EQ(pages, 0);
    delete job;
}

// Searches against a local server replaying recorded Earth Search and Planetary Computer answers.
#include "tests/providers/stac/StacTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

QList<RecordedRequest> requestsTo(const LocalHttpServer &server, const QString &path)
{
    QList<RecordedRequest> out;
    for (const auto &r : server.requests()) {
        if (r.url().path() == path)
            out << r;
    }
    return out;
}

QJsonObject nextLinkBody(const QString &file)
{
    const auto links = fixtureObject(file).value(QStringLiteral("links")).toArray();
    for (const auto &l : links) {
        if (l.toObject().value(QStringLiteral("rel")).toString() == QLatin1String("next"))
            return l.toObject().value(QStringLiteral("body")).toObject();
    }
    return {};
}

SearchQuery earthSearchQuery()
{
    SearchQuery q;
    q.collection = QStringLiteral("sentinel-2-l2a");
    q.region = Region::fromBox(BoundingBox{-105.2, 40.1, -105.0, 40.2});
    q.start = QDate(2025, 7, 1);
    q.end = QDate(2025, 7, 31);
    q.cloudMax = 40;
    return q;
}

// Earth Search: landing, collections, then the recorded pages in order; after them, the
// recorded end-of-paging answer.
void serveEarthSearch(LocalHttpServer &server)
{
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replay(server, QStringLiteral("stac_earth_search/v1_collections.json"));
        if (path == QLatin1String("/search") && r.method == "POST") {
            const int n = int(requestsTo(server, QStringLiteral("/search")).size());
            if (n == 1)
                return replay(server, QStringLiteral("stac_earth_search/v1_search_cql2_filter_p1.json"));
            if (n == 2)
                return replay(server, QStringLiteral("stac_earth_search/v1_search_cql2_filter_p2.json"));
            return replay(server, QStringLiteral("stac_earth_search/v1_search_two_collections_p2_empty.json"));
        }
        return CannedResponse::text("not found", 404);
    });
}

} // namespace

TEST(StacSearch, EarthSearchPostPagesFollowNextLinks)
{
    LocalHttpServer server;
    serveEarthSearch(server);
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    f.set(QStringLiteral("stac.search_connections"), QStringLiteral("1"));   // one search: its pages in turn

    const auto outcome = runSearch(f.provider->search(earthSearchQuery()));
    ASSERT_FALSE(outcome.error.has_value()) << outcome.error->message.toStdString();
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.results.size(), 20);

    const auto searches = requestsTo(server, QStringLiteral("/search"));
    ASSERT_EQ(searches.size(), 3);
    // Earth Search declares the query extension but not filter: the cloud limit goes as `query`.
    const QJsonObject first = bodyOf(searches[0]);
    EXPECT_EQ(first.value(QStringLiteral("query")).toObject(),
              QJsonDocument::fromJson(R"({"eo:cloud_cover": {"lte": 40}})").object());
    EXPECT_FALSE(first.contains(QStringLiteral("filter")));
    EXPECT_EQ(first.value(QStringLiteral("collections")).toArray(), QJsonArray{QStringLiteral("sentinel-2-l2a")});
    EXPECT_EQ(first.value(QStringLiteral("datetime")).toString(),
              QStringLiteral("2025-07-01T00:00:00Z/2025-07-31T23:59:59.999Z"));
    EXPECT_EQ(searches[0].header("Content-Type"), QByteArray("application/json"));
    // The next links say merge: false: their body is the whole next request.
    EXPECT_EQ(bodyOf(searches[1]), nextLinkBody(QStringLiteral("stac_earth_search/v1_search_cql2_filter_p1.json")));
    EXPECT_EQ(bodyOf(searches[2]), nextLinkBody(QStringLiteral("stac_earth_search/v1_search_cql2_filter_p2.json")));

    EXPECT_EQ(outcome.results.first().sceneId,
              QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E_0C44"));
    EXPECT_EQ(outcome.results.first().provider, QStringLiteral("stac"));
    ASSERT_FALSE(outcome.progress.isEmpty());
    EXPECT_EQ(outcome.progress.first(), (QPair<qint64, qint64>(10, 115912757)));
}

TEST(StacSearch, LimitStopsPaging)
{
    LocalHttpServer server;
    serveEarthSearch(server);
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    SearchQuery q = earthSearchQuery();
    q.limit = 15;

    const auto outcome = runSearch(f.provider->search(q));
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.results.size(), 15);
    EXPECT_EQ(requestsTo(server, QStringLiteral("/search")).size(), 2);
    EXPECT_EQ(bodyOf(requestsTo(server, QStringLiteral("/search")).first()).value(QStringLiteral("limit")).toInt(), 15);
    EXPECT_EQ(outcome.progress.last(), (QPair<qint64, qint64>(15, 15)));
}

TEST(StacSearch, UnknownCollectionIsBadInput)
{
    LocalHttpServer server;
    serveEarthSearch(server);
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    SearchQuery q = earthSearchQuery();
    q.collection = QStringLiteral("sentinel-9");

    const auto outcome = runSearch(f.provider->search(q));
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("sentinel-9")));
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("sentinel-2-l2a")));
    EXPECT_TRUE(requestsTo(server, QStringLiteral("/search")).isEmpty());
    // The collections read on the way are now offered to the user interface.
    EXPECT_EQ(f.provider->collections().size(), 9);
    EXPECT_TRUE(f.provider->findCollection(QStringLiteral("landsat-c2-l2")).has_value());
}

TEST(StacSearch, PlanetaryComputerFilterAndPostNextLinks)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_planetary_computer/landing.json"));
        if (path == QLatin1String("/collections"))
            return replay(server, QStringLiteral("stac_planetary_computer/collections_2021.json"));
        if (path == QLatin1String("/search")) {
            const int n = int(requestsTo(server, QStringLiteral("/search")).size());
            if (n == 1)
                return replay(server, QStringLiteral("stac_planetary_computer/search_naip_bbox_p1.json"));
            if (n == 2)
                return replay(server, QStringLiteral("stac_planetary_computer/search_naip_bbox_p2.json"));
            return replay(server, QStringLiteral("stac_earth_search/v1_search_two_collections_p2_empty.json"));
        }
        return CannedResponse::text("not found", 404);
    });
    StacFixture f;
    f.set(QStringLiteral("stac.preset"), QStringLiteral("planetary-computer"));
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    SearchQuery q;
    q.collection = QStringLiteral("naip");
    q.region = Region::fromBox(BoundingBox{-73.21, 43.99, -73.12, 44.05});
    q.cloudMax = 20;

    const auto outcome = runSearch(f.provider->search(q));
    ASSERT_FALSE(outcome.error.has_value()) << outcome.error->message.toStdString();
    EXPECT_EQ(outcome.results.size(), 20);
    const auto searches = requestsTo(server, QStringLiteral("/search"));
    ASSERT_EQ(searches.size(), 3);
    const QJsonObject first = bodyOf(searches[0]);
    EXPECT_EQ(first.value(QStringLiteral("filter-lang")).toString(), QStringLiteral("cql2-json"));
    EXPECT_EQ(first.value(QStringLiteral("filter")).toObject(),
              QJsonDocument::fromJson(R"({"op": "<=", "args": [{"property": "eo:cloud_cover"}, 20]})").object());
    EXPECT_EQ(bodyOf(searches[1]), nextLinkBody(QStringLiteral("stac_planetary_computer/search_naip_bbox_p1.json")));
    EXPECT_EQ(bodyOf(searches[2]), nextLinkBody(QStringLiteral("stac_planetary_computer/search_naip_bbox_p2.json")));
    EXPECT_EQ(outcome.results.first().sceneId, QStringLiteral("vt_m_4307308_nw_18_030_20230622_20231113"));
}

TEST(StacSearch, MergeNextLinkBodyOntoThePreviousRequest)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_planetary_computer/landing.json"));
        if (path == QLatin1String("/search")) {
            if (requestsTo(server, QStringLiteral("/search")).size() > 1)
                return replay(server, QStringLiteral("stac_earth_search/v1_search_two_collections_p2_empty.json"));
            // The recorded page, served with a next link of the STAC API "merge" form: only the
            // token, to be merged into the previous body.
            QJsonObject page = QJsonDocument::fromJson(
                servedFrom(server, readTestData(QStringLiteral("stac/stac_planetary_computer/search_naip_bbox_p1.json")))).object();
            QJsonArray links;
            for (const auto &l : page.value(QStringLiteral("links")).toArray()) {
                QJsonObject link = l.toObject();
                if (link.value(QStringLiteral("rel")).toString() == QLatin1String("next")) {
                    const QString token = link.value(QStringLiteral("body")).toObject().value(QStringLiteral("token")).toString();
                    link[QStringLiteral("body")] = QJsonObject{{QStringLiteral("token"), token}};
                    link[QStringLiteral("merge")] = true;
                }
                links.append(link);
            }
            page[QStringLiteral("links")] = links;
            return CannedResponse::json(QJsonDocument(page).toJson());
        }
        return CannedResponse::text("not found", 404);
    });
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    f.set(QStringLiteral("stac.search_connections"), QStringLiteral("1"));   // one search: its pages in turn
    SearchQuery q;
    q.collection = QStringLiteral("naip");
    q.start = QDate(2021, 1, 1);
    q.end = QDate(2023, 12, 31);

    const auto outcome = runSearch(f.provider->search(q));
    ASSERT_TRUE(outcome.finished);
    const auto searches = requestsTo(server, QStringLiteral("/search"));
    ASSERT_EQ(searches.size(), 2);
    QJsonObject expected = bodyOf(searches[0]);
    expected[QStringLiteral("token")] = QStringLiteral("next:naip:vt_m_4307307_nw_18_060_20211029");
    EXPECT_EQ(bodyOf(searches[1]), expected);
    EXPECT_EQ(outcome.results.size(), 10);
}

TEST(StacSearch, GetOnlyServerAndGetNextLinks)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/")) {
            // The recorded landing page without its POST search link: a GET-only server.
            QJsonObject landing = QJsonDocument::fromJson(
                servedFrom(server, readTestData(QStringLiteral("stac/stac_planetary_computer/landing.json")))).object();
            QJsonArray links;
            for (const auto &l : landing.value(QStringLiteral("links")).toArray()) {
                if (l.toObject().value(QStringLiteral("method")).toString() != QLatin1String("POST"))
                    links.append(l);
            }
            landing[QStringLiteral("links")] = links;
            return CannedResponse::json(QJsonDocument(landing).toJson());
        }
        if (path == QLatin1String("/search") && r.method == "GET")
            return replay(server, QStringLiteral("stac_planetary_computer/items_landsat_c2_l2_p1.json"));
        if (path == QLatin1String("/collections/landsat-c2-l2/items"))
            return replay(server, QStringLiteral("stac_earth_search/v1_search_two_collections_p2_empty.json"));
        return replay(server, QStringLiteral("stac_earth_search/v1_error_404_collection_not_found.json"), 404);
    });
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    SearchQuery q;
    q.collection = QStringLiteral("landsat-c2-l2");
    q.cloudMax = 50;
    q.tiles = QStringList{QStringLiteral("084082"), QStringLiteral("084074")};

    const auto outcome = runSearch(f.provider->search(q));
    ASSERT_FALSE(outcome.error.has_value()) << outcome.error->message.toStdString();
    // Two of the ten recorded items are on the asked path/rows.
    ASSERT_EQ(outcome.results.size(), 2);
    EXPECT_EQ(outcome.results[0].tile, QStringLiteral("084082"));
    EXPECT_EQ(outcome.results[1].tile, QStringLiteral("084074"));

    const auto searches = requestsTo(server, QStringLiteral("/search"));
    ASSERT_EQ(searches.size(), 1);
    EXPECT_EQ(searches[0].method, QByteArray("GET"));
    const QUrlQuery params(searches[0].url());
    EXPECT_EQ(params.queryItemValue(QStringLiteral("filter-lang")), QStringLiteral("cql2-text"));
    EXPECT_EQ(params.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
              QStringLiteral("eo:cloud_cover <= 50 AND ((landsat:wrs_path = '084' AND landsat:wrs_row = '082') OR "
                             "(landsat:wrs_path = '084' AND landsat:wrs_row = '074'))"));
    const auto next = requestsTo(server, QStringLiteral("/collections/landsat-c2-l2/items"));
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next[0].method, QByteArray("GET"));
    EXPECT_EQ(QUrlQuery(next[0].url()).queryItemValue(QStringLiteral("token")),
              QStringLiteral("next:landsat-c2-l2:LC09_L2SR_084056_20250722_02_T1"));
}

TEST(StacSearch, ServerErrorCarriesTheServiceMessage)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        if (r.url().path() == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_earth_search/v1_landing.json"));
        return replay(server, QStringLiteral("stac_earth_search/v1_error_404_collection_not_found.json"), 404);
    });
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    SearchQuery q;
    q.collection = QStringLiteral("foo");
    const auto outcome = runSearch(f.provider->search(q));
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::NotFound);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("HTTP 404"))) << outcome.error->message.toStdString();
}

TEST(StacSearch, RefreshQueryablesFillsCollectionFilters)
{
    LocalHttpServer server;
    replayRoutes(server, {
                         {QStringLiteral("/"), QStringLiteral("stac_planetary_computer/landing.json")},
                         {QStringLiteral("/collections/landsat-c2-l2/queryables"), QStringLiteral("stac_planetary_computer/queryables_landsat_c2_l2.json")}});
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    QSignalSpy changed(f.provider.get(), &stac::StacProvider::collectionsChanged);
    ASSERT_TRUE(QMetaObject::invokeMethod(f.provider.get(), "refreshQueryables", Q_ARG(QString, QStringLiteral("landsat-c2-l2"))));
    ASSERT_TRUE(changed.wait(10000));
    const auto info = f.provider->findCollection(QStringLiteral("landsat-c2-l2"));
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->filters.contains(QStringLiteral("cloud")));
    EXPECT_TRUE(info->filters.contains(QStringLiteral("eo:cloud_cover")));
    EXPECT_TRUE(info->filters.contains(QStringLiteral("platform")));
    EXPECT_FALSE(info->filters.contains(QStringLiteral("geometry")));
    EXPECT_EQ(info->family, QStringLiteral("landsat"));
}

TEST(StacSearch, QueryablesBecomeTypedFilterFieldsFetchedOnce)
{
    LocalHttpServer server;
    replayRoutes(server, {
                         {QStringLiteral("/"), QStringLiteral("stac_planetary_computer/landing.json")},
                         {QStringLiteral("/collections/landsat-c2-l2/queryables"), QStringLiteral("stac_planetary_computer/queryables_landsat_c2_l2.json")}});
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    const QString collection = QStringLiteral("landsat-c2-l2");
    EXPECT_TRUE(f.provider->filterFields(collection).isEmpty());
    QSignalSpy changed(f.provider.get(), &Provider::filterFieldsChanged);
    f.provider->requestFilterFields(collection);
    f.provider->requestFilterFields(collection);   // under way: not asked twice
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(changed.first().first().toString(), collection);

    const auto fields = f.provider->filterFields(collection);
    const auto field = [&fields](const char *key) -> std::optional<FilterField> {
        for (const auto &candidate : fields) {
            if (candidate.key == QLatin1String(key))
                return candidate;
        }
        return std::nullopt;
    };
    const auto category = field("landsat:collection_category");
    ASSERT_TRUE(category.has_value());
    EXPECT_EQ(category->kind, FilterField::Kind::Choice);
    EXPECT_EQ(category->choices, (QStringList{QStringLiteral("T1"), QStringLiteral("T2")}));
    EXPECT_EQ(category->title, QStringLiteral("Collection Cat."));
    const auto elevation = field("view:sun_elevation");
    ASSERT_TRUE(elevation.has_value());
    EXPECT_EQ(elevation->kind, FilterField::Kind::Number);
    EXPECT_EQ(elevation->minimum, -90.0);
    EXPECT_EQ(elevation->maximum, 90.0);
    EXPECT_TRUE(elevation->comparable);
    const auto epsg = field("proj:epsg");   // "type": ["integer", "null"]
    ASSERT_TRUE(epsg.has_value());
    EXPECT_EQ(epsg->kind, FilterField::Kind::Integer);
    EXPECT_FALSE(field("datetime").has_value());     // SearchQuery's own dates
    EXPECT_FALSE(field("proj:shape").has_value());   // an array: no form input

    // Cached per server and collection: asking again sends nothing.
    const int requests = server.requestCount();
    f.provider->requestFilterFields(collection);
    QTest::qWait(50);
    EXPECT_EQ(server.requestCount(), requests);
    EXPECT_EQ(changed.size(), 1);
}

TEST(StacSearch, LookupFallsBackToASearchByIds)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_planetary_computer/landing.json"));
        if (path == QLatin1String("/search") && r.method == "POST")
            return replay(server, QStringLiteral("stac_planetary_computer/items_landsat_c2_l2_p1.json"));
        return replay(server, QStringLiteral("stac_earth_search/v1_error_404_collection_not_found.json"), 404);
    });
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    const QString id = QStringLiteral("LC09_L2SR_084082_20250722_02_T1");
    const auto outcome = runSearch(f.provider->lookup(QStringLiteral("landsat-c2-l2"), id));
    ASSERT_FALSE(outcome.error.has_value()) << outcome.error->message.toStdString();
    ASSERT_EQ(outcome.results.size(), 1);
    EXPECT_EQ(outcome.results.first().sceneId, id);

    const auto items = requestsTo(server, QStringLiteral("/collections/landsat-c2-l2/items/") + id);
    EXPECT_EQ(items.size(), 1);
    const auto searches = requestsTo(server, QStringLiteral("/search"));
    ASSERT_EQ(searches.size(), 1);
    EXPECT_EQ(bodyOf(searches[0]).value(QStringLiteral("ids")).toArray(), QJsonArray{id});
    EXPECT_EQ(bodyOf(searches[0]).value(QStringLiteral("collections")).toArray(), QJsonArray{QStringLiteral("landsat-c2-l2")});
}

// A week's search with stac.search_connections = 4 (the default) goes out as four searches of
// consecutive days at once (counted at the server, each answer 100 ms away); the recorded pages
// answer the range holding their day, the others are empty, and every item arrives once.
TEST(StacSearch, AWeekIsSearchedAsFourDateRangesAtOnce)
{
    LocalHttpServer server;
    int waiting = 0;
    int mostWaiting = 0;
    QObject timers;
    QStringList ranges;
    server.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replay(server, QStringLiteral("stac_earth_search/v1_collections.json"));
        if (path != QLatin1String("/search") || r.method != "POST")
            return CannedResponse::text("not found", 404);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString datetime = body.value(QStringLiteral("datetime")).toString();
        CannedResponse answer;
        // The recorded next links' bodies are the whole next request (merge: false).
        const QString next = body.value(QStringLiteral("next")).toString();
        if (next.contains(QLatin1String("S2B_T24MVV")))
            answer = replay(server, QStringLiteral("stac_earth_search/v1_search_cql2_filter_p2.json"));
        else if (next.isEmpty() && datetime.contains(QLatin1String("2025-07-31")))
            answer = replay(server, QStringLiteral("stac_earth_search/v1_search_cql2_filter_p1.json"));
        else
            answer = replay(server, QStringLiteral("stac_earth_search/v1_search_two_collections_p2_empty.json"));
        if (!body.contains(QStringLiteral("next")))
            ranges << datetime;
        // Counted from arrival until just before the answer goes out (this timer starts first).
        mostWaiting = std::max(mostWaiting, ++waiting);
        QTimer::singleShot(100, Qt::PreciseTimer, &timers, [&waiting] { --waiting; });
        answer.delayMs = 100;
        return answer;
    });
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    SearchQuery q = earthSearchQuery();
    q.start = QDate(2025, 7, 25);
    q.end = QDate(2025, 7, 31);
    const auto outcome = runSearch(f.provider->search(q));
    ASSERT_FALSE(outcome.error.has_value()) << outcome.error->message.toStdString();
    EXPECT_EQ(mostWaiting, 4);
    ranges.sort();
    EXPECT_EQ(ranges, (QStringList{QStringLiteral("2025-07-25T00:00:00Z/2025-07-26T23:59:59.999Z"),
                                   QStringLiteral("2025-07-27T00:00:00Z/2025-07-28T23:59:59.999Z"),
                                   QStringLiteral("2025-07-29T00:00:00Z/2025-07-30T23:59:59.999Z"),
                                   QStringLiteral("2025-07-31T00:00:00Z/2025-07-31T23:59:59.999Z")}));
    QSet<QString> ids;
    for (const auto &r : outcome.results)
        ids.insert(r.remoteId.isEmpty() ? r.sceneId : r.remoteId);
    EXPECT_EQ(outcome.results.size(), 20);
    EXPECT_EQ(ids.size(), 20);
    EXPECT_EQ(outcome.results.first().sceneId,
              QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E_0C44"));
}

// Paging rules of core's STAC client, and collection refresh through the provider interface,
// against recorded Earth Search answers.
#include "tests/providers/stac/StacTestSupport.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

int searchesIn(const LocalHttpServer &server)
{
    int n = 0;
    for (const auto &r : server.requests())
        n += r.url().path() == QLatin1String("/search") ? 1 : 0;
    return n;
}

// The recorded first page, its next link replaced by `next` (GET).
CannedResponse pageWithNext(const LocalHttpServer &server, const QUrl &next)
{
    QJsonObject page = QJsonDocument::fromJson(servedFrom(server, readTestData(QStringLiteral(
                                                   "stac/stac_earth_search/v1_search_cql2_filter_p1.json"))))
                           .object();
    QJsonArray links;
    const auto old = page.value(QStringLiteral("links")).toArray();
    for (const auto &l : old) {
        if (l.toObject().value(QStringLiteral("rel")).toString() != QLatin1String("next"))
            links.append(l);
    }
    links.append(QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                             {QStringLiteral("href"), next.toString()},
                             {QStringLiteral("method"), QStringLiteral("GET")}});
    page[QStringLiteral("links")] = links;
    return CannedResponse::json(QJsonDocument(page).toJson(QJsonDocument::Compact));
}

SearchQuery query()
{
    SearchQuery q;
    q.collection = QStringLiteral("sentinel-2-l2a");
    q.start = QDate(2025, 7, 1);
    q.end = QDate(2025, 7, 31);
    return q;
}

} // namespace

// A server that hands out a new next link forever, always with the same items: paging ends after a
// few pages without a new item, with a warning, and each item is delivered once.
TEST(StacPaging, NewLinksWithTheSameItemsEndAfterStalePages)
{
    LocalHttpServer server;
    int served = 0;
    server.setHandler([&server, &served](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replay(server, QStringLiteral("stac_earth_search/v1_collections.json"));
        ++served;
        return pageWithNext(server, server.url(QStringLiteral("/search?token=%1").arg(served)));
    });
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    f.set(QStringLiteral("stac.search_connections"), QStringLiteral("1"));   // one search: its pages in turn
    const auto outcome = runSearch(f.provider->search(query()));
    ASSERT_TRUE(outcome.finished) << (outcome.error ? outcome.error->message.toStdString() : "timeout: paged forever");
    const int items = fixtureObject(QStringLiteral("stac_earth_search/v1_search_cql2_filter_p1.json"))
                          .value(QStringLiteral("features")).toArray().size();
    ASSERT_GT(items, 0);
    EXPECT_EQ(outcome.results.size(), items);
    QSet<QString> ids;
    for (const auto &r : outcome.results)
        ids.insert(r.remoteId);
    EXPECT_EQ(ids.size(), items);
    EXPECT_EQ(searchesIn(server), 4);   // the first page and three that added nothing
    ASSERT_EQ(outcome.warnings.size(), 1);
    EXPECT_TRUE(outcome.warnings.first().contains(QStringLiteral("without a new result")))
        << outcome.warnings.first().toStdString();
}

// A next link back to the first page ends paging at once.
TEST(StacPaging, LinkBackToAPageReadEndsPaging)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replay(server, QStringLiteral("stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replay(server, QStringLiteral("stac_earth_search/v1_collections.json"));
        if (r.method == "POST")
            return pageWithNext(server, server.url(QStringLiteral("/search?page=2")));
        // Page 2 links back to itself: the second visit is not made.
        return pageWithNext(server, server.url(QStringLiteral("/search?page=2")));
    });
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    f.set(QStringLiteral("stac.search_connections"), QStringLiteral("1"));   // one search: its pages in turn
    const auto outcome = runSearch(f.provider->search(query()));
    ASSERT_TRUE(outcome.finished) << (outcome.error ? outcome.error->message.toStdString() : "timeout");
    EXPECT_EQ(searchesIn(server), 2);
    ASSERT_EQ(outcome.warnings.size(), 1);
    EXPECT_TRUE(outcome.warnings.first().contains(QStringLiteral("linked back")));
}

// Collection refresh is part of the provider interface: the capability is set, the job lists
// what the server has now (narrowed by keyword), and collections() learns it.
TEST(StacPaging, RefreshCollectionsThroughTheProviderInterface)
{
    LocalHttpServer server;
    replayRoutes(server, {
                         {QStringLiteral("/"), QStringLiteral("stac_earth_search/v1_landing.json")},
                         {QStringLiteral("/collections"), QStringLiteral("stac_earth_search/v1_collections.json")}});
    StacFixture f;
    f.set(QStringLiteral("stac.url"), server.url(QString()).toString());
    ASSERT_TRUE(f.provider->capabilities().canRefreshCollections);
    EXPECT_TRUE(f.provider->collections().isEmpty());

    CollectionsJob *job = f.provider->refreshCollections({{QStringLiteral("keyword"), QStringLiteral("sentinel-1")}});
    QList<CollectionInfo> listed;
    QObject::connect(job, &CollectionsJob::finished, job, [&listed](const QList<CollectionInfo> &c) { listed = c; });
    QSignalSpy finished(job, &CollectionsJob::finished);
    QSignalSpy failed(job, &CollectionsJob::failed);
    job->start();
    ASSERT_TRUE(finished.wait(10000)) << "failed: " << failed.size();
    EXPECT_EQ(failed.size(), 0);
    ASSERT_FALSE(listed.isEmpty());
    for (const auto &c : listed)
        EXPECT_TRUE(c.name.contains(QStringLiteral("sentinel-1"))) << c.name.toStdString();
    EXPECT_TRUE(f.provider->findCollection(QStringLiteral("sentinel-1-grd")).has_value());
    EXPECT_GT(f.provider->collections().size(), listed.size()) << "the provider keeps the whole list";
    delete job;
}

// With onda.url set, the onda provider works on an ONDA-compatible catalogue: a local server
// replays the recorded ONDA answer (two offline Sentinel-2 L1C products), pages by $skip, orders
// offline products and serves them once restored, with Basic authentication.
#include "tests/cli/CliRunner.h"
#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/SearchRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QString kRecording = QStringLiteral("onda/products_s2msi1c_top2_offline.json");

QJsonArray recordedProducts()
{
    return QJsonDocument::fromJson(readTestData(kRecording)).object().value(QStringLiteral("value")).toArray();
}

QByteArray pageOf(const QJsonArray &products)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("@odata.context"), QStringLiteral("$metadata#Products")},
                                     {QStringLiteral("value"), products}})
        .toJson(QJsonDocument::Compact);
}

// The catalogue: pages of the recorded products by $top/$skip, one product by id, and orders.
struct OndaCatalogue {
    LocalHttpServer server;
    bool restored = false;                  // an order was placed: the product is online now
    int orders = 0;
    QList<QByteArray> orderAuthorizations;
    QByteArray payload = QByteArray(64 * 1024, 'x');

    OndaCatalogue()
    {
        server.setHandler([this](const RecordedRequest &r) { return answer(r); });
    }

    QUrl base() const { return server.url(QStringLiteral("/dias-catalogue")); }

    CannedResponse answer(const RecordedRequest &r)
    {
        const QString path = r.url().path();
        const QUrlQuery query(r.url());
        if (path == QLatin1String("/dias-catalogue/Products")) {
            const int top = query.queryItemValue(QStringLiteral("$top")).toInt();
            const int skip = query.queryItemValue(QStringLiteral("$skip")).toInt();
            const QJsonArray all = recordedProducts();
            QJsonArray slice;
            for (int i = skip; i < all.size() && i < skip + top; ++i)
                slice.append(all.at(i));
            return CannedResponse::json(pageOf(slice));
        }
        if (path.endsWith(QLatin1String("/Ens.Order")) && r.method == "POST") {
            ++orders;
            orderAuthorizations << r.header("Authorization");
            restored = true;
            return CannedResponse::json(R"({"Status":"RUNNING","EstimatedTime":"2020-08-20T10:00:00.000Z"})");
        }
        if (path.endsWith(QLatin1String("/$value"))) {
            if (r.header("Authorization") != "Basic " + QByteArray("alice:s3cret").toBase64())
                return CannedResponse::text("Unauthorized", 401);
            return LocalHttpServer::serveBytes(r, payload);
        }
        if (path.startsWith(QLatin1String("/dias-catalogue/Products("))) {
            // One product: the recorded one, online once ordered, with the size of what $value serves.
            QJsonObject product = recordedProducts().first().toObject();
            if (restored) {
                product.insert(QStringLiteral("offline"), QStringLiteral("False"));
                product.insert(QStringLiteral("size"), QString::number(payload.size()));
            }
            return CannedResponse::json(QJsonDocument(product).toJson(QJsonDocument::Compact));
        }
        return CannedResponse::text("not found", 404);
    }
};

struct LoadedOnda : LoadedProvider {
    explicit LoadedOnda(const QUrl &base)
        : LoadedProvider(QStringLiteral("onda"), Credentials{QStringLiteral("onda"), QStringLiteral("alice"), QStringLiteral("s3cret"),
                                                             QStringLiteral("password"), {}})
    {
        set(QStringLiteral("onda.url"), base.toString());
    }
};

SearchQuery l1cQuery()
{
    SearchQuery q;
    q.collection = QStringLiteral("S2MSI1C");
    q.region = Region::fromBox(BoundingBox{137.7729, 13.1342, 153.7491, 23.8860});
    q.start = QDate(2020, 8, 8);
    q.end = QDate(2020, 8, 16);
    return q;
}

} // namespace

TEST(OndaCatalogue, SearchAsksInOndasDialectAndPagesBySkip)
{
    OndaCatalogue catalogue;
    LoadedOnda onda(catalogue.base());
    onda.set(QStringLiteral("onda.page_size"), QStringLiteral("1"));
    const SearchOutcome out = runSearch(onda.provider->search(l1cQuery()));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    ASSERT_EQ(out.results.size(), 2);

    const SceneResult &first = out.results.first();
    EXPECT_EQ(first.sceneId, QStringLiteral("S2B_MSIL1C_20200813T010309_N0209_R045_T55PBR_20200813T021947"));
    EXPECT_EQ(first.remoteId, QStringLiteral("0224d6fb-975e-469d-ac23-1ec3d083cc50"));
    EXPECT_FALSE(first.online);
    EXPECT_EQ(first.size, std::optional<qint64>(177146680));
    EXPECT_EQ(first.start, QDateTime(QDate(2020, 8, 13), QTime(1, 3, 9, 24), Qt::UTC));
    EXPECT_FALSE(first.footprint.isEmpty());
    EXPECT_FALSE(first.attributes.contains(QStringLiteral("quicklook"))) << "the inline JPEG is not kept";

    // Pages of one by $skip until a page comes back short.
    const auto requests = catalogue.server.requests();
    ASSERT_EQ(requests.size(), 3);
    QStringList skips;
    for (const auto &r : requests)
        skips << QUrlQuery(r.url()).queryItemValue(QStringLiteral("$skip"));
    EXPECT_EQ(skips, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    const QUrlQuery asked(requests.first().url());
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("productType")), QStringLiteral("S2MSI1C"));
    const QString search = asked.queryItemValue(QStringLiteral("$search"), QUrl::FullyDecoded);
    EXPECT_TRUE(search.startsWith(QStringLiteral("\"footprint:\"Intersects(POLYGON((137.7729 13.1342,153.7491 13.1342,")))
        << search.toStdString();
    EXPECT_TRUE(search.contains(QStringLiteral("productType:S2MSI1C AND beginPosition:[2020-08-08T00:00:00.000Z TO *] AND "
                                               "endPosition:[* TO 2020-08-16T23:59:59.999Z]")))
        << search.toStdString();
}

TEST(OndaCatalogue, AnOfflineProductIsOrderedAndDownloadedOnceRestored)
{
    OndaCatalogue catalogue;
    LoadedOnda onda(catalogue.base());
    const SearchOutcome found = runSearch(onda.provider->search(l1cQuery()));
    ASSERT_FALSE(found.results.isEmpty());
    const SceneResult scene = found.results.first();

    // Offline: the plan says so, and the provider can order it.
    PlanOutcome first = runPlan(onda.provider->resolve(scene));
    ASSERT_TRUE(first.plan) << first.error->message.toStdString();
    EXPECT_TRUE(first.plan->offline);
    EXPECT_TRUE(first.plan->files.isEmpty());
    EXPECT_TRUE(onda.provider->capabilities().canOrderOffline);

    const PlanOutcome ordered = runPlan(onda.provider->order(scene));
    ASSERT_TRUE(ordered.plan) << ordered.error->message.toStdString();
    EXPECT_TRUE(ordered.plan->ordered);
    EXPECT_EQ(catalogue.orders, 1);
    EXPECT_EQ(catalogue.orderAuthorizations.first(), "Basic " + QByteArray("alice:s3cret").toBase64());

    // Polled again after the order: online, with the $value URL, its size and the account.
    const PlanOutcome online = runPlan(onda.provider->resolve(scene));
    ASSERT_TRUE(online.plan) << online.error->message.toStdString();
    EXPECT_FALSE(online.plan->offline);
    ASSERT_EQ(online.plan->files.size(), 1);
    EXPECT_EQ(online.plan->files.first().url, QUrl(catalogue.base().toString() + QStringLiteral("/Products(0224d6fb-975e-469d-ac23-1ec3d083cc50)/$value")));
    EXPECT_EQ(online.plan->files.first().size, std::optional<qint64>(catalogue.payload.size()));
    EXPECT_EQ(online.plan->files.first().relativePath, scene.sceneId + QStringLiteral(".zip"));
    ASSERT_TRUE(online.plan->auth);
    EXPECT_EQ(online.plan->trustedHosts, QStringList{catalogue.base().host()});
}

TEST(OndaCatalogue, ALookupKeepsOnlyTheNamedProduct)
{
    OndaCatalogue catalogue;
    LoadedOnda onda(catalogue.base());
    const QString second = QStringLiteral("S2B_MSIL1C_20200813T010309_N0209_R045_T55PBQ_20200813T021947");
    const SearchOutcome out = runSearch(onda.provider->lookup(QStringLiteral("S2MSI1C"), second));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    ASSERT_EQ(out.results.size(), 1);
    EXPECT_EQ(out.results.first().sceneId, second);
    const QString search = QUrlQuery(catalogue.server.requests().first().url()).queryItemValue(QStringLiteral("$search"), QUrl::FullyDecoded);
    EXPECT_TRUE(search.contains(QStringLiteral("name:") + second + QLatin1Char('*'))) << search.toStdString();
}

TEST(OndaCatalogueCli, SearchListsEveryRecordedProductWithItsFootprint)
{
    OndaCatalogue catalogue;
    QTemporaryDir work;
    const QString results = work.filePath(QStringLiteral("r.geojson"));
    const CliRun run = runCli({QStringLiteral("--set"), QStringLiteral("onda.url=") + catalogue.base().toString(),
                               QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("onda"),
                               QStringLiteral("--collection"), QStringLiteral("S2MSI1C"),
                               QStringLiteral("--bbox"), QStringLiteral("137.7729,13.1342,153.7491,23.8860"),
                               QStringLiteral("--start"), QStringLiteral("2020-08-08"), QStringLiteral("--end"), QStringLiteral("2020-08-16"),
                               QStringLiteral("--format"), QStringLiteral("geojson"), QStringLiteral("--output"), results});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(results);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
    ASSERT_EQ(features.size(), 2);
    for (const auto &f : features) {
        const QJsonObject geometry = f.toObject().value(QStringLiteral("geometry")).toObject();
        EXPECT_FALSE(geometry.value(QStringLiteral("coordinates")).toArray().isEmpty()) << "a result without its footprint";
    }
}

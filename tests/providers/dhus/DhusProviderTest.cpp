// The dhus plug-in against a local hub replaying recorded Data Hub Software answers: searches in
// both dialects, the closed Open Access Hub, accounts used in turn, and the long-term archive.
#include "tests/cli/CliRunner.h"
#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/SearchRunner.h"

#include "core/auth/AuthSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

QJsonObject recordedEntity(const QString &file)
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("dhus/") + file)).object().value(QStringLiteral("d")).toObject();
}

// An OData list page built from the recorded entities (no list answer was recorded).
QByteArray recordedListPage()
{
    const QJsonArray products{recordedEntity(QStringLiteral("product_s3_online.json")),
                              recordedEntity(QStringLiteral("product_expand_attributes.json")),
                              recordedEntity(QStringLiteral("product_s3_offline.json"))};
    return QJsonDocument(QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), products},
                                                                       {QStringLiteral("__count"), QStringLiteral("3")}}}})
        .toJson(QJsonDocument::Compact);
}

// Two accounts, as a keychain holding both would give them.
class TwoAccounts final : public CredentialSource
{
public:
    void credentials(const QString &provider, const QString &account, QObject *context, Callback callback) override
    {
        const QString who = account.isEmpty() ? QStringLiteral("alice") : account;
        Credentials c{provider, who, who + QStringLiteral("-pw"), QStringLiteral("password"), {}};
        QMetaObject::invokeMethod(context, [callback, c] { callback(c); }, Qt::QueuedConnection);
    }
};

struct Hub {
    LocalHttpServer server;
    bool online = false;
    int archiveRequests = 0;
    QList<QByteArray> authorizations;

    Hub()
    {
        server.setHandler([this](const RecordedRequest &r) {
            authorizations << r.header("Authorization");
            const QString path = r.url().path();
            if (path == QLatin1String("/odata/v1/Products"))
                return CannedResponse::json(recordedListPage());
            if (path == QLatin1String("/search")) {
                const int start = QUrlQuery(r.url()).queryItemValue(QStringLiteral("start")).toInt();
                return CannedResponse::json(readTestData(start == 0 ? QStringLiteral("dhus/search_large_query_start0_rows100.json")
                                                                    : QStringLiteral("dhus/search_large_query_start600_rows100_last.json")));
            }
            if (path.endsWith(QLatin1String("/Online/$value")))
                return CannedResponse::text(readTestData(online ? QStringLiteral("dhus/product_online_value_true.txt")
                                                                : QStringLiteral("dhus/product_online_value_false.txt")));
            if (path.endsWith(QLatin1String("/$value"))) {
                ++archiveRequests;
                return CannedResponse::text(readTestData(QStringLiteral("dhus/product_value_202_lta_retrieval_triggered.txt")), 202);
            }
            return CannedResponse::text("not found", 404);
        });
    }
    QUrl root() const { return server.url(QStringLiteral("/")); }
};

struct LoadedHub {
    Hub hub;
    TwoAccounts accounts;
    LoadedProvider dhus{QStringLiteral("dhus"), &accounts};
    LoadedHub() { dhus.set(QStringLiteral("dhus.url"), hub.root().toString()); }
};

QByteArray authorizationOf(const std::shared_ptr<AuthSession> &session)
{
    std::optional<Result<QPair<QByteArray, QByteArray>>> header;
    QObject context;
    session->authorize(&context, [&header](const Result<QPair<QByteArray, QByteArray>> &h) { header = h; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return header.has_value(); }, 5000));
    return header && header->ok() ? header->value().second : QByteArray();
}

} // namespace

TEST(DhusProvider, ODataSearchListsEveryProductOfTheHubsAnswer)
{
    LoadedHub h;
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-3");
    q.start = QDate(2016, 9, 1);
    q.end = QDate(2023, 3, 31);
    const SearchOutcome out = runSearch(h.dhus.provider->search(q));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    ASSERT_EQ(out.results.size(), 3);
    for (const auto &r : out.results)
        EXPECT_FALSE(r.footprint.isEmpty()) << r.sceneId.toStdString();
    EXPECT_EQ(out.lastTotal, 3);
    EXPECT_EQ(h.hub.server.requestCount(), 1) << "one page holds everything: nothing more is asked";

    const QUrlQuery asked(h.hub.server.requests().first().url());
    const QString filter = asked.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    EXPECT_TRUE(filter.contains(QStringLiteral("startswith(Name,'S3')"))) << filter.toStdString();
    EXPECT_TRUE(filter.contains(QStringLiteral("ContentDate/Start ge datetime'2016-09-01T00:00:00.000'"))) << filter.toStdString();
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("$format")), QStringLiteral("json"));
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("$expand")), QStringLiteral("Attributes"));
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("$inlinecount")), QStringLiteral("allpages"));
    EXPECT_TRUE(h.hub.authorizations.first().isEmpty()) << "searches are anonymous";
}

TEST(DhusProvider, ODataSearchKeepsOnlyFootprintsInTheArea)
{
    LoadedHub h;
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-3");
    q.start = QDate(2016, 9, 1);
    q.end = QDate(2023, 3, 31);
    // Around the online product's footprint (about 0..1.3 E, 63..65 N) only.
    q.region = Region::fromBox(BoundingBox{-1.0, 62.0, 2.0, 66.0});
    const SearchOutcome out = runSearch(h.dhus.provider->search(q));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    ASSERT_EQ(out.results.size(), 1);
    EXPECT_EQ(out.results.first().remoteId, QStringLiteral("b1d8a9ab-6072-4ecd-bc44-8d64419d71cb"));
}

TEST(DhusProvider, OpenSearchPagesByStartAndSendsTheArea)
{
    LoadedHub h;
    h.dhus.set(QStringLiteral("dhus.strategy"), QStringLiteral("opensearch"));
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    q.start = QDate(2015, 12, 1);
    q.end = QDate(2015, 12, 31);
    q.region = Region::fromBox(BoundingBox{0, 0, 10, 10});
    q.limit = 100;
    const SearchOutcome out = runSearch(h.dhus.provider->search(q));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    EXPECT_EQ(out.results.size(), 100);
    EXPECT_EQ(out.lastTotal, 630);
    const QUrlQuery asked(h.hub.server.requests().first().url());
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("format")), QStringLiteral("json"));
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("rows")), QStringLiteral("100"));
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("start")), QStringLiteral("0"));
    const QString terms = asked.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    EXPECT_TRUE(terms.contains(QStringLiteral("platformname:\"Sentinel-2\""))) << terms.toStdString();
    EXPECT_TRUE(terms.contains(QStringLiteral("footprint:\"Intersects(POLYGON((0.0 0.0,10.0 0.0,10.0 10.0,0.0 10.0,0.0 0.0)))\"")))
        << terms.toStdString();
    EXPECT_TRUE(terms.contains(QStringLiteral("beginposition:[2015-12-01T00:00:00.000Z TO 2015-12-31T23:59:59.999Z]"))) << terms.toStdString();
}

TEST(DhusProvider, TheClosedOpenAccessHubAnswersBeforeAnyRequest)
{
    LoadedHub h;
    for (const auto &[key, value] : {std::pair{QStringLiteral("dhus.url"), QStringLiteral("https://apihub.copernicus.eu/apihub")},
                                     std::pair{QStringLiteral("dhus.url"), QStringLiteral("https://scihub.copernicus.eu/dhus")}}) {
        h.dhus.set(key, value);
        SearchQuery q;
        q.collection = QStringLiteral("S2MSI1C");
        const SearchOutcome out = runSearch(h.dhus.provider->search(q));
        ASSERT_TRUE(out.error);
        EXPECT_TRUE(out.error->message.contains(QStringLiteral("closed in October 2023"))) << out.error->message.toStdString();
        EXPECT_TRUE(out.error->message.contains(QStringLiteral("'dataspace'")));
    }
    h.dhus.set(QStringLiteral("dhus.url"), QString());
    h.dhus.set(QStringLiteral("dhus.preset"), QStringLiteral("apihub"));
    SearchQuery q;
    q.collection = QStringLiteral("GRD");
    const SearchOutcome out = runSearch(h.dhus.provider->search(q));
    ASSERT_TRUE(out.error);
    EXPECT_TRUE(out.error->message.contains(QStringLiteral("closed in October 2023")));
    EXPECT_EQ(h.hub.server.requestCount(), 0);
}

TEST(DhusProvider, AccountsAreUsedInTurnEachWithItsOwnCap)
{
    LoadedHub h;
    h.hub.online = true;
    h.dhus.set(QStringLiteral("dhus.accounts"), QStringLiteral("alice, bob"));
    SceneResult scene;
    scene.sceneId = QStringLiteral("S3A_SR_1_SRA____20230309T204558_20230309T204623_20230309T225028_0024_096_214______PS1_O_NR_004");
    scene.remoteId = QStringLiteral("b1d8a9ab-6072-4ecd-bc44-8d64419d71cb");
    scene.checksums.insert(QStringLiteral("md5"), QStringLiteral("1495b98f859949929b14c1b7cd62dffc"));
    scene.size = 599540;

    QStringList limitKeys;
    QList<QByteArray> headers;
    for (int i = 0; i < 3; ++i) {
        const PlanOutcome out = runPlan(h.dhus.provider->resolve(scene));
        ASSERT_TRUE(out.plan) << out.error->message.toStdString();
        ASSERT_EQ(out.plan->files.size(), 1);
        EXPECT_EQ(out.plan->files.first().checksums.value(QStringLiteral("md5")), QStringLiteral("1495b98f859949929b14c1b7cd62dffc"));
        EXPECT_EQ(out.plan->maxConnections, 2);
        limitKeys << out.plan->limitKey;
        headers << authorizationOf(out.plan->auth);
    }
    EXPECT_EQ(limitKeys, (QStringList{QStringLiteral("dhus:alice"), QStringLiteral("dhus:bob"), QStringLiteral("dhus:alice")}));
    EXPECT_EQ(headers.at(0), "Basic " + QByteArray("alice:alice-pw").toBase64());
    EXPECT_EQ(headers.at(1), "Basic " + QByteArray("bob:bob-pw").toBase64());
}

TEST(DhusProvider, AnArchivedProductIsRequestedWithinTheHourlyLimit)
{
    LoadedHub h;
    h.dhus.set(QStringLiteral("dhus.archive_requests_per_hour"), QStringLiteral("1"));
    SceneResult scene;
    scene.sceneId = QStringLiteral("S3A_OL_2_LFR____20160922T014239_20160922T014239_20180309T131012_0000_009_060_1440_LR2_R_NT_002");
    scene.remoteId = QStringLiteral("11af8bd9-24d0-4401-9789-b7b73786e122");

    const PlanOutcome offline = runPlan(h.dhus.provider->resolve(scene));
    ASSERT_TRUE(offline.plan) << offline.error->message.toStdString();
    EXPECT_TRUE(offline.plan->offline);
    EXPECT_TRUE(offline.plan->offlineReason.contains(QStringLiteral("0 of 1"))) << offline.plan->offlineReason.toStdString();

    const PlanOutcome ordered = runPlan(h.dhus.provider->order(scene));
    ASSERT_TRUE(ordered.plan) << ordered.error->message.toStdString();
    EXPECT_TRUE(ordered.plan->ordered);
    EXPECT_EQ(h.hub.archiveRequests, 1);
    EXPECT_TRUE(ordered.plan->offlineReason.contains(QStringLiteral("1 of 1"))) << ordered.plan->offlineReason.toStdString();

    // The hour's requests are used up: the next order is held back as a quota, without a request.
    const PlanOutcome held = runPlan(h.dhus.provider->order(scene));
    ASSERT_TRUE(held.error);
    EXPECT_EQ(held.error->errorClass, ErrorClass::Quota);
    EXPECT_TRUE(held.error->message.contains(QStringLiteral("1 long-term archive requests an hour"))) << held.error->message.toStdString();
    EXPECT_EQ(h.hub.archiveRequests, 1);

    // Once the hub restores it, the poll finds it online.
    h.hub.online = true;
    const PlanOutcome online = runPlan(h.dhus.provider->resolve(scene));
    ASSERT_TRUE(online.plan);
    EXPECT_FALSE(online.plan->offline);
    EXPECT_EQ(online.plan->files.size(), 1);
}

TEST(DhusCli, SearchAgainstARecordedHubAnswerListsEveryProductWithItsFootprint)
{
    Hub hub;
    QTemporaryDir work;
    const QString results = work.filePath(QStringLiteral("r.geojson"));
    const CliRun run = runCli({QStringLiteral("--set"), QStringLiteral("dhus.url=") + hub.root().toString(),
                               QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("scihub"),
                               QStringLiteral("--collection"), QStringLiteral("SENTINEL-3"),
                               QStringLiteral("--start"), QStringLiteral("2016-01-01"), QStringLiteral("--end"), QStringLiteral("2023-12-31"),
                               QStringLiteral("--format"), QStringLiteral("geojson"), QStringLiteral("--output"), results});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(results);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
    ASSERT_EQ(features.size(), 3);
    for (const auto &f : features)
        EXPECT_FALSE(f.toObject().value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray().isEmpty());
}

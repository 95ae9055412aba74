#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QByteArray kRecordedKey = "eyJjaWQiOjgyMTM4OSwicyI6IjE2MTQwNzg1MDEiLCJyIjo1ODQsInAiOlsiZG93bmxvYWQiLCJvcmRlciJdfQ==";

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray envelope(const QJsonValue &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                     {QStringLiteral("errorCode"), QJsonValue::Null},
                                     {QStringLiteral("errorMessage"), QJsonValue::Null}})
        .toJson(QJsonDocument::Compact);
}

// No recorded dataset-search answer exists: this one is built from the field names of the M2M
// reference (data[] of datasets with datasetAlias, collectionName, datasetId, ...). It lists one
// Landsat dataset the fixed table already has, one it has under an alias, and two others.
QByteArray datasetSearchAnswer()
{
    auto dataset = [](const char *alias, const char *name, const char *id) {
        return QJsonObject{{QStringLiteral("datasetAlias"), QString::fromLatin1(alias)},
                           {QStringLiteral("collectionName"), QString::fromLatin1(name)},
                           {QStringLiteral("datasetId"), QString::fromLatin1(id)},
                           {QStringLiteral("ingestFrequency"), QJsonValue::Null},
                           {QStringLiteral("spatialBounds"), QJsonValue::Null}};
    };
    return envelope(QJsonArray{
        dataset("landsat_ot_c2_l2", "Landsat 8-9 OLI/TIRS C2 L2", "5e83d14fec7cae84"),
        dataset("LANDSAT_8_C1", "Landsat 8 OLI/TIRS C1 Level-1", "5e83d0b84df8d8c2"),
        dataset("gls_all", "Global Land Survey", "5e83d0a0f94d7d8d"),
        dataset("srtm_v2", "SRTM Void Filled", "5e83a1efe0cfd4b1"),
        QJsonObject{{QStringLiteral("collectionName"), QStringLiteral("No alias: cannot be searched")}},
    });
}

// An M2M stand-in answering with the recorded bodies in tests/data/usgs.
class FakeM2m
{
public:
    FakeM2m()
    {
        server.setHandler([this](const RecordedRequest &request) { return answer(request); });
    }

    QList<RecordedRequest> calls(const QString &method) const
    {
        QList<RecordedRequest> out;
        const auto all = server.requests();
        for (const auto &r : all) {
            if (r.url().path().endsWith(QLatin1Char('/') + method))
                out.append(r);
        }
        return out;
    }

    LocalHttpServer server;
    QByteArray loginBody = readTestData(QStringLiteral("usgs/login.json"));
    QByteArray datasetSearchBody = datasetSearchAnswer();
    bool retrieveAvailable = false;
    QJsonArray remainingLimits;

private:
    CannedResponse answer(const RecordedRequest &request)
    {
        const QString path = request.url().path();
        const QString method = path.section(QLatin1Char('/'), -1);
        if (method == QLatin1String("login-token"))
            return CannedResponse::json(loginBody);
        if (method == QLatin1String("logout"))
            return CannedResponse::json(envelope(QJsonValue::Null));
        if (method == QLatin1String("scene-search"))
            return sceneSearch(jsonOf(request.body));
        if (method == QLatin1String("dataset-filters")) {
            // The recorded file is only the data array; the envelope is added here.
            return CannedResponse::json(envelope(
                QJsonDocument::fromJson(readTestData(QStringLiteral("usgs/dataset_filters_landsat_c2_data_fragment.json"))).array()));
        }
        if (method == QLatin1String("dataset-search"))
            return CannedResponse::json(datasetSearchBody);
        if (method == QLatin1String("download-options"))
            return CannedResponse::json(readTestData(QStringLiteral("usgs/download_options_landsat_8_c1.json")));
        if (method == QLatin1String("download-request")) {
            if (remainingLimits.isEmpty())
                return CannedResponse::json(readTestData(QStringLiteral("usgs/download_request_preparing.json")));
            QJsonObject recorded = jsonOf(readTestData(QStringLiteral("usgs/download_request_preparing.json")));
            QJsonObject data = recorded.value(QStringLiteral("data")).toObject();
            data[QStringLiteral("remainingLimits")] = remainingLimits;
            return CannedResponse::json(envelope(data));
        }
        if (method == QLatin1String("download-retrieve")) {
            // No recorded download-retrieve exists: shaped after the M2M reference (available[],
            // requested[], eulas[], queueSize), for the download id of the recorded request.
            const QJsonObject item{{QStringLiteral("downloadId"), 26107136},
                                   {QStringLiteral("entityId"), QStringLiteral("LC82260782020217LGN00")},
                                   {QStringLiteral("statusCode"), retrieveAvailable ? QStringLiteral("A") : QStringLiteral("P")},
                                   {QStringLiteral("filesize"), 904370712},
                                   {QStringLiteral("url"), server.url(QStringLiteral("/download/abc")).toString()}};
            QJsonObject data{{QStringLiteral("available"), retrieveAvailable ? QJsonArray{item} : QJsonArray{}},
                             {QStringLiteral("requested"), QJsonArray{item}},
                             {QStringLiteral("eulas"), QJsonArray{}},
                             {QStringLiteral("queueSize"), retrieveAvailable ? 0 : 1}};
            return CannedResponse::json(envelope(data));
        }
        return CannedResponse::text("unknown M2M method", 404);
    }

    // The recorded search (6 records, one page) served as is when asked for all of it; smaller pages
    // are cut from the same recorded records with M2M's paging fields.
    CannedResponse sceneSearch(const QJsonObject &body)
    {
        const QByteArray recordedBytes = readTestData(QStringLiteral("usgs/scene_search_landsat_ot_c2_l2.json"));
        const QJsonObject recorded = jsonOf(recordedBytes);
        const QJsonArray all = recorded.value(QStringLiteral("data")).toObject().value(QStringLiteral("results")).toArray();
        const int start = body.value(QStringLiteral("startingNumber")).toInt(1);
        const int max = body.value(QStringLiteral("maxResults")).toInt(100);
        if (start == 1 && max >= all.size())
            return CannedResponse::json(recordedBytes);
        QJsonArray page;
        for (int i = start - 1; i < all.size() && page.size() < max; ++i)
            page.append(all.at(i));
        const int returned = int(page.size());
        QJsonObject data{{QStringLiteral("results"), page},
                         {QStringLiteral("recordsReturned"), returned},
                         {QStringLiteral("totalHits"), int(all.size())},
                         {QStringLiteral("startingNumber"), start},
                         {QStringLiteral("nextRecord"), std::min(int(all.size()), start + returned)}};
        return CannedResponse::json(envelope(data));
    }
};

Credentials usgsCredentials()
{
    Credentials c;
    c.provider = QStringLiteral("usgs");
    c.account = QStringLiteral("ers-user");
    c.secret = QStringLiteral("app-token-123");
    c.kind = QStringLiteral("token");
    return c;
}

struct Fixture {
    FakeM2m m2m;
    LoadedProvider loaded{QStringLiteral("usgs"), usgsCredentials()};
    Fixture()
    {
        loaded.set(QStringLiteral("usgs.api_url"), m2m.server.url(QStringLiteral("/api/api/json/stable/")).toString());
    }
    Provider *provider() { return loaded.provider; }
};

SearchQuery landsatQuery()
{
    SearchQuery q;
    q.collection = QStringLiteral("landsat_ot_c2_l2");
    q.region = Region::fromBox({4.38, 50.85, 4.39, 50.86});
    q.start = QDate(2018, 1, 1);
    q.end = QDate(2018, 1, 31);
    return q;
}

SceneResult recordedScene()
{
    SceneResult scene;
    scene.provider = QStringLiteral("usgs");
    scene.collection = QStringLiteral("landsat_ot_c2_l1");
    scene.sceneId = QStringLiteral("LC08_L1TP_226078_20200804_20200821_01_T1");
    scene.remoteId = QStringLiteral("LC82260782020217LGN00");
    return scene;
}

} // namespace

TEST(UsgsProvider, LogsInWithTokenAndSendsTheKeyOnLaterCalls)
{
    Fixture f;
    ASSERT_TRUE(f.provider());
    const auto outcome = runSearch(f.provider()->search(landsatQuery()));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();

    const auto logins = f.m2m.calls(QStringLiteral("login-token"));
    ASSERT_EQ(logins.size(), 1);
    const QJsonObject loginBody = jsonOf(logins.first().body);
    EXPECT_EQ(loginBody.value(QStringLiteral("username")).toString(), QStringLiteral("ers-user"));
    EXPECT_EQ(loginBody.value(QStringLiteral("token")).toString(), QStringLiteral("app-token-123"));
    EXPECT_TRUE(logins.first().header("X-Auth-Token").isEmpty());

    const auto searches = f.m2m.calls(QStringLiteral("scene-search"));
    ASSERT_EQ(searches.size(), 1);
    EXPECT_EQ(searches.first().header("X-Auth-Token"), kRecordedKey);
    const QJsonObject body = jsonOf(searches.first().body);
    EXPECT_EQ(body.value(QStringLiteral("datasetName")).toString(), QStringLiteral("landsat_ot_c2_l2"));
    const QJsonObject filter = body.value(QStringLiteral("sceneFilter")).toObject();
    EXPECT_EQ(filter.value(QStringLiteral("acquisitionFilter")).toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2018-01-01"));
    EXPECT_EQ(filter.value(QStringLiteral("acquisitionFilter")).toObject().value(QStringLiteral("end")).toString(),
              QStringLiteral("2018-01-31"));
    const QJsonObject mbr = filter.value(QStringLiteral("spatialFilter")).toObject();
    EXPECT_EQ(mbr.value(QStringLiteral("filterType")).toString(), QStringLiteral("mbr"));
    EXPECT_DOUBLE_EQ(mbr.value(QStringLiteral("lowerLeft")).toObject().value(QStringLiteral("longitude")).toDouble(), 4.38);
    EXPECT_DOUBLE_EQ(mbr.value(QStringLiteral("upperRight")).toObject().value(QStringLiteral("latitude")).toDouble(), 50.86);

    ASSERT_EQ(outcome.results.size(), 6);
    const SceneResult &first = outcome.results.first();
    EXPECT_EQ(first.sceneId, QStringLiteral("LC08_L2SP_198025_20180131_20200902_02_T2"));
    EXPECT_EQ(first.remoteId, QStringLiteral("LC81980252018031LGN00"));
    ASSERT_TRUE(first.cloudCover);
    EXPECT_DOUBLE_EQ(*first.cloudCover, 100.0);
    EXPECT_EQ(first.tile, QStringLiteral("198025"));
    EXPECT_EQ(first.collection, QStringLiteral("landsat_ot_c2_l2"));
    EXPECT_EQ(first.start, QDateTime(QDate(2018, 1, 31), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(first.quicklook.toString(),
              QStringLiteral("https://landsatlook.usgs.gov/gen-browse?size=rrb&type=refl&product_id=LC08_L1GT_198025_20180131_20200902_02_T2"));
    const QJsonArray ring = first.attributes.value(QStringLiteral("spatialCoverage")).toObject()
                                .value(QStringLiteral("coordinates")).toArray().first().toArray();
    ASSERT_EQ(ring.size(), 5);
    EXPECT_DOUBLE_EQ(ring.at(1).toArray().at(0).toDouble(), 5.3947);
    // The footprint is whatever Region makes of the recorded GeoJSON.
    const auto expected = Region::fromGeoJson(first.attributes.value(QStringLiteral("spatialCoverage")).toObject());
    EXPECT_EQ(first.footprint, expected ? expected.value() : Region());
    EXPECT_FALSE(first.attributes.contains(QStringLiteral("published")));   // "Unknown" in the recording
}

TEST(UsgsProvider, PagesWithStartingNumberUntilAllHitsAreRead)
{
    Fixture f;
    f.loaded.set(QStringLiteral("usgs.page_size"), QStringLiteral("4"));
    const auto outcome = runSearch(f.provider()->search(landsatQuery()));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    const auto searches = f.m2m.calls(QStringLiteral("scene-search"));
    ASSERT_EQ(searches.size(), 2);
    EXPECT_EQ(jsonOf(searches.at(0).body).value(QStringLiteral("startingNumber")).toInt(), 1);
    EXPECT_EQ(jsonOf(searches.at(0).body).value(QStringLiteral("maxResults")).toInt(), 4);
    EXPECT_EQ(jsonOf(searches.at(1).body).value(QStringLiteral("startingNumber")).toInt(), 5);
    EXPECT_EQ(outcome.results.size(), 6);
    EXPECT_EQ(outcome.pages, 2);
    EXPECT_EQ(outcome.lastTotal, 6);
    EXPECT_EQ(outcome.results.last().sceneId,
              QJsonDocument::fromJson(readTestData(QStringLiteral("usgs/scene_search_landsat_ot_c2_l2.json")))
                  .object().value(QStringLiteral("data")).toObject().value(QStringLiteral("results")).toArray()
                  .at(5).toObject().value(QStringLiteral("displayId")).toString());
}

TEST(UsgsProvider, LimitStopsPaging)
{
    Fixture f;
    f.loaded.set(QStringLiteral("usgs.page_size"), QStringLiteral("2"));
    SearchQuery q = landsatQuery();
    q.limit = 3;
    const auto outcome = runSearch(f.provider()->search(q));
    ASSERT_FALSE(outcome.error);
    EXPECT_EQ(outcome.results.size(), 3);
    const auto searches = f.m2m.calls(QStringLiteral("scene-search"));
    ASSERT_EQ(searches.size(), 2);
    EXPECT_EQ(jsonOf(searches.at(1).body).value(QStringLiteral("maxResults")).toInt(), 1);
}

TEST(UsgsProvider, PathRowAndDayNightUseTheDatasetFilterIdsFoundByLabel)
{
    Fixture f;
    SearchQuery q = landsatQuery();
    q.region = Region();
    q.extra.insert(QStringLiteral("path"), 198);
    q.extra.insert(QStringLiteral("row"), QStringLiteral("24-26"));
    q.extra.insert(QStringLiteral("day_night"), QStringLiteral("day"));
    q.cloudMax = 30;
    auto outcome = runSearch(f.provider()->search(q));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    ASSERT_EQ(f.m2m.calls(QStringLiteral("dataset-filters")).size(), 1);
    EXPECT_EQ(jsonOf(f.m2m.calls(QStringLiteral("dataset-filters")).first().body).value(QStringLiteral("datasetName")).toString(),
              QStringLiteral("landsat_ot_c2_l2"));

    const QJsonObject filter = jsonOf(f.m2m.calls(QStringLiteral("scene-search")).first().body)
                                   .value(QStringLiteral("sceneFilter")).toObject();
    EXPECT_FALSE(filter.contains(QStringLiteral("spatialFilter")));
    const QJsonObject cloud = filter.value(QStringLiteral("cloudCoverFilter")).toObject();
    EXPECT_EQ(cloud.value(QStringLiteral("min")).toInt(), 0);
    EXPECT_EQ(cloud.value(QStringLiteral("max")).toInt(), 30);
    EXPECT_FALSE(cloud.value(QStringLiteral("includeUnknown")).toBool(true));
    const QJsonObject metadata = filter.value(QStringLiteral("metadataFilter")).toObject();
    EXPECT_EQ(metadata.value(QStringLiteral("filterType")).toString(), QStringLiteral("and"));
    const QJsonArray children = metadata.value(QStringLiteral("childFilters")).toArray();
    ASSERT_EQ(children.size(), 3);
    // Ids from the recorded dataset-filters: "WRS Path", "WRS Row", "Day/Night Indicator".
    EXPECT_EQ(children.at(0).toObject().value(QStringLiteral("filterId")).toString(), QStringLiteral("5e81f14f8faf8048"));
    EXPECT_EQ(children.at(0).toObject().value(QStringLiteral("firstValue")).toInt(), 198);
    EXPECT_EQ(children.at(0).toObject().value(QStringLiteral("secondValue")).toInt(), 198);
    EXPECT_EQ(children.at(1).toObject().value(QStringLiteral("filterId")).toString(), QStringLiteral("5e81f14f8d2a7c24"));
    EXPECT_EQ(children.at(1).toObject().value(QStringLiteral("firstValue")).toInt(), 24);
    EXPECT_EQ(children.at(1).toObject().value(QStringLiteral("secondValue")).toInt(), 26);
    EXPECT_EQ(children.at(2).toObject().value(QStringLiteral("filterId")).toString(), QStringLiteral("5e81f14f61bda7c4"));
    EXPECT_EQ(children.at(2).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("DAY"));

    // Tiles as PPPRRR go through the same ids; the filters come from the cache this time.
    SearchQuery tiles = landsatQuery();
    tiles.tiles = {QStringLiteral("198025")};
    outcome = runSearch(f.provider()->search(tiles));
    ASSERT_FALSE(outcome.error);
    EXPECT_EQ(f.m2m.calls(QStringLiteral("dataset-filters")).size(), 1);
    const QJsonObject tileFilter = jsonOf(f.m2m.calls(QStringLiteral("scene-search")).last().body)
                                       .value(QStringLiteral("sceneFilter")).toObject()
                                       .value(QStringLiteral("metadataFilter")).toObject();
    EXPECT_EQ(tileFilter.value(QStringLiteral("filterType")).toString(), QStringLiteral("and"));
    EXPECT_EQ(tileFilter.value(QStringLiteral("childFilters")).toArray().at(1).toObject()
                  .value(QStringLiteral("firstValue")).toInt(), 25);
}

TEST(UsgsProvider, BadTileIsRefusedWithItsName)
{
    Fixture f;
    SearchQuery q = landsatQuery();
    q.tiles = {QStringLiteral("h12v10")};
    const auto outcome = runSearch(f.provider()->search(q));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("h12v10")));
}

TEST(UsgsProvider, AntimeridianBoxIsSearchedAsTwoHalves)
{
    Fixture f;
    SearchQuery q = landsatQuery();
    q.region = Region::fromBox({170, -20, -170, -10});
    const auto outcome = runSearch(f.provider()->search(q));
    ASSERT_FALSE(outcome.error);
    const auto searches = f.m2m.calls(QStringLiteral("scene-search"));
    ASSERT_EQ(searches.size(), 2);
    const QJsonObject east = jsonOf(searches.at(0).body).value(QStringLiteral("sceneFilter")).toObject()
                                 .value(QStringLiteral("spatialFilter")).toObject();
    const QJsonObject west = jsonOf(searches.at(1).body).value(QStringLiteral("sceneFilter")).toObject()
                                 .value(QStringLiteral("spatialFilter")).toObject();
    EXPECT_DOUBLE_EQ(east.value(QStringLiteral("lowerLeft")).toObject().value(QStringLiteral("longitude")).toDouble(), 170);
    EXPECT_DOUBLE_EQ(east.value(QStringLiteral("upperRight")).toObject().value(QStringLiteral("longitude")).toDouble(), 180);
    EXPECT_DOUBLE_EQ(west.value(QStringLiteral("lowerLeft")).toObject().value(QStringLiteral("longitude")).toDouble(), -180);
    EXPECT_DOUBLE_EQ(west.value(QStringLiteral("upperRight")).toObject().value(QStringLiteral("longitude")).toDouble(), -170);
    // Both halves answered the same recorded scenes: they are reported once.
    EXPECT_EQ(outcome.results.size(), 6);
}

TEST(UsgsProvider, DownloadRequestThenRetrieveUntilTheFileIsAvailable)
{
    Fixture f;
    f.loaded.set(QStringLiteral("usgs.retrieve_attempts"), QStringLiteral("1"));

    // First resolve: USGS is still preparing the file -> the queue's "ordered" state.
    auto first = runPlan(f.provider()->resolve(recordedScene()));
    ASSERT_FALSE(first.error) << first.error->message.toStdString();
    ASSERT_TRUE(first.plan);
    EXPECT_TRUE(first.plan->ordered);
    EXPECT_TRUE(first.plan->files.isEmpty());

    const auto options = f.m2m.calls(QStringLiteral("download-options"));
    ASSERT_EQ(options.size(), 1);
    EXPECT_EQ(jsonOf(options.first().body).value(QStringLiteral("entityIds")).toArray().first().toString(),
              QStringLiteral("LC82260782020217LGN00"));
    auto requests = f.m2m.calls(QStringLiteral("download-request"));
    ASSERT_EQ(requests.size(), 1);
    const QJsonObject requestBody = jsonOf(requests.first().body);
    const QJsonArray downloads = requestBody.value(QStringLiteral("downloads")).toArray();
    ASSERT_EQ(downloads.size(), 1);
    // The Level-1 bundle (dds), not the LandsatLook previews (wms).
    EXPECT_EQ(downloads.first().toObject().value(QStringLiteral("productId")).toString(), QStringLiteral("5e83d0b84df8d8c2"));
    EXPECT_EQ(downloads.first().toObject().value(QStringLiteral("entityId")).toString(), QStringLiteral("LC82260782020217LGN00"));
    const QString label = requestBody.value(QStringLiteral("label")).toString();
    EXPECT_FALSE(label.isEmpty());
    ASSERT_EQ(f.m2m.calls(QStringLiteral("download-retrieve")).size(), 1);
    EXPECT_EQ(jsonOf(f.m2m.calls(QStringLiteral("download-retrieve")).first().body).value(QStringLiteral("label")).toString(), label);

    // Later: the file is ready.
    f.m2m.retrieveAvailable = true;
    auto second = runPlan(f.provider()->resolve(recordedScene()));
    ASSERT_FALSE(second.error) << second.error->message.toStdString();
    ASSERT_TRUE(second.plan);
    EXPECT_FALSE(second.plan->ordered);
    ASSERT_EQ(second.plan->files.size(), 1);
    EXPECT_EQ(second.plan->files.first().url, f.m2m.server.url(QStringLiteral("/download/abc")));
    EXPECT_EQ(second.plan->files.first().size, std::optional<qint64>(904370712));
    EXPECT_EQ(second.plan->files.first().relativePath, QStringLiteral("LC08_L1TP_226078_20200804_20200821_01_T1.tar"));
    EXPECT_FALSE(second.plan->auth);
    requests = f.m2m.calls(QStringLiteral("download-request"));
    ASSERT_EQ(requests.size(), 2);
    // The same label both times, so USGS sees the same request rather than a new one.
    EXPECT_EQ(jsonOf(requests.last().body).value(QStringLiteral("label")).toString(), label);
    EXPECT_EQ(f.m2m.calls(QStringLiteral("login-token")).size(), 1);
}

TEST(UsgsProvider, UsedUpDownloadLimitsAreAQuotaErrorWithTheNumbers)
{
    Fixture f;
    f.m2m.remainingLimits = QJsonArray{QJsonObject{{QStringLiteral("limitType"), QStringLiteral("user")},
                                                   {QStringLiteral("recentDownloadCount"), 0},
                                                   {QStringLiteral("pendingDownloadCount"), 19990},
                                                   {QStringLiteral("unattemptedDownloadCount"), 20000}}};
    const auto outcome = runPlan(f.provider()->resolve(recordedScene()));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::Quota);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("recentDownloadCount 0")));
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("19990")));
}

TEST(UsgsProvider, ShutdownLogsOut)
{
    Fixture f;
    ASSERT_FALSE(runSearch(f.provider()->search(landsatQuery())).error);
    EXPECT_TRUE(f.m2m.calls(QStringLiteral("logout")).isEmpty());
    f.provider()->shutdown();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !f.m2m.calls(QStringLiteral("logout")).isEmpty(); }, 5000));
    EXPECT_EQ(f.m2m.calls(QStringLiteral("logout")).first().header("X-Auth-Token"), kRecordedKey);
}

TEST(UsgsProvider, KeyIsRenewedBeforeItExpires)
{
    Fixture f;
    f.loaded.set(QStringLiteral("usgs.key_lifetime_seconds"), QStringLiteral("1"));
    ASSERT_FALSE(runSearch(f.provider()->search(landsatQuery())).error);
    ASSERT_FALSE(runSearch(f.provider()->search(landsatQuery())).error);
    // Within the first half of the lifetime the key is reused...
    EXPECT_EQ(f.m2m.calls(QStringLiteral("login-token")).size(), 1);
    QTest::qWait(600);
    // ...past it, the next call logs in again first.
    ASSERT_FALSE(runSearch(f.provider()->search(landsatQuery())).error);
    EXPECT_EQ(f.m2m.calls(QStringLiteral("login-token")).size(), 2);
}

TEST(UsgsProvider, ExpiredKeyInTheEnvelopeLogsInAgainAndRepeatsTheCall)
{
    Fixture f;
    int searches = 0;
    f.m2m.server.setHandler([&, inner = &f.m2m](const RecordedRequest &request) {
        if (request.url().path().endsWith(QLatin1String("/scene-search")) && ++searches == 1) {
            return CannedResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonValue::Null},
                                                                  {QStringLiteral("errorCode"), QStringLiteral("AUTH_KEY_INVALID")},
                                                                  {QStringLiteral("errorMessage"), QStringLiteral("Invalid API key")}})
                                            .toJson());
        }
        if (request.url().path().endsWith(QLatin1String("/login-token")))
            return CannedResponse::json(inner->loginBody);
        return CannedResponse::json(readTestData(QStringLiteral("usgs/scene_search_landsat_ot_c2_l2.json")));
    });
    const auto outcome = runSearch(f.provider()->search(landsatQuery()));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    EXPECT_EQ(outcome.results.size(), 6);
    EXPECT_EQ(searches, 2);
    EXPECT_EQ(f.m2m.calls(QStringLiteral("login-token")).size(), 2);
}

TEST(UsgsProvider, RecordedAuthInvalidBecomesAnAuthErrorWithTheServiceMessage)
{
    Fixture f;
    f.m2m.loginBody = readTestData(QStringLiteral("usgs/login_error_auth_invalid.json"));
    const auto outcome = runSearch(f.provider()->search(landsatQuery()));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::Auth);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("User credential verification failed")))
        << outcome.error->message.toStdString();
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("AUTH_INVALID")));
    EXPECT_FALSE(outcome.error->message.contains(QStringLiteral("app-token-123")));
    EXPECT_TRUE(f.m2m.calls(QStringLiteral("scene-search")).isEmpty());
}

TEST(UsgsProvider, BdcCollectorsNamesResolveToCollection2)
{
    Fixture f;
    const auto c = f.provider()->findCollection(QStringLiteral("LANDSAT_8_C1"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, QStringLiteral("landsat_ot_c2_l1"));
    EXPECT_EQ(f.provider()->findCollection(QStringLiteral("landsat_tm_c1"))->name, QStringLiteral("landsat_tm_c2_l1"));
    SearchQuery q = landsatQuery();
    q.collection = QStringLiteral("LANDSAT_8_C1");
    ASSERT_FALSE(runSearch(f.provider()->search(q)).error);
    EXPECT_EQ(jsonOf(f.m2m.calls(QStringLiteral("scene-search")).first().body).value(QStringLiteral("datasetName")).toString(),
              QStringLiteral("landsat_ot_c2_l1"));
}

TEST(UsgsProvider, LookupSearchesByProductIdentifierFilter)
{
    Fixture f;
    const auto outcome = runSearch(f.provider()->lookup({}, QStringLiteral("LC08_L2SP_198025_20180131_20200902_02_T2")));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    ASSERT_EQ(outcome.results.size(), 1);
    const QJsonObject body = jsonOf(f.m2m.calls(QStringLiteral("scene-search")).first().body);
    EXPECT_EQ(body.value(QStringLiteral("datasetName")).toString(), QStringLiteral("landsat_ot_c2_l2"));
    const QJsonObject filter = body.value(QStringLiteral("sceneFilter")).toObject().value(QStringLiteral("metadataFilter")).toObject();
    // The recorded filters only carry the L1 product identifier, which is the fallback.
    EXPECT_EQ(filter.value(QStringLiteral("filterId")).toString(), QStringLiteral("5e81f14fe3c40983"));
    EXPECT_EQ(filter.value(QStringLiteral("value")).toString(), QStringLiteral("LC08_L2SP_198025_20180131_20200902_02_T2"));
}

TEST(UsgsProvider, ApiCallsOfOneAccountRunOneAtATime)
{
    Fixture f;
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    f.m2m.server.setHandler([&, inner = &f.m2m](const RecordedRequest &request) {
        if (request.url().path().endsWith(QLatin1String("/login-token")))
            return CannedResponse::json(inner->loginBody);
        arrivals.append(clock.elapsed());
        CannedResponse r = CannedResponse::json(readTestData(QStringLiteral("usgs/scene_search_landsat_ot_c2_l2.json")));
        r.delayMs = 300;
        return r;
    });
    SearchJob *a = f.provider()->search(landsatQuery());
    SearchJob *b = f.provider()->search(landsatQuery());
    int finished = 0;
    QObject guard;
    for (SearchJob *job : {a, b}) {
        QObject::connect(job, &SearchJob::finished, &guard, [&] { ++finished; });
        QObject::connect(job, &SearchJob::failed, &guard, [&] { ++finished; });
        job->start();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 2; }, 15000));
    delete a;
    delete b;
    ASSERT_EQ(arrivals.size(), 2);
    // The second search was sent only after the first one's (delayed) answer came back.
    EXPECT_GE(arrivals.at(1) - arrivals.at(0), 250);
}

TEST(UsgsProvider, DatasetSearchAddsTheListedDatasetsAfterTheLandsatTable)
{
    Fixture f;
    const auto fixed = f.provider()->collections();
    EXPECT_TRUE(f.provider()->capabilities().canRefreshCollections);
    const auto refreshed = runRefresh(f.provider()->refreshCollections());
    ASSERT_FALSE(refreshed.error) << refreshed.error->message.toStdString();

    // Logged in first, then dataset-search with the key and no name filter.
    ASSERT_EQ(f.m2m.calls(QStringLiteral("login-token")).size(), 1);
    const auto searches = f.m2m.calls(QStringLiteral("dataset-search"));
    ASSERT_EQ(searches.size(), 1);
    EXPECT_EQ(searches.first().header("X-Auth-Token"), kRecordedKey);
    EXPECT_FALSE(jsonOf(searches.first().body).contains(QStringLiteral("datasetName")));

    const auto all = f.provider()->collections();
    ASSERT_EQ(all.size(), fixed.size() + 2);
    ASSERT_TRUE(refreshed.collections);
    EXPECT_EQ(refreshed.collections->size(), all.size());   // the job hands over the whole list
    // The Landsat table stays first and whole: its filters and aliases are not replaced by the
    // listed entries that name the same datasets.
    for (int i = 0; i < fixed.size(); ++i) {
        EXPECT_EQ(all.at(i).name, fixed.at(i).name);
        EXPECT_EQ(all.at(i).filters, fixed.at(i).filters);
        EXPECT_EQ(all.at(i).aliases, fixed.at(i).aliases);
    }
    EXPECT_TRUE(f.provider()->findCollection(QStringLiteral("landsat_ot_c2_l2"))->filters.contains(QStringLiteral("cloud")));
    EXPECT_EQ(all.at(fixed.size()).name, QStringLiteral("gls_all"));
    EXPECT_EQ(all.at(fixed.size()).title, QStringLiteral("Global Land Survey"));
    EXPECT_EQ(all.at(fixed.size() + 1).name, QStringLiteral("srtm_v2"));
    EXPECT_EQ(f.provider()->findCollection(QStringLiteral("srtm_v2"))->title, QStringLiteral("SRTM Void Filled"));
}

TEST(UsgsProvider, ListedDatasetIsSearchedByItsName)
{
    Fixture f;
    ASSERT_FALSE(runRefresh(f.provider()->refreshCollections({{QStringLiteral("dataset"), QStringLiteral("gls*")}})).error);
    EXPECT_EQ(jsonOf(f.m2m.calls(QStringLiteral("dataset-search")).first().body).value(QStringLiteral("datasetName")).toString(),
              QStringLiteral("gls*"));
    SearchQuery q = landsatQuery();
    q.collection = QStringLiteral("gls_all");
    ASSERT_FALSE(runSearch(f.provider()->search(q)).error);
    EXPECT_EQ(jsonOf(f.m2m.calls(QStringLiteral("scene-search")).first().body).value(QStringLiteral("datasetName")).toString(),
              QStringLiteral("gls_all"));
}

TEST(UsgsProvider, DatasetSearchErrorIsATypedErrorWithTheServiceMessage)
{
    Fixture f;
    const auto fixed = f.provider()->collections();
    f.m2m.datasetSearchBody = QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonValue::Null},
                                                        {QStringLiteral("errorCode"), QStringLiteral("SERVER_ERROR")},
                                                        {QStringLiteral("errorMessage"), QStringLiteral("Dataset catalog unavailable")}})
                                  .toJson();
    const auto refreshed = runRefresh(f.provider()->refreshCollections());
    ASSERT_TRUE(refreshed.error);
    EXPECT_FALSE(refreshed.collections);
    const Error error = *refreshed.error;
    EXPECT_EQ(error.errorClass, ErrorClass::Transient);
    EXPECT_TRUE(error.message.contains(QStringLiteral("dataset-search"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("Dataset catalog unavailable"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("SERVER_ERROR")));
    // The fixed table is still there.
    EXPECT_EQ(f.provider()->collections().size(), fixed.size());
}

TEST(UsgsProvider, DatasetSearchWithoutAListIsAProtocolError)
{
    Fixture f;
    f.m2m.datasetSearchBody = envelope(QJsonObject{{QStringLiteral("results"), QJsonArray{}}});
    const auto refreshed = runRefresh(f.provider()->refreshCollections());
    ASSERT_TRUE(refreshed.error);
    EXPECT_EQ(refreshed.error->errorClass, ErrorClass::Protocol);
}

TEST(UsgsProvider, DatasetSearchWithRefusedLoginIsAnAuthErrorAndNoListing)
{
    Fixture f;
    f.m2m.loginBody = readTestData(QStringLiteral("usgs/login_error_auth_invalid.json"));
    const auto refreshed = runRefresh(f.provider()->refreshCollections());
    ASSERT_TRUE(refreshed.error);
    const Error error = *refreshed.error;
    EXPECT_EQ(error.errorClass, ErrorClass::Auth);
    EXPECT_TRUE(error.message.contains(QStringLiteral("AUTH_INVALID"))) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(QStringLiteral("app-token-123")));
    EXPECT_TRUE(f.m2m.calls(QStringLiteral("dataset-search")).isEmpty());
}

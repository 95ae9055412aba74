// The contract every provider plug-in keeps, checked on each of them through the plug-in interface
// alone, against a real local server standing in for every endpoint the provider declares:
//  - cancel() before start sends nothing and ends the job once;
//  - cancel() during a request ends the job once, aborts the request and starts no other;
//  - a refusal carries the service's own words;
//  - paging stops at the limit (on a recorded page; for the Data Space STAC, a reconstructed one);
//  - results carry what the exporters need (id, provider, collection, footprint, time, a link).
#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"

#include "core/model/SearchQuery.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

// What the service says when it refuses, under every key the providers' error readers look at.
const QByteArray kServiceWords = "contract-check: the service refuses this query";
QByteArray refusalBody()
{
    return "{\"detail\": \"" + kServiceWords + "\", \"message\": \"" + kServiceWords + "\", \"errorMessage\": \""
        + kServiceWords + "\", \"errorCode\": \"INPUT_INVALID\", \"description\": \"" + kServiceWords
        + "\", \"error_description\": \"" + kServiceWords + "\", \"errors\": [\"" + kServiceWords + "\"]}";
}

struct ProviderCase {
    const char *plugin;                 // eoc_provider_<plugin>.so
    const char *label;
    QList<QPair<const char *, const char *>> settings;   // beyond the endpoint rewrites
    const char *collection;
    const char *recordedPage;           // tests/data file of one search page
    const char *recordedLogin = nullptr;   // tests/data file answering login requests, if any
};

void PrintTo(const ProviderCase &c, std::ostream *os) { *os << c.label; }

// Every endpoint the provider declares points at `server`, keeping its path.
void pointEndpointsAt(LoadedProvider &loaded, const LocalHttpServer &server)
{
    const auto specs = loaded.provider->settingSpecs();
    for (const SettingSpec &spec : specs) {
        const QUrl url(spec.defaultValue);
        if (!spec.defaultValue.startsWith(QLatin1String("http")) || !url.isValid() || url.host().isEmpty())
            continue;
        QUrl local = server.url(url.path().isEmpty() ? QStringLiteral("/") : url.path());
        local.setQuery(url.query());
        loaded.set(spec.key, local.toString());
    }
}

SearchQuery queryFor(const ProviderCase &c, int limit = 0)
{
    SearchQuery query;
    query.provider = QString::fromLatin1(c.plugin);
    query.collection = QString::fromLatin1(c.collection);
    query.region = Region::fromBox(BoundingBox{-54, -12, -52, -10});
    query.start = QDate(2023, 6, 1);
    query.end = QDate(2023, 6, 30);
    if (limit > 0)
        query.limit = limit;
    return query;
}

// Recorded answers name the real services' hosts; the replay names the local server instead.
QByteArray replayed(const LocalHttpServer &server, QByteArray body)
{
    const QByteArray local = server.url(QString()).toString(QUrl::StripTrailingSlash).toUtf8();
    for (const char *host : {"https://earth-search.aws.element84.com", "https://catalogue.dataspace.copernicus.eu",
                             "https://cmr.earthdata.nasa.gov", "https://stac.dataspace.copernicus.eu"})
        body.replace(host, local);
    return body;
}

class ProviderContract : public ::testing::TestWithParam<ProviderCase>
{
protected:
    void SetUp() override
    {
        const ProviderCase &c = GetParam();
        Credentials credentials;
        credentials.account = QStringLiteral("contract-user");
        credentials.secret = QStringLiteral("contract-secret");
        m_loaded = std::make_unique<LoadedProvider>(QString::fromLatin1(c.plugin), credentials);
        ASSERT_NE(m_loaded->provider, nullptr);
        pointEndpointsAt(*m_loaded, m_server);
        for (const auto &[key, value] : c.settings)
            m_loaded->set(QString::fromLatin1(key), QString::fromLatin1(value));
    }

    Provider *provider() const { return m_loaded->provider; }

    LocalHttpServer m_server;
    std::unique_ptr<LoadedProvider> m_loaded;
};

struct Terminals {
    explicit Terminals(SearchJob *job)
        : finished(job, &SearchJob::finished)
        , failed(job, &SearchJob::failed)
    {
    }
    int count() const { return int(finished.size() + failed.size()); }
    std::optional<Error> error() const
    {
        if (failed.isEmpty())
            return std::nullopt;
        return failed.first().first().value<Error>();
    }
    QSignalSpy finished;
    QSignalSpy failed;
};

} // namespace

TEST_P(ProviderContract, CancelBeforeStartSendsNothingAndEndsOnce)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::json("{}"); });
    SearchJob *job = provider()->search(queryFor(GetParam()));
    Terminals terminals(job);
    job->cancel();
    job->start();
    QTest::qWait(300);   // what is checked is that nothing more happens
    EXPECT_EQ(terminals.count(), 1);
    ASSERT_TRUE(terminals.error());
    EXPECT_EQ(terminals.error()->errorClass, ErrorClass::Cancelled);
    EXPECT_EQ(m_server.requestCount(), 0);
    delete job;
}

TEST_P(ProviderContract, CancelDuringARequestAbortsItAndEndsOnce)
{
    m_server.setHandler([](const RecordedRequest &) {
        CannedResponse slow = CannedResponse::json(refusalBody(), 503);
        slow.delayMs = 5000;
        return slow;
    });
    SearchJob *job = provider()->search(queryFor(GetParam()));
    Terminals terminals(job);
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() >= 1; }, 5000));
    const int requestsSent = m_server.requestCount();
    job->cancel();
    EXPECT_EQ(terminals.count(), 1);
    ASSERT_TRUE(terminals.error());
    EXPECT_EQ(terminals.error()->errorClass, ErrorClass::Cancelled);
    // The request in flight is aborted: its connection closes long before the answer was due.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_server.openConnections() == 0; }, 2000));
    QTest::qWait(300);
    EXPECT_EQ(terminals.count(), 1);
    EXPECT_EQ(m_server.requestCount(), requestsSent) << "no request after cancel";
    delete job;
}

TEST_P(ProviderContract, ARefusalCarriesTheServicesWords)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::json(refusalBody(), 400); });
    SearchJob *job = provider()->search(queryFor(GetParam()));
    Terminals terminals(job);
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return terminals.count() > 0; }, 15000));
    QTest::qWait(50);
    EXPECT_EQ(terminals.count(), 1);
    ASSERT_TRUE(terminals.error());
    EXPECT_TRUE(terminals.error()->message.contains(QString::fromLatin1(kServiceWords)))
        << terminals.error()->message.toStdString();
    delete job;
}

TEST_P(ProviderContract, PagingStopsAtTheLimitAndResultsCarryWhatExportsNeed)
{
    const ProviderCase &c = GetParam();
    const QByteArray page = replayed(m_server, readTestData(QString::fromLatin1(c.recordedPage)));
    const QByteArray login = c.recordedLogin ? readTestData(QString::fromLatin1(c.recordedLogin)) : QByteArray();
    m_server.setHandler([&](const RecordedRequest &r) {
        if (!login.isEmpty() && r.url().path().contains(QLatin1String("login")))
            return CannedResponse::json(login);
        return CannedResponse::json(page);
    });
    SearchJob *job = provider()->search(queryFor(c, 2));
    int requestsAtFirstPage = -1;
    QObject::connect(job, &SearchJob::pageReady, job, [&] {
        if (requestsAtFirstPage < 0)
            requestsAtFirstPage = m_server.requestCount();
    });
    const SearchOutcome outcome = runSearch(job);
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    EXPECT_EQ(outcome.results.size(), 2);
    EXPECT_EQ(m_server.requestCount(), requestsAtFirstPage) << "the first page already held enough results";
    for (const SceneResult &r : outcome.results) {
        EXPECT_FALSE(r.sceneId.isEmpty());
        EXPECT_EQ(r.provider, QString::fromLatin1(c.plugin));
        EXPECT_FALSE(r.collection.isEmpty()) << r.sceneId.toStdString();
        EXPECT_FALSE(r.footprint.isEmpty()) << r.sceneId.toStdString();
        EXPECT_TRUE(r.start.isValid()) << r.sceneId.toStdString();
        EXPECT_TRUE(r.link.isValid() || !r.assets.isEmpty()) << r.sceneId.toStdString();
    }
}

// Every provider plug-in that searches. The usgs provider logs in first; its first request is the
// login, which is what the cancel and refusal cases then meet.
INSTANTIATE_TEST_SUITE_P(
    EveryProvider, ProviderContract,
    ::testing::Values(
        ProviderCase{"dataspace", "dataspace_odata", {}, "SENTINEL-1",
                     "dataspace/creodias_products_s1_grd_p1_count.json"},
        ProviderCase{"dataspace", "dataspace_stac", {{"dataspace.strategy", "stac"}}, "SENTINEL-1",
                     "dataspace/stac_search_s1_grd_reconstructed.json"},
        ProviderCase{"stac", "stac", {}, "sentinel-2-l2a", "ui/v1_search_cql2_filter_p1.json"},
        ProviderCase{"earthdata", "earthdata", {}, "MOD02QKM.061", "earthdata/granules_umm_json_MOD02QKM_p1.json"},
        ProviderCase{"usgs", "usgs", {}, "landsat_ot_c2_l2", "usgs/scene_search_landsat_ot_c2_l2.json",
                     "usgs/login.json"}),
    [](const ::testing::TestParamInfo<ProviderCase> &info) { return std::string(info.param.label); });

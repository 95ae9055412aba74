// The inpe provider against a local server replaying INPE's recorded stac-compose answer: the
// request body it sends, the scenes and warnings it reads, and where the registered e-mail goes.
#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QString kRecording = QStringLiteral("inpe/stac_compose_search_cbers4_awfi_l4_dn_plus_aws_timeout.json");

struct InpeProvider : ::testing::Test {
    LocalHttpServer server;
    LoadedProvider inpe{QStringLiteral("inpe"), Credentials{QStringLiteral("inpe"), QStringLiteral("someone@example.org"),
                                                             QStringLiteral("someone@example.org"), QStringLiteral("email"), {}}};

    void SetUp() override
    {
        server.route(QStringLiteral("/stac-compose/stac/search/"), CannedResponse::json(readTestData(kRecording)));
        inpe.set(QStringLiteral("inpe.url"), server.url(QStringLiteral("/stac-compose/stac/search/")).toString());
    }

    SearchQuery query() const
    {
        SearchQuery q;
        q.provider = QStringLiteral("inpe");
        q.collection = QStringLiteral("CBERS4_AWFI_L4_DN");
        q.region = Region::fromBox(BoundingBox{-68.03, -25.01, -34.94, 0.35});
        q.start = QDate(2019, 12, 1);
        q.end = QDate(2020, 2, 13);
        q.cloudMax = 5;
        return q;
    }

    QJsonObject sentBody() const
    {
        return server.requests().isEmpty() ? QJsonObject() : QJsonDocument::fromJson(server.requests().first().body).object();
    }
};

} // namespace

TEST_F(InpeProvider, SendsStacComposesBodyKeyedByProviderAndCollection)
{
    const SearchOutcome out = runSearch(inpe.provider->search(query()));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    ASSERT_EQ(server.requestCount(), 1) << "six matched, six returned: one page";
    EXPECT_EQ(server.requests().first().method, QByteArray("POST"));
    const QJsonObject body = sentBody();
    const QJsonObject provider = body.value(QStringLiteral("providers")).toArray().first().toObject();
    EXPECT_EQ(provider.value(QStringLiteral("name")).toString(), QStringLiteral("LGI-CDSR"));
    EXPECT_EQ(provider.value(QStringLiteral("collections")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("CBERS4_AWFI_L4_DN"));
    EXPECT_EQ(provider.value(QStringLiteral("query")).toObject().value(QStringLiteral("cloud_cover")).toObject().value(QStringLiteral("lte")).toDouble(), 5.0);
    const QJsonArray bbox = body.value(QStringLiteral("bbox")).toArray();
    ASSERT_EQ(bbox.size(), 4);
    EXPECT_DOUBLE_EQ(bbox.at(0).toDouble(), -68.03);
    EXPECT_DOUBLE_EQ(bbox.at(3).toDouble(), 0.35);
    EXPECT_EQ(body.value(QStringLiteral("datetime")).toString(), QStringLiteral("2019-12-01T00:00:00/2020-02-13T23:59:59"));
    EXPECT_LE(body.value(QStringLiteral("limit")).toInt(), 1000);
}

TEST_F(InpeProvider, ReadsTheSixCbers4ScenesWithFootprintsAndSaysWhichCollectionsFailed)
{
    const SearchOutcome out = runSearch(inpe.provider->search(query()));
    ASSERT_FALSE(out.error);
    ASSERT_EQ(out.results.size(), 6);
    QStringList ids;
    for (const SceneResult &r : out.results) {
        ids << r.sceneId;
        EXPECT_FALSE(r.footprint.isEmpty()) << r.sceneId.toStdString();
        EXPECT_EQ(r.tile.size(), 6);
        EXPECT_TRUE(r.cloudCover.has_value());
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("CBERS4_AWFI17909920200206")));
    const SceneResult &first = out.results.first();
    EXPECT_EQ(first.sceneId, QStringLiteral("CBERS4_AWFI17909920200206"));
    EXPECT_EQ(first.tile, QStringLiteral("179099"));
    EXPECT_DOUBLE_EQ(*first.cloudCover, 2.3);
    EXPECT_EQ(first.start, QDateTime(QDate(2020, 2, 6), QTime(14, 35, 9), Qt::UTC));
    const BoundingBox b = first.footprint.bounds();
    EXPECT_NEAR(b.west, -69.4358, 1e-4);
    EXPECT_NEAR(b.north, 5.13111, 1e-4);
    // The two CBERS4-AWS collections of the same answer timed out at the service.
    ASSERT_EQ(out.warnings.size(), 2) << out.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(out.warnings.first().contains(QStringLiteral("504 Gateway Timeout")));
    EXPECT_TRUE(out.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("CBERS4MUX")));
}

TEST_F(InpeProvider, TheBandsAndTheirMetadataAreDownloadedNotTheThumbnail)
{
    const SearchOutcome out = runSearch(inpe.provider->search(query()));
    ASSERT_EQ(out.results.size(), 6);
    const PlanOutcome plan = runPlan(inpe.provider->resolve(out.results.first()));
    ASSERT_TRUE(plan.plan) << plan.error->message.toStdString();
    QStringList files;
    for (const DownloadFile &f : plan.plan->files)
        files << f.relativePath;
    files.sort();
    EXPECT_EQ(files.size(), 8) << files.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(files.contains(QStringLiteral("CBERS_4_AWFI_20200206_179_099_L4_BAND15.tif")));
    EXPECT_TRUE(files.contains(QStringLiteral("CBERS_4_AWFI_20200206_179_099_L4_BAND15.xml")));
    // The recording's links point to the machine it was made on, which is not INPE's: its
    // requests carry no e-mail.
    EXPECT_TRUE(plan.plan->secretQueryItems.isEmpty());
}

TEST_F(InpeProvider, TheEmailGoesOnlyToInpesHostsAndNeverIntoTheUrls)
{
    const SearchOutcome out = runSearch(inpe.provider->search(query()));
    ASSERT_EQ(out.results.size(), 6);
    SceneResult scene = out.results.first();
    // The same scene as INPE's public service serves it: band files on www.dgi.inpe.br, one
    // metadata file elsewhere.
    for (SceneAsset &a : scene.assets) {
        if (a.roles.contains(QStringLiteral("data")))
            a.href.setHost(QStringLiteral("www.dgi.inpe.br"));
        else if (a.key == QLatin1String("red_xml"))
            a.href.setHost(QStringLiteral("mirror.example.org"));
    }
    const PlanOutcome plan = runPlan(inpe.provider->resolve(scene));
    ASSERT_TRUE(plan.plan) << plan.error->message.toStdString();
    EXPECT_EQ(plan.plan->trustedHosts, QStringList{QStringLiteral("www.dgi.inpe.br")});
    ASSERT_EQ(plan.plan->secretQueryItems.size(), 1);
    EXPECT_EQ(plan.plan->secretQueryItems.first().first, QStringLiteral("email"));
    EXPECT_EQ(plan.plan->secretQueryItems.first().second, QStringLiteral("someone@example.org"));
    // The address is added when a request is sent, never kept in the plan's (journaled) URLs.
    for (const DownloadFile &f : plan.plan->files)
        EXPECT_FALSE(QUrlQuery(f.url).hasQueryItem(QStringLiteral("email"))) << f.url.toString().toStdString();
}

TEST_F(InpeProvider, WithoutAnEmailTheDownloadSaysWhereToRegister)
{
    LoadedProvider anonymous{QStringLiteral("inpe"), static_cast<CredentialSource *>(nullptr)};
    anonymous.set(QStringLiteral("inpe.url"), server.url(QStringLiteral("/stac-compose/stac/search/")).toString());
    const SearchOutcome out = runSearch(anonymous.provider->search(query()));
    ASSERT_EQ(out.results.size(), 6);
    SceneResult scene = out.results.first();
    for (SceneAsset &a : scene.assets)
        a.href.setHost(QStringLiteral("www.dgi.inpe.br"));
    const PlanOutcome plan = runPlan(anonymous.provider->resolve(scene));
    ASSERT_TRUE(plan.error);
    EXPECT_EQ(plan.error->errorClass, ErrorClass::Auth);
    EXPECT_TRUE(plan.error->message.contains(QStringLiteral("https://www.dgi.inpe.br/catalogo/explore"))) << plan.error->message.toStdString();
    EXPECT_TRUE(plan.error->message.contains(QStringLiteral("account add inpe")));
}

TEST_F(InpeProvider, AnUnknownCollectionOrAnAnswerThatIsNotOneIsAClearError)
{
    SearchQuery q = query();
    q.collection = QStringLiteral("LANDSAT8");
    const SearchOutcome unknown = runSearch(inpe.provider->search(q));
    ASSERT_TRUE(unknown.error);
    EXPECT_TRUE(unknown.error->message.contains(QStringLiteral("CBERS4A_WFI_L4_DN")));
    EXPECT_EQ(server.requestCount(), 0);
    server.route(QStringLiteral("/stac-compose/stac/search/"), CannedResponse::text("<html>Bad gateway</html>", 200, "text/html"));
    const SearchOutcome html = runSearch(inpe.provider->search(query()));
    ASSERT_TRUE(html.error);
    EXPECT_EQ(html.error->errorClass, ErrorClass::Protocol);
}

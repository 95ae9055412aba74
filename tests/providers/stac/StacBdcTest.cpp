// The Brazil Data Cube's STAC (the `bdc` preset), on its recorded search answer: POST paging with
// a merged body, and the download plan of a cube item.
#include "tests/auth/StaticCredentials.h"
#include "tests/providers/stac/StacTestSupport.h"

#include "core/stac/StacItem.h"
#include "core/stac/StacPage.h"
#include "core/stac/StacSearchRequest.h"

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;
using namespace eoc::stac;

namespace {

const QString kRecorded = QStringLiteral("stac_bdc/stac_search_post_cb4_64_16d_stk1_tile021027_limit1.json");

SearchRequest recordedRequest()
{
    // The request of the recording (its .meta.json): collection, limit and the tile query.
    SearchRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("https://brazildatacube.dpi.inpe.br/stac/search"));
    request.body = QJsonDocument::fromJson(R"({"collections":["CB4_64_16D_STK-1"],"limit":"1",
                                              "query":{"bdc:tile":{"eq":"021027"}}})").object();
    return request;
}

} // namespace

TEST(StacBdc, ThePostNextLinkMergesItsBodyIntoTheRequest)
{
    const auto page = parseSearchPage(readTestData(QStringLiteral("stac/") + kRecorded), recordedRequest());
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_EQ(page->matched, 118);
    ASSERT_EQ(page->features.size(), 1);
    ASSERT_TRUE(page->next.has_value());
    EXPECT_EQ(page->next->method, QByteArray("POST"));
    // "merge": true keeps the query and adds the page number.
    EXPECT_EQ(page->next->body.value(QStringLiteral("page")).toInt(), 2);
    EXPECT_EQ(page->next->body.value(QStringLiteral("query")).toObject(),
              recordedRequest().body.value(QStringLiteral("query")).toObject());
    EXPECT_NE(pageKey(*page->next), pageKey(recordedRequest()));
}

TEST(StacBdc, ACubeItemPlansItsBandsFromTheDataHost)
{
    const auto page = parseSearchPage(readTestData(QStringLiteral("stac/") + kRecorded), recordedRequest());
    ASSERT_TRUE(page.ok());
    const auto scene = itemToScene(page->features.first().toObject(), QStringLiteral("stac"));
    ASSERT_TRUE(scene.ok()) << scene.error().message.toStdString();
    EXPECT_EQ(scene->sceneId, QStringLiteral("CB4_64_16D_STK_v001_021027_2021-02-02_2021-02-17"));
    EXPECT_EQ(scene->collection, QStringLiteral("CB4_64_16D_STK-1"));
    EXPECT_FALSE(scene->footprint.isEmpty());

    StacFixture f;
    f.set(QStringLiteral("stac.preset"), QStringLiteral("bdc"));
    const auto outcome = runPlan(f.provider->resolve(scene.value()));
    ASSERT_TRUE(outcome.plan.has_value()) << outcome.error->message.toStdString();
    QStringList names;
    for (const auto &file : outcome.plan->files) {
        EXPECT_EQ(file.url.scheme(), QStringLiteral("https")) << file.url.toString().toStdString();
        EXPECT_EQ(file.url.host(), QStringLiteral("brazildatacube.dpi.inpe.br"));
        names << file.relativePath;
    }
    // The cube's bands, each once, named as the data host names them.
    EXPECT_GE(names.size(), 3);
    EXPECT_EQ(names.size(), QSet<QString>(names.begin(), names.end()).size());
    EXPECT_TRUE(std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return n.contains(QLatin1String("EVI")); }))
        << names.join(QLatin1Char(' ')).toStdString();
    // A public cube: nothing to log in with.
    EXPECT_EQ(outcome.plan->auth, nullptr);
}

namespace {

StacProvider::FixedCatalog bdcProvider()
{
    // As providers/bdc creates it.
    return {QStringLiteral("bdc"), QStringLiteral("INPE Brazil Data Cube")};
}

} // namespace

TEST(BdcProvider, AnswersUnderItsOwnNameWithItsOwnUrlSetting)
{
    StacFixture f(bdcProvider());
    EXPECT_EQ(f.provider->name(), QStringLiteral("bdc"));
    const auto specs = f.provider->settingSpecs();
    ASSERT_EQ(specs.size(), 1);
    EXPECT_EQ(specs.first().key, QStringLiteral("bdc.url"));
    EXPECT_EQ(specs.first().defaultValue, QStringLiteral("https://data.inpe.br/bdc/stac/v1"));

    const auto standard = f.provider->endpoint();
    ASSERT_TRUE(standard.ok()) << standard.error().message.toStdString();
    EXPECT_EQ(standard->url, QUrl(QStringLiteral("https://data.inpe.br/bdc/stac/v1")));

    // A mirror in bdc.url wins over a catalog filter and keeps the cube's rules; stac.* settings
    // belong to the generic provider and do not move it.
    f.set(QStringLiteral("bdc.url"), QStringLiteral("http://127.0.0.1:8089/bdc/stac/v1"));
    f.set(QStringLiteral("stac.url"), QStringLiteral("https://example.org/stac"));
    const auto mirrored = f.provider->endpoint({{QStringLiteral("catalog"), QStringLiteral("earth-search")}});
    ASSERT_TRUE(mirrored.ok()) << mirrored.error().message.toStdString();
    EXPECT_EQ(mirrored->url, QUrl(QStringLiteral("http://127.0.0.1:8089/bdc/stac/v1")));
    ASSERT_TRUE(mirrored->preset.has_value());
    EXPECT_EQ(mirrored->preset->name, QStringLiteral("bdc"));
}

TEST(BdcProvider, ACubeItemIsPlannedUnderTheBdcProvider)
{
    const auto page = parseSearchPage(readTestData(QStringLiteral("stac/") + kRecorded), recordedRequest());
    ASSERT_TRUE(page.ok());
    StacFixture f(bdcProvider());
    const auto scene = itemToScene(page->features.first().toObject(), f.provider->name());
    ASSERT_TRUE(scene.ok()) << scene.error().message.toStdString();
    EXPECT_EQ(scene->provider, QStringLiteral("bdc"));
    const auto outcome = runPlan(f.provider->resolve(scene.value()));
    ASSERT_TRUE(outcome.plan.has_value()) << outcome.error->message.toStdString();
    EXPECT_GE(outcome.plan->files.size(), 3);
    EXPECT_EQ(outcome.plan->auth, nullptr);
}

TEST(BdcProvider, AnAccessTokenGoesToTheCubesHostsOnlyAndNotIntoTheUrls)
{
    const auto page = parseSearchPage(readTestData(QStringLiteral("stac/") + kRecorded), recordedRequest());
    ASSERT_TRUE(page.ok());
    StaticCredentials token(QStringLiteral("me"), QStringLiteral("bdc-key-123"));
    StacFixture f(bdcProvider(), &token);
    const auto scene = itemToScene(page->features.first().toObject(), f.provider->name());
    ASSERT_TRUE(scene.ok());
    const auto outcome = runPlan(f.provider->resolve(scene.value()));
    ASSERT_TRUE(outcome.plan.has_value()) << outcome.error->message.toStdString();
    EXPECT_EQ(f.provider->capabilities().credentialKind, QStringLiteral("token"));
    ASSERT_EQ(outcome.plan->secretQueryItems.size(), 1);
    EXPECT_EQ(outcome.plan->secretQueryItems.first().first, QStringLiteral("access_token"));
    EXPECT_EQ(outcome.plan->secretQueryItems.first().second, QStringLiteral("bdc-key-123"));
    EXPECT_EQ(outcome.plan->trustedHosts, QStringList{QStringLiteral("brazildatacube.dpi.inpe.br")});
    for (const DownloadFile &file : outcome.plan->files)
        EXPECT_FALSE(file.url.toString().contains(QStringLiteral("bdc-key-123")));

    // Without a bdc account the public cube is downloaded as before.
    StacFixture anonymous(bdcProvider());
    const auto plain = runPlan(anonymous.provider->resolve(scene.value()));
    ASSERT_TRUE(plain.plan.has_value());
    EXPECT_TRUE(plain.plan->secretQueryItems.isEmpty());
}

TEST(BdcProvider, TheCubesNamesAreOfferedBeforeTheCatalogueIsAsked)
{
    StacFixture f(bdcProvider());
    QStringList names;
    for (const CollectionInfo &c : f.provider->collections())
        names << c.name;
    EXPECT_TRUE(names.contains(QStringLiteral("S2-16D-2"))) << names.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("CB4-16D-2")));
    EXPECT_TRUE(names.contains(QStringLiteral("CB4A-WFI-L4-SR-1")));
    // The generic STAC provider has no such list: its collections come from whichever catalogue.
    StacFixture generic;
    EXPECT_TRUE(generic.provider->collections().isEmpty());
}

TEST(BdcProvider, TilesAreTheCubesOwnGridTiles)
{
    // `--tile 034018` on the cube means its grid tile, not WRS-2 path 034 row 018.
    SearchQuery q;
    q.collection = QStringLiteral("S2-16D-2");
    q.tiles = {QStringLiteral("034018")};
    const auto one = propertyFiltersFor(q, presetByName(QStringLiteral("bdc")));
    ASSERT_TRUE(one.ok()) << one.error().message.toStdString();
    EXPECT_EQ(toQueryExtension(one.value()),
              QJsonDocument::fromJson(R"({"bdc:tile": {"eq": "034018"}})").object());

    q.tiles << QStringLiteral("035018");
    const auto two = propertyFiltersFor(q, presetByName(QStringLiteral("bdc")));
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(toQueryExtension(two.value()),
              QJsonDocument::fromJson(R"({"bdc:tile": {"in": ["034018", "035018"]}})").object());
}

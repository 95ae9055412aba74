// Download plans: asset choice, s3:// mapping, requester-pays refusal, Planetary Computer signing.
#include "core/provider/AssetSelection.h"
#include "core/stac/StacItem.h"
#include "providers/stac/StacJobs.h"
#include "tests/providers/stac/StacTestSupport.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::stac;
using namespace eoc::test;

namespace {

SceneResult sceneFrom(const QString &file, int index)
{
    const auto item = fixtureObject(file).value(QStringLiteral("features")).toArray().at(index).toObject();
    auto scene = itemToScene(item, QStringLiteral("stac"));
    EXPECT_TRUE(scene.ok());
    return scene.value();
}

} // namespace

TEST(StacPlan, DefaultAssetsSkipRequesterPaysCopies)
{
    StacFixture f;
    const SceneResult scene = sceneFrom(QStringLiteral("stac_earth_search/v1_search_two_collections_p1.json"), 0);
    const auto outcome = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(outcome.plan.has_value()) << outcome.error->message.toStdString();
    QStringList names;
    for (const auto &file : outcome.plan->files) {
        EXPECT_EQ(file.url.scheme(), QStringLiteral("https")) << file.url.toString().toStdString();
        EXPECT_EQ(file.url.host(), QStringLiteral("sentinel-cogs.s3.us-west-2.amazonaws.com"));
        names << file.relativePath;
    }
    EXPECT_TRUE(names.contains(QStringLiteral("B04.tif")));
    EXPECT_TRUE(names.contains(QStringLiteral("granule_metadata.xml")));
    EXPECT_FALSE(names.contains(QStringLiteral("TCI.tif")));       // role "visual" only
    EXPECT_FALSE(names.contains(QStringLiteral("thumbnail.jpg")));
}

TEST(StacPlan, SelectedRequesterPaysAssetIsRefused)
{
    StacFixture f;
    SceneResult scene = sceneFrom(QStringLiteral("stac_earth_search/v1_search_two_collections_p1.json"), 0);
    scene.attributes[kSelectedAssets] = QJsonArray{QStringLiteral("red"), QStringLiteral("red-jp2")};
    const auto outcome = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::Permanent);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("requester-pays"))) << outcome.error->message.toStdString();
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("sentinel-s2-l2a")));

    scene.attributes[kSelectedAssets] = QJsonArray{QStringLiteral("red"), QStringLiteral("nir")};
    const auto chosen = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(chosen.plan.has_value());
    ASSERT_EQ(chosen.plan->files.size(), 2);
    EXPECT_EQ(chosen.plan->files[0].relativePath, QStringLiteral("B04.tif"));
    EXPECT_EQ(chosen.plan->files[1].relativePath, QStringLiteral("B08.tif"));
}

TEST(StacPlan, RequesterPaysItemWithNothingElseIsRefused)
{
    StacFixture f;
    // Earth Search Sentinel-1 GRD: every asset in s3://sentinel-s1-l1c, storage:requester_pays true.
    const SceneResult scene = sceneFrom(QStringLiteral("stac_earth_search/v1_search_cql2_filter_p1.json"), 0);
    const auto outcome = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::Permanent);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("AWS account")));
}

TEST(StacPlan, PublicS3AssetsAreMappedWithTheItemRegion)
{
    StacFixture f;
    SceneResult scene;
    scene.sceneId = QStringLiteral("Copernicus_DSM_COG_10_N40_00_W106_00_DEM");
    scene.collection = QStringLiteral("cop-dem-glo-30");
    scene.attributes[QStringLiteral("storage:region")] = QStringLiteral("eu-central-1");
    SceneAsset data;
    data.key = QStringLiteral("data");
    data.href = QUrl(QStringLiteral("s3://copernicus-dem-30m/Copernicus_DSM_COG_10_N40_00_W106_00_DEM/dem.tif"));
    data.roles = QStringList{QStringLiteral("data")};
    data.size = 1234;
    scene.assets << data;
    const auto outcome = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(outcome.plan.has_value()) << outcome.error->message.toStdString();
    ASSERT_EQ(outcome.plan->files.size(), 1);
    EXPECT_EQ(outcome.plan->files[0].url,
              QUrl(QStringLiteral("https://copernicus-dem-30m.s3.eu-central-1.amazonaws.com/"
                                  "Copernicus_DSM_COG_10_N40_00_W106_00_DEM/dem.tif")));
    EXPECT_EQ(outcome.plan->files[0].relativePath, QStringLiteral("dem.tif"));
    EXPECT_EQ(outcome.plan->files[0].size, std::optional<qint64>(1234));
}

TEST(StacPlan, ProductArchiveIsTheDefault)
{
    SceneResult scene;
    scene.sceneId = QStringLiteral("S2B_MSIL1C_20240601T133149_N0510_R081_T22KHF_20240601T151006");
    SceneAsset band{QStringLiteral("B04"), QUrl(QStringLiteral("https://example.org/B04.jp2")), {}, {}, {QStringLiteral("data")}, {}, {}};
    SceneAsset product{QStringLiteral("Product"), QUrl(QStringLiteral("https://example.org/odata/v1/Products(abc)/$value")),
                       QStringLiteral("application/zip"), {}, {QStringLiteral("data"), QStringLiteral("archive")}, {}, {}};
    scene.assets << band << product;
    const auto chosen = chooseDownloadAssets(scene);
    ASSERT_TRUE(chosen.ok());
    ASSERT_EQ(chosen->size(), 1);
    EXPECT_EQ(chosen->first().key, QStringLiteral("Product"));

    StacFixture f;
    const auto outcome = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(outcome.plan.has_value());
    EXPECT_EQ(outcome.plan->files.first().relativePath, scene.sceneId + QStringLiteral(".zip"));
}

TEST(StacPlan, PlanetaryComputerAssetsAreSignedAndTheTokenIsCached)
{
    LocalHttpServer sas;
    const QString expiry = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    sas.setHandler([expiry](const RecordedRequest &r) {
        // Tokens are per storage account and container, not per collection.
        if (r.url().path() == QLatin1String("/api/sas/v1/token/landsateuwest/landsat-c2")) {
            return CannedResponse::json(QStringLiteral(R"({"msft:expiry": "%1", "token": "st=2025-07-31T14%3A00Z&se=x&sp=rl&sig=abc%2Bdef"})")
                                            .arg(expiry).toUtf8());
        }
        return CannedResponse::text("not found", 404);
    });
    StacFixture f;
    f.set(QStringLiteral("stac.preset"), QStringLiteral("planetary-computer"));
    f.set(QStringLiteral("stac.pc_sas_url"), sas.url(QStringLiteral("/api/sas/v1/token")).toString());
    const SceneResult scene = sceneFrom(QStringLiteral("stac_planetary_computer/items_landsat_c2_l2_p1.json"), 0);

    const auto first = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(first.plan.has_value()) << first.error->message.toStdString();
    int expected = 0;
    for (const auto &a : scene.assets) {
        if (a.roles.contains(QLatin1String("data")) || a.roles.contains(QLatin1String("metadata")))
            ++expected;
    }
    ASSERT_EQ(first.plan->files.size(), expected);
    for (const auto &file : first.plan->files) {
        EXPECT_EQ(file.url.host(), QStringLiteral("landsateuwest.blob.core.windows.net"));
        EXPECT_EQ(QUrlQuery(file.url).queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded), QStringLiteral("abc+def"));
        EXPECT_TRUE(file.url.toEncoded().contains("sig=abc%2Bdef")) << file.url.toEncoded().toStdString();
    }
    EXPECT_EQ(sas.requestCount(), 1);

    const auto second = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(second.plan.has_value());
    EXPECT_EQ(sas.requestCount(), 1);   // cached until msft:expiry
}

TEST(StacPlan, SasEndpointFailureIsReported)
{
    LocalHttpServer sas;
    sas.setHandler([](const RecordedRequest &) { return CannedResponse::json(R"({"detail": "Collection not found"})", 404); });
    StacFixture f;
    f.set(QStringLiteral("stac.preset"), QStringLiteral("planetary-computer"));
    f.set(QStringLiteral("stac.pc_sas_url"), sas.url(QStringLiteral("/api/sas/v1/token")).toString());
    const SceneResult scene = sceneFrom(QStringLiteral("stac_planetary_computer/items_landsat_c2_l2_p1.json"), 1);
    const auto outcome = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::NotFound);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("Collection not found")));
}

// One token per storage account/container: two containers, two token requests; the public
// account's files go unsigned; tokens are reused until shortly before they expire.
TEST(StacPlan, SasTokensArePerStorageContainerAndPublicAccountsNeedNone)
{
    LocalHttpServer sas;
    const QString later = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate);
    // Reconstructed from the Planetary Computer SAS API documentation: {"msft:expiry", "token"}.
    sas.setHandler([later, soon](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/api/sas/v1/token/naipeuwest/naip"))
            return CannedResponse::json(QStringLiteral(R"({"msft:expiry": "%1", "token": "sig=naip"})").arg(later).toUtf8());
        if (path == QLatin1String("/api/sas/v1/token/landsateuwest/landsat-c2"))
            return CannedResponse::json(QStringLiteral(R"({"msft:expiry": "%1", "token": "sig=landsat"})").arg(soon).toUtf8());
        return CannedResponse::text("not found", 404);
    });
    StacFixture f;
    f.set(QStringLiteral("stac.preset"), QStringLiteral("planetary-computer"));
    f.set(QStringLiteral("stac.pc_sas_url"), sas.url(QStringLiteral("/api/sas/v1/token")).toString());
    SceneResult scene;
    scene.sceneId = QStringLiteral("mixed");
    scene.collection = QStringLiteral("naip");
    auto asset = [](const char *key, const char *href) {
        return SceneAsset{QString::fromLatin1(key), QUrl(QString::fromLatin1(href)), {}, {}, {QStringLiteral("data")}, {}, {}};
    };
    scene.assets << asset("image", "https://naipeuwest.blob.core.windows.net/naip/v002/co/2021/x.tif")
                 << asset("band", "https://landsateuwest.blob.core.windows.net/landsat-c2/level-2/y_SR_B4.TIF")
                 << asset("image2", "https://naipeuwest.blob.core.windows.net/naip/v002/co/2021/z.tif")
                 << asset("public", "https://ai4edatasetspublicassets.blob.core.windows.net/assets/p.png");
    const auto first = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(first.plan.has_value()) << first.error->message.toStdString();
    ASSERT_EQ(first.plan->files.size(), 4);
    EXPECT_EQ(first.plan->files[0].url.query(), QStringLiteral("sig=naip"));
    EXPECT_EQ(first.plan->files[1].url.query(), QStringLiteral("sig=landsat"));
    EXPECT_EQ(first.plan->files[2].url.query(), QStringLiteral("sig=naip"));
    EXPECT_TRUE(first.plan->files[3].url.query().isEmpty()) << "a public account needs no token";
    EXPECT_EQ(sas.requestCount(), 2);

    // The naip token is still good; the landsat one expires within minutes and is fetched again.
    const auto second = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(second.plan.has_value());
    EXPECT_EQ(sas.requestCount(), 3);
    EXPECT_EQ(sas.requests().last().url().path(), QStringLiteral("/api/sas/v1/token/landsateuwest/landsat-c2"));
}

// LandsatLook's https links redirect to the USGS sign-in page: the plan fails, naming what is
// needed, instead of downloading that page.
TEST(StacPlan, LandsatLookSignInLinksFailAtPlanTime)
{
    SceneResult scene;
    scene.sceneId = QStringLiteral("LC09_L2SP_220069_20240601_20240602_02_T1");
    scene.assets << SceneAsset{QStringLiteral("red"),
                               QUrl(QStringLiteral("https://landsatlook.usgs.gov/data/collection02/level-2/standard/oli-tirs/2024/220/069/"
                                                   "LC09_L2SP_220069_20240601_20240602_02_T1/LC09_L2SP_220069_20240601_20240602_02_T1_SR_B4.TIF")),
                               {}, {}, {QStringLiteral("data")}, {}, {}};
    StacFixture f;
    const auto outcome = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::Auth);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("USGS"))) << outcome.error->message.toStdString();
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("requester-pays")));
}

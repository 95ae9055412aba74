// The `cdse` preset's assets: they download over https from the Copernicus Data Space download
// service with the login of the user's dataspace account. Items: the CDSE STAC page reconstructed
// from the documentation (tests/data/dataspace/PROVENANCE.md).
#include "core/stac/StacItem.h"
#include "providers/stac/StacJobs.h"
#include "tests/auth/StaticCredentials.h"
#include "tests/providers/stac/StacTestSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

SceneResult cdseScene()
{
    const auto item = QJsonDocument::fromJson(readTestData(QStringLiteral("dataspace/stac_search_s1_grd_reconstructed.json")))
                          .object().value(QStringLiteral("features")).toArray().first().toObject();
    auto scene = stac::itemToScene(item, QStringLiteral("stac"));
    EXPECT_TRUE(scene.ok());
    return scene.value();
}

const QString kProduct = QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1/Products(c8a6e2b4-5f3d-4e1a-9b7c-2d4e6f8a0b1c)");

struct CdseFixture : StacFixture {
    StaticCredentials credentials{QStringLiteral("alice"), QStringLiteral("secret")};
    std::unique_ptr<stac::StacProvider> signedIn;
    CdseFixture()
    {
        ProviderContext context;
        context.network = &network;
        context.settings = settings.get();
        context.credentials = &credentials;
        signedIn = std::make_unique<stac::StacProvider>(context);
        set(QStringLiteral("stac.preset"), QStringLiteral("cdse"));
    }
};

} // namespace

// s3://eodata/... has no public https form on AWS: the asset's alternate https href is used.
TEST(StacCdse, S3AssetsUseTheirHttpsAlternate)
{
    const SceneResult scene = cdseScene();
    const auto vh = std::find_if(scene.assets.cbegin(), scene.assets.cend(), [](const SceneAsset &a) { return a.key == QLatin1String("vh"); });
    ASSERT_NE(vh, scene.assets.cend());
    EXPECT_TRUE(vh->href.toString().startsWith(kProduct + QStringLiteral("/Nodes("))) << vh->href.toString().toStdString();
    EXPECT_FALSE(vh->href.host().contains(QStringLiteral("amazonaws"))) << vh->href.toString().toStdString();
}

// The Product asset (the default choice) and band files are signed with the dataspace account's
// session, sent only to the download hosts.
TEST(StacCdse, DownloadsCarryTheDataspaceLogin)
{
    CdseFixture f;
    const auto product = runPlan(f.signedIn->resolve(cdseScene()));
    ASSERT_TRUE(product.plan.has_value()) << product.error->message.toStdString();
    ASSERT_EQ(product.plan->files.size(), 1);
    EXPECT_EQ(product.plan->files.first().url.toString(), kProduct + QStringLiteral("/$value"));
    EXPECT_EQ(product.plan->files.first().size, std::optional<qint64>(1698234567));
    ASSERT_NE(product.plan->auth, nullptr);
    EXPECT_EQ(product.plan->trustedHosts,
              (QStringList{QStringLiteral("download.dataspace.copernicus.eu"), QStringLiteral("zipper.dataspace.copernicus.eu")}));

    SceneResult bands = cdseScene();
    bands.attributes[stac::kSelectedAssets] = QJsonArray{QStringLiteral("vh")};
    const auto band = runPlan(f.signedIn->resolve(bands));
    ASSERT_TRUE(band.plan.has_value()) << band.error->message.toStdString();
    EXPECT_EQ(band.plan->files.first().url.host(), QStringLiteral("download.dataspace.copernicus.eu"));
    EXPECT_NE(band.plan->auth, nullptr);
}

// Without an account the plan fails before any transfer, saying what to do.
TEST(StacCdse, WithoutAnAccountThePlanSaysWhatIsNeeded)
{
    StacFixture f;
    const auto outcome = runPlan(f.provider->resolve(cdseScene()));
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::Auth);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("account add dataspace"))) << outcome.error->message.toStdString();
}

// The dataspace provider's STAC strategy: what it asks the STAC service, and how what it finds is
// downloaded. Answers: the reconstructed CDSE STAC page (see tests/data/dataspace/PROVENANCE.md)
// and the recorded OData pages.
#include "core/net/NetworkAccess.h"
#include "core/settings/Settings.h"
#include "providers/dataspace/DataspaceProvider.h"
#include "tests/auth/StaticCredentials.h"
#include "tests/support/SearchRunner.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::dataspace;
using namespace eoc::test;

namespace {

struct Fixture {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    NetworkAccess network;
    StaticCredentials credentials{QStringLiteral("alice"), QStringLiteral("secret")};
    std::unique_ptr<DataspaceProvider> provider;

    explicit Fixture(const LocalHttpServer &server)
    {
        EXPECT_TRUE(settings.applyAssignment(QStringLiteral("dataspace.odata_url=") + server.url(QStringLiteral("/odata/v1")).toString()).ok());
        EXPECT_TRUE(settings.applyAssignment(QStringLiteral("dataspace.stac_url=") + server.url(QStringLiteral("/stac/v1")).toString()).ok());
        EXPECT_TRUE(settings.applyAssignment(QStringLiteral("dataspace.strategy=stac")).ok());
        ProviderContext context;
        context.network = &network;
        context.settings = &settings;
        context.credentials = &credentials;
        provider = std::make_unique<DataspaceProvider>(context);
    }
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

// Tile, platform, orbit direction and relative orbit go out as a CQL2 filter on the catalogue's
// queryables, and a polygon as `intersects` rather than its bounding box.
TEST(DataspaceStac, SendsFiltersAndThePolygon)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/stac/v1/search"), CannedResponse::json(R"({"type":"FeatureCollection","features":[],"links":[]})"));
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("S2MSI2A");
    auto region = Region::fromWkt(QStringLiteral("POLYGON((-48.1 -16.0,-47.3 -16.0,-47.6 -15.4,-48.1 -16.0))"));
    ASSERT_TRUE(region.ok());
    q.region = region.value();
    q.start = QDate(2024, 6, 1);
    q.end = QDate(2024, 6, 30);
    q.tiles = {QStringLiteral("23LKC")};
    q.platform = QStringLiteral("sentinel-2a");
    q.orbitDirection = QStringLiteral("DESCENDING");
    q.relativeOrbit = 52;
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    ASSERT_EQ(server.requestCount(), 1);
    const QJsonObject body = QJsonDocument::fromJson(server.requests().first().body).object();
    EXPECT_EQ(body.value(QStringLiteral("collections")).toArray(), QJsonArray{QStringLiteral("sentinel-2-l2a")});
    EXPECT_FALSE(body.contains(QStringLiteral("bbox")));
    EXPECT_EQ(body.value(QStringLiteral("intersects")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    EXPECT_EQ(body.value(QStringLiteral("filter-lang")).toString(), QStringLiteral("cql2-json"));
    const QString filter = compact(body.value(QStringLiteral("filter")).toObject());
    EXPECT_TRUE(filter.contains(QStringLiteral(R"([{"property":"grid:code"},"MGRS-23LKC"])"))) << filter.toStdString();
    EXPECT_TRUE(filter.contains(QStringLiteral(R"([{"property":"platform"},"sentinel-2a"])"))) << filter.toStdString();
    EXPECT_TRUE(filter.contains(QStringLiteral(R"([{"property":"sat:orbit_state"},"descending"])"))) << filter.toStdString();
    EXPECT_TRUE(filter.contains(QStringLiteral(R"([{"property":"sat:relative_orbit"},52])"))) << filter.toStdString();
    // The collection already stands for S2MSI2A.
    EXPECT_FALSE(filter.contains(QStringLiteral("product:type"))) << filter.toStdString();
}

// A full Sentinel-1 type narrows the collection down with product:type.
TEST(DataspaceStac, FullProductTypeIsAProductTypeFilter)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/stac/v1/search"), CannedResponse::json(R"({"type":"FeatureCollection","features":[],"links":[]})"));
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-1");
    q.productType = QStringLiteral("IW_GRDH_1S");
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    ASSERT_EQ(server.requestCount(), 1);
    const QJsonObject body = QJsonDocument::fromJson(server.requests().first().body).object();
    EXPECT_EQ(body.value(QStringLiteral("collections")).toArray(), QJsonArray{QStringLiteral("sentinel-1-grd")});
    EXPECT_TRUE(compact(body.value(QStringLiteral("filter")).toObject()).contains(QStringLiteral(R"([{"property":"product:type"},"IW_GRDH_1S"])")));
}

// Items keep their product name as remoteId; OData's key is a UUID, so the download must use the
// item's Product asset (with its size and checksum), not Products(<name>)/$value.
TEST(DataspaceStac, FoundProductsDownloadThroughTheirProductAsset)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/stac/v1/search"),
                 CannedResponse::json(readTestData(QStringLiteral("dataspace/stac_search_s1_grd_reconstructed.json"))));
    Fixture f(server);
    SearchQuery q;
    q.collection = QStringLiteral("GRD");
    const auto out = runSearch(f.provider->search(q));
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout");
    ASSERT_EQ(out.results.size(), 2);
    const SceneResult scene = out.results.first();
    EXPECT_EQ(scene.sceneId, QStringLiteral("S1A_IW_GRDH_1SDV_20240605T091409_20240605T091434_054191_069732_6C4E"));
    EXPECT_EQ(scene.collection, QStringLiteral("GRD"));

    const auto planned = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(planned.plan.has_value()) << (planned.error ? planned.error->toString().toStdString() : "timeout");
    ASSERT_EQ(planned.plan->files.size(), 1);
    const DownloadFile file = planned.plan->files.first();
    EXPECT_EQ(file.url.toString(),
              QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1/Products(c8a6e2b4-5f3d-4e1a-9b7c-2d4e6f8a0b1c)/$value"));
    EXPECT_EQ(file.size, std::optional<qint64>(1698234567));
    EXPECT_EQ(file.checksums.value(QStringLiteral("md5")), QStringLiteral("9e107d9d372bb6826bd81d3542a419d6"));
    EXPECT_TRUE(planned.plan->auth != nullptr);
    EXPECT_TRUE(planned.plan->trustedHosts.contains(QStringLiteral("download.dataspace.copernicus.eu")));
    // Only the STAC search was asked: the Product asset made a lookup unnecessary.
    EXPECT_EQ(server.requestCount(), 1);
}

// A result that carries only the product name (no Product asset) is looked up in the OData
// catalogue for its key before the download is planned.
TEST(DataspaceStac, ProductNameWithoutAssetIsResolvedToItsKey)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/odata/v1/Products"),
                 CannedResponse::json(readTestData(QStringLiteral("dataspace/products_s1_2014-04_p5_last.json"))));
    Fixture f(server);
    SceneResult scene;
    scene.provider = QStringLiteral("dataspace");
    scene.collection = QStringLiteral("SENTINEL-1");
    scene.sceneId = QStringLiteral("S1A_OPER_AUX_POEORB_OPOD_20210301T144249_V20140411T225944_20140413T005944");
    scene.remoteId = scene.sceneId + QStringLiteral(".EOF");
    const auto planned = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(planned.plan.has_value()) << (planned.error ? planned.error->toString().toStdString() : "timeout");
    ASSERT_EQ(planned.plan->files.size(), 1);
    EXPECT_TRUE(planned.plan->files.first().url.toString().endsWith(
        QStringLiteral("/Products(31e61f4f-20ec-4ae6-929d-73690998751c)/$value")))
        << planned.plan->files.first().url.toString().toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.requests().first().url().toString(QUrl::FullyDecoded).contains(QStringLiteral("Name eq")));
}

#include "core/odata/ODataErrors.h"
#include "core/odata/ODataParser.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::odata;
using namespace eoc::test;

namespace {

ParseContext context()
{
    ParseContext c;
    c.provider = QStringLiteral("dataspace");
    c.collection = QStringLiteral("SENTINEL-1");
    c.downloadBase = QUrl(QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1"));
    return c;
}

bool regionModelAvailable()
{
    return Region::fromWkt(QStringLiteral("POLYGON((0 0,1 0,1 1,0 0))")).ok();
}

} // namespace

TEST(ODataParser, RecordedFirstPage)
{
    auto page = parseProductsPage(readTestData(QStringLiteral("dataspace/products_s1_2014-04_p1_count_expand_attributes.json")), context());
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->results.size(), 10);
    ASSERT_TRUE(page->count.has_value());
    EXPECT_EQ(*page->count, 47);
    EXPECT_TRUE(page->nextLink.toString().contains(QStringLiteral("skip=10")));

    const SceneResult &r = page->results.first();
    EXPECT_EQ(r.sceneId, QStringLiteral("S1A_AUX_INS_V20140406T010000_G20140409T142540"));
    EXPECT_EQ(r.remoteId, QStringLiteral("67360f3a-f36b-11ef-9d3f-0050561a7772"));
    EXPECT_EQ(r.provider, QStringLiteral("dataspace"));
    EXPECT_EQ(r.collection, QStringLiteral("SENTINEL-1"));
    EXPECT_EQ(r.link, QUrl(QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1/Products(67360f3a-f36b-11ef-9d3f-0050561a7772)/$value")));
    ASSERT_TRUE(r.size.has_value());
    EXPECT_EQ(*r.size, 728976);
    EXPECT_TRUE(r.online);
    EXPECT_EQ(r.checksums.value(QStringLiteral("md5")), QStringLiteral("23383d85c5231487ce13d1c10aeb8e7b"));
    EXPECT_EQ(r.checksums.value(QStringLiteral("blake3")),
              QStringLiteral("6a7eacd5bd2ac39a1761270e3194302951d4db3a3ca44d0f2917b4473c45e955"));
    EXPECT_EQ(r.start, QDateTime(QDate(2014, 4, 6), QTime(1, 0), Qt::UTC));
    EXPECT_EQ(r.attributes.value(QStringLiteral("productType")).toString(), QStringLiteral("AUX_INS"));
    EXPECT_EQ(r.attributes.value(QStringLiteral("platformSerialIdentifier")).toString(), QStringLiteral("A"));
    EXPECT_EQ(r.attributes.value(QStringLiteral("instrumentConfigurationID")).toInt(), 1);
    EXPECT_TRUE(r.attributes.value(QStringLiteral("S3Path")).toString().startsWith(QStringLiteral("/eodata/Sentinel-1/")));
    EXPECT_FALSE(r.cloudCover.has_value());
    ASSERT_FALSE(r.assets.isEmpty());
    EXPECT_EQ(r.assets.first().href, r.link);
    EXPECT_EQ(r.assets.first().checksums, r.checksums);
}

TEST(ODataParser, RecordedCscPageWithFootprints)
{
    auto page = parseProductsPage(readTestData(QStringLiteral("dataspace/creodias_products_s1_grd_p1_count.json")), context());
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->results.size(), 10);
    const SceneResult &r = page->results.first();
    EXPECT_EQ(r.sceneId, QStringLiteral("S1A_IW_GRDH_1SSV_20141004T005844_20141004T005913_002673_002FAB_4FCD"));
    EXPECT_EQ(r.attributes.value(QStringLiteral("relativeOrbitNumber")).toInt(), 153);
    EXPECT_EQ(r.attributes.value(QStringLiteral("orbitDirection")).toString(), QStringLiteral("ASCENDING"));
    EXPECT_TRUE(r.checksums.isEmpty()) << "empty Checksum arrays give no checksums";
    if (!regionModelAvailable())
        GTEST_SKIP() << "footprints need the region model (core/model/region)";
    EXPECT_FALSE(r.footprint.isEmpty());
    EXPECT_NEAR(r.footprint.bounds().west, -105.359001, 1e-6);
    EXPECT_NEAR(r.footprint.bounds().north, 29.394079, 1e-6);
}

TEST(ODataParser, QuicklookOfflineAndCloudCover)
{
    // The recorded pages have no Assets and no offline product: this one is written here after
    // the documented shape (provider-endpoints-2026.md §1.2-1.3).
    const QByteArray json = R"({"value":[{"Id":"a1b2","Name":"S2B_MSIL2A_20240610T132239_N0510_R038_T23LKC_20240610T171116.SAFE",
        "ContentLength":1000,"Online":false,"Checksum":[],
        "ContentDate":{"Start":"2024-06-10T13:22:39.024Z","End":"2024-06-10T13:22:39.024Z"},
        "Attributes":[{"@odata.type":"#OData.CSC.DoubleAttribute","Name":"cloudCover","Value":12.5,"ValueType":"Double"},
                      {"@odata.type":"#OData.CSC.StringAttribute","Name":"tileId","Value":"23LKC","ValueType":"String"}],
        "Assets":[{"Type":"QUICKLOOK","Id":"q1","DownloadLink":"https://catalogue.dataspace.copernicus.eu/odata/v1/Assets(q1)/$value"}]}]})";
    auto page = parseProductsPage(json, context());
    ASSERT_TRUE(page.ok());
    const SceneResult &r = page->results.first();
    EXPECT_FALSE(r.online);
    ASSERT_TRUE(r.cloudCover.has_value());
    EXPECT_DOUBLE_EQ(*r.cloudCover, 12.5);
    EXPECT_EQ(r.tile, QStringLiteral("23LKC"));
    EXPECT_EQ(r.quicklook, QUrl(QStringLiteral("https://catalogue.dataspace.copernicus.eu/odata/v1/Assets(q1)/$value")));
    EXPECT_FALSE(page->count.has_value());
    EXPECT_TRUE(page->nextLink.isEmpty());
}

// A size or count no file can have (found by fuzzing: 1e22 was cast to qint64) is left unknown,
// never turned into a made-up number that the size check would then trust.
TEST(ODataParser, ImpossibleSizesAndCountsAreUnknown)
{
    const QByteArray page = R"({"@odata.count":1e22,"value":[
        {"Id":"a","Name":"S2A_MSIL1C_20240101T000000_N0510_R001_T23LKC_20240101T000000.SAFE","ContentLength":1e22},
        {"Id":"b","Name":"S2A_MSIL1C_20240101T000000_N0510_R001_T23LKD_20240101T000000.SAFE","ContentLength":-5},
        {"Id":"c","Name":"S2A_MSIL1C_20240101T000000_N0510_R001_T23LKE_20240101T000000.SAFE","ContentLength":1234}]})";
    auto parsed = parseProductsPage(page, context());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_FALSE(parsed->count.has_value());
    ASSERT_EQ(parsed->results.size(), 3);
    EXPECT_FALSE(parsed->results.at(0).size.has_value());
    EXPECT_FALSE(parsed->results.at(1).size.has_value());
    EXPECT_EQ(parsed->results.at(2).size, 1234);
}

TEST(ODataParser, NotAProductListIsAProtocolError)
{
    EXPECT_EQ(parseProductsPage("<html>", context()).error().errorClass, ErrorClass::Protocol);
    EXPECT_EQ(parseProductsPage(R"({"detail":"x"})", context()).error().errorClass, ErrorClass::Protocol);
}

TEST(ODataErrors, ServiceMessagesAndClasses)
{
    HttpResponse skip;
    skip.status = 422;
    skip.body = R"({"detail":[{"type":"less_than_equal","loc":["query","$skip"],"msg":"Input should be less than or equal to 10000","input":"10001","ctx":{"le":10000}}]})";
    skip.error = Error(ErrorClass::Permanent, QStringLiteral("HTTP 422"), 422);
    Error e = serviceError(skip, QStringLiteral("Search"), QStringLiteral("dataspace"));
    EXPECT_EQ(e.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(e.message.contains(QStringLiteral("Input should be less than or equal to 10000 (query.$skip)"))) << e.message.toStdString();
    EXPECT_TRUE(isSkipCapError(skip));

    HttpResponse tooMany;
    tooMany.status = 429;
    tooMany.body = R"({"detail":"Too many concurrent connections: 4 allowed per user"})";
    tooMany.error = Error(ErrorClass::RateLimited, QStringLiteral("HTTP 429"), 429);
    tooMany.error.retryAfter = std::chrono::seconds(30);
    e = serviceError(tooMany, QStringLiteral("Download"), QStringLiteral("dataspace"));
    EXPECT_EQ(e.errorClass, ErrorClass::RateLimited);
    EXPECT_EQ(e.retryAfter, std::chrono::seconds(30));
    EXPECT_TRUE(e.message.contains(QStringLiteral("4 allowed per user")));

    HttpResponse quota;
    quota.status = 403;
    quota.body = "Monthly transfer quota exceeded";
    quota.error = Error(ErrorClass::Permanent, QStringLiteral("HTTP 403"), 403);
    e = serviceError(quota, QStringLiteral("Download"), QStringLiteral("dataspace"));
    EXPECT_EQ(e.errorClass, ErrorClass::Quota);
    EXPECT_TRUE(e.message.contains(QStringLiteral("Monthly transfer quota exceeded")));

    HttpResponse sessions;
    sessions.status = 429;
    sessions.body = R"({"message":"Maximum number of active sessions (100) reached"})";
    sessions.error = Error(ErrorClass::RateLimited, QStringLiteral("HTTP 429"), 429);
    EXPECT_EQ(serviceError(sessions, QStringLiteral("Login"), QStringLiteral("dataspace")).errorClass, ErrorClass::Quota);

    // The advice for a refused login names the provider whose account to check.
    HttpResponse refused;
    refused.status = 401;
    refused.error = Error(ErrorClass::Auth, QStringLiteral("HTTP 401"), 401);
    e = serviceError(refused, QStringLiteral("The CREODIAS download"), QStringLiteral("creodias"));
    EXPECT_EQ(e.errorClass, ErrorClass::Auth);
    EXPECT_TRUE(e.message.contains(QStringLiteral("account test creodias"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("The CREODIAS download failed (HTTP 401)"))) << e.message.toStdString();
}

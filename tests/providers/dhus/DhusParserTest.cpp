// The readers of the Data Hub Software's answers, on answers recorded from ESA's former hub.
#include "core/odata/DhusODataParser.h"
#include "core/opensearch/DhusOpenSearchParser.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

odata::ParseContext hubContext()
{
    odata::ParseContext c;
    c.provider = QStringLiteral("dhus");
    c.collection = QStringLiteral("SENTINEL-3");
    c.downloadBase = QUrl(QStringLiteral("https://hub.example.org"));
    return c;
}

HttpResponse answer(int status, const QString &file)
{
    HttpResponse r;
    r.status = status;
    r.body = readTestData(QStringLiteral("dhus/") + file);
    r.error = Error(status >= 500 ? ErrorClass::Transient : ErrorClass::Permanent, QStringLiteral("HTTP %1").arg(status), status);
    return r;
}

} // namespace

TEST(DhusOData, AnOnlineProductEntity)
{
    auto page = odata::parseDhusProductsPage(readTestData(QStringLiteral("dhus/product_s3_online.json")), hubContext());
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->results.size(), 1);
    const SceneResult &r = page->results.first();
    EXPECT_EQ(r.sceneId, QStringLiteral("S3A_SR_1_SRA____20230309T204558_20230309T204623_20230309T225028_0024_096_214______PS1_O_NR_004"));
    EXPECT_EQ(r.remoteId, QStringLiteral("b1d8a9ab-6072-4ecd-bc44-8d64419d71cb"));
    EXPECT_TRUE(r.online);
    EXPECT_EQ(r.size, std::optional<qint64>(599540));
    EXPECT_EQ(r.checksums.value(QStringLiteral("md5")), QStringLiteral("1495b98f859949929b14c1b7cd62dffc"));
    EXPECT_EQ(r.start, QDateTime::fromMSecsSinceEpoch(1678394758338, Qt::UTC));
    EXPECT_EQ(r.end, QDateTime::fromMSecsSinceEpoch(1678394783310, Qt::UTC));
    EXPECT_EQ(r.link, QUrl(QStringLiteral("https://hub.example.org/odata/v1/Products('b1d8a9ab-6072-4ecd-bc44-8d64419d71cb')/$value")));
    // The GML is latitude first: 63.138,1.21834 is 1.21834 E, 63.138 N.
    ASSERT_EQ(r.footprint.polygons().size(), 1);
    const Ring &ring = r.footprint.polygons().first().outer;
    ASSERT_EQ(ring.size(), 7);
    EXPECT_DOUBLE_EQ(ring.first().lon, 1.21834);
    EXPECT_DOUBLE_EQ(ring.first().lat, 63.138);
}

TEST(DhusOData, AnOfflineProductWithItsAttributes)
{
    auto page = odata::parseDhusProductsPage(readTestData(QStringLiteral("dhus/product_expand_attributes.json")), hubContext());
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    const SceneResult &r = page->results.first();
    EXPECT_FALSE(r.online);
    EXPECT_EQ(r.cloudCover, std::optional<double>(61.0));
    EXPECT_EQ(r.attributes.value(QStringLiteral("Instrument")).toString(), QStringLiteral("OLCI"));
    EXPECT_FALSE(r.footprint.isEmpty());
    EXPECT_EQ(r.checksums.value(QStringLiteral("md5")).size(), 32);
}

TEST(DhusOData, AListPageCarriesItsCountAndEveryProduct)
{
    // No list answer was recorded: this one is built from two recorded entities.
    const QJsonObject online = QJsonDocument::fromJson(readTestData(QStringLiteral("dhus/product_s3_online.json"))).object().value(QStringLiteral("d")).toObject();
    const QJsonObject offline = QJsonDocument::fromJson(readTestData(QStringLiteral("dhus/product_s3_offline.json"))).object().value(QStringLiteral("d")).toObject();
    const QJsonObject list{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), QJsonArray{online, offline}},
                                                             {QStringLiteral("__count"), QStringLiteral("2")}}}};
    auto page = odata::parseDhusProductsPage(QJsonDocument(list).toJson(), hubContext());
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->results.size(), 2);
    EXPECT_EQ(page->count, std::optional<qint64>(2));
    EXPECT_TRUE(page->results.at(0).online);
    EXPECT_FALSE(page->results.at(1).online);
}

TEST(DhusOData, OnlineValuesAndErrors)
{
    EXPECT_EQ(odata::parseOnlineValue(readTestData(QStringLiteral("dhus/product_online_value_true.txt"))), std::optional<bool>(true));
    EXPECT_EQ(odata::parseOnlineValue(readTestData(QStringLiteral("dhus/product_online_value_false.txt"))), std::optional<bool>(false));
    EXPECT_EQ(odata::parseOnlineValue("maybe"), std::nullopt);

    const Error json = odata::hubError(answer(404, QStringLiteral("error_404_invalid_key.json")), QStringLiteral("Reading the product"));
    EXPECT_EQ(json.errorClass, ErrorClass::NotFound);
    EXPECT_TRUE(json.message.contains(QStringLiteral("Invalid key"))) << json.message.toStdString();
    const Error xml = odata::hubError(answer(404, QStringLiteral("error_404_invalid_key_online.xml")), QStringLiteral("Asking"));
    EXPECT_TRUE(xml.message.contains(QStringLiteral("Invalid key"))) << xml.message.toStdString();

    const Error refused = odata::hubError(answer(401, QStringLiteral("error_401_unauthorized.html")), QStringLiteral("The hub's search"));
    EXPECT_EQ(refused.errorClass, ErrorClass::Auth);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("account test dhus"))) << refused.message.toStdString();
    EXPECT_TRUE(refused.message.contains(QStringLiteral("401")));

    HttpResponse solr = answer(500, QStringLiteral("error_500_solr_request_too_large.html"));
    solr.headers.append({QByteArray("cause-message"),
                         QByteArray("RemoteSolrException : Error from server at http://dep-sci-solr-vip.dhus.local/solr/dhus: non ok status: 413, message:Request Entity Too Large")});
    const Error tooLarge = odata::hubError(solr, QStringLiteral("The hub's search"));
    EXPECT_TRUE(tooLarge.message.contains(QStringLiteral("Request Entity Too Large"))) << tooLarge.message.toStdString();
    EXPECT_EQ(tooLarge.errorClass, ErrorClass::Transient);

    const Error maintenance = odata::hubError(answer(502, QStringLiteral("maintenance_page.html")), QStringLiteral("The hub's search"));
    EXPECT_FALSE(maintenance.message.endsWith(QStringLiteral("(HTTP 502)"))) << "the page's own words are shown: " << maintenance.message.toStdString();
}

TEST(DhusOData, MalformedAnswersAreErrorsNamingWhatIsWrong)
{
    EXPECT_EQ(odata::parseDhusProductsPage("<html>", hubContext()).error().errorClass, ErrorClass::Protocol);
    EXPECT_TRUE(odata::parseDhusProductsPage(R"({"value":[]})", hubContext()).error().message.contains(QStringLiteral("'d'")));
    EXPECT_FALSE(odata::parseDhusGml(QStringLiteral("<gml:coordinates>1,2 3</gml:coordinates>")).ok());
    // Truncations of a real answer never crash and end in a value or an error.
    const QByteArray full = readTestData(QStringLiteral("dhus/product_expand_attributes.json"));
    for (qsizetype n = 0; n < full.size(); n += 97)
        (void)odata::parseDhusProductsPage(full.left(n), hubContext());
}

TEST(DhusOpenSearch, APageOfEntriesWithItsTotal)
{
    auto page = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/search_s2_cloudcover_p1.json")), hubContext());
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->results.size(), 5);
    EXPECT_EQ(page->count, std::optional<qint64>(5));
    const SceneResult &r = page->results.first();
    EXPECT_EQ(r.sceneId, QStringLiteral("S2B_MSIL1C_20181219T142029_N0207_R010_T20MPS_20181219T160056"));
    EXPECT_EQ(r.remoteId, QStringLiteral("bf652bc4-299c-4c39-9238-ee5a3fdc0d3e"));
    EXPECT_EQ(r.cloudCover, std::optional<double>(3.6476));
    EXPECT_EQ(r.size, std::optional<qint64>(qint64(110.44 * 1024 * 1024)));
    EXPECT_EQ(r.tile, QStringLiteral("20MPS"));
    EXPECT_FALSE(r.footprint.isEmpty());
    EXPECT_EQ(r.start, QDateTime(QDate(2018, 12, 19), QTime(14, 20, 29, 24), Qt::UTC));
    EXPECT_EQ(r.link, QUrl(QStringLiteral("https://hub.example.org/odata/v1/Products('bf652bc4-299c-4c39-9238-ee5a3fdc0d3e')/$value")));
}

TEST(DhusOpenSearch, TheQuirksOfTheJsonRendering)
{
    // One result: the entry is an object, not a list.
    auto single = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/search_gnss_aux_poeorb.json")), hubContext());
    ASSERT_TRUE(single.ok()) << single.error().message.toStdString();
    EXPECT_EQ(single->results.size(), 1);
    // No entry at all, with the total as text.
    auto none = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/search_count_rows0.json")), hubContext());
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->results.isEmpty());
    EXPECT_EQ(none->count, std::optional<qint64>(10000));
    // An error inside an HTTP 200.
    auto refused = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/search_http200_error_undefined_field.json")), hubContext());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("undefined field xxx"))) << refused.error().message.toStdString();
    // A maintenance page where the feed should be: its words, not "invalid JSON".
    auto page = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/maintenance_page.html")), hubContext());
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message.contains(QStringLiteral("instead of search results"))) << page.error().message.toStdString();
}

TEST(DhusOpenSearch, PagesOfALargeQuery)
{
    auto first = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/search_large_query_start0_rows100.json")), hubContext());
    auto last = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/search_large_query_start600_rows100_last.json")), hubContext());
    ASSERT_TRUE(first.ok() && last.ok());
    EXPECT_EQ(first->results.size(), 100);
    EXPECT_EQ(last->results.size(), 30);
    EXPECT_EQ(first->count, std::optional<qint64>(630));
    for (const auto &r : first->results)
        EXPECT_FALSE(r.footprint.isEmpty()) << r.sceneId.toStdString();
    EXPECT_EQ(opensearch::parseDhusSize(QStringLiteral("698.07 MB")), std::optional<qint64>(qint64(698.07 * 1024 * 1024)));
    // 1.2 GiB is 1288490188.8 bytes: rounded to the nearest byte, as every other size reader does.
    EXPECT_EQ(opensearch::parseDhusSize(QStringLiteral("1.2 GB")), std::optional<qint64>(1288490189));
    EXPECT_EQ(opensearch::parseDhusSize(QStringLiteral("big")), std::nullopt);
    // Digits beyond 64 bits (found by fuzzing) are refused rather than cast.
    EXPECT_EQ(opensearch::parseDhusSize(QStringLiteral("99999999999999999999 TB")), std::nullopt);
    const QString hugeBytes = QStringLiteral("1") + QString(400, QLatin1Char('0')) + QStringLiteral(" B");
    EXPECT_EQ(opensearch::parseDhusSize(hugeBytes), std::nullopt);
}

TEST(DhusOpenSearch, TheAtomXmlFeedGivesTheSameResults)
{
    auto page = opensearch::parseDhusOpenSearchPage(readTestData(QStringLiteral("dhus/scihub_dhus_opensearch_atom_q_star_2018.xml")), hubContext());
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->results.size(), 10);
    EXPECT_EQ(page->count, std::optional<qint64>(5078260));
    const SceneResult &r = page->results.first();
    EXPECT_EQ(r.sceneId, QStringLiteral("S1B_EW_GRDH_1SDH_20180131T104713_20180131T104813_009414_010EA4_BD6D"));
    EXPECT_EQ(r.remoteId, QStringLiteral("02f44244-1c35-481b-9357-764277d949ef"));
    EXPECT_EQ(r.start, QDateTime(QDate(2018, 1, 31), QTime(10, 47, 13, 362), Qt::UTC));
    EXPECT_EQ(r.size, std::optional<qint64>(qint64(1024.0 * 1024 * 1024)));
    EXPECT_EQ(r.attributes.value(QStringLiteral("producttype")).toString(), QStringLiteral("GRD"));
    EXPECT_TRUE(r.quicklook.toString().endsWith(QStringLiteral("Products('Quicklook')/$value")));
    ASSERT_FALSE(r.footprint.isEmpty());
    EXPECT_DOUBLE_EQ(r.footprint.polygons().first().outer.first().lon, -53.462952);
    EXPECT_DOUBLE_EQ(r.footprint.polygons().first().outer.first().lat, 71.570305);
    // A feed cut short is an error naming where it broke, never a crash.
    const QByteArray full = readTestData(QStringLiteral("dhus/scihub_dhus_opensearch_atom_q_star_2018.xml"));
    auto cut = opensearch::parseDhusOpenSearchPage(full.left(full.size() / 2), hubContext());
    ASSERT_FALSE(cut.ok());
    EXPECT_TRUE(cut.error().message.contains(QStringLiteral("Atom feed"))) << cut.error().message.toStdString();
}

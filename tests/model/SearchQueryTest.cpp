#include "core/model/SearchQuery.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <limits>

using namespace eoc;

TEST(SearchQuery, EndDateIsInclusiveToEndOfDayUtc)
{
    SearchQuery q;
    q.start = QDate(2020, 1, 1);
    q.end = QDate(2020, 1, 15);
    EXPECT_EQ(q.startTime().toString(Qt::ISODateWithMs), QStringLiteral("2020-01-01T00:00:00.000Z"));
    EXPECT_EQ(q.endTime().toString(Qt::ISODateWithMs), QStringLiteral("2020-01-15T23:59:59.999Z"));
}

TEST(SearchQuery, ValidateNamesTheProblem)
{
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    q.start = QDate(2020, 2, 1);
    q.end = QDate(2020, 1, 1);
    auto s = q.validate();
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("2020-01-01")));

    q.end = QDate(2020, 3, 1);
    q.cloudMax = 120;
    s = q.validate();
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("120")));

    q.cloudMax = 20;
    EXPECT_TRUE(q.validate());
}

TEST(SearchQuery, JsonRoundTripKeepsEveryField)
{
    SearchQuery q;
    q.provider = QStringLiteral("dataspace");
    q.collection = QStringLiteral("SENTINEL-2");
    q.start = QDate(2023, 6, 1);
    q.end = QDate(2023, 6, 30);
    q.cloudMax = 30;
    q.productType = QStringLiteral("S2MSI2A");
    q.tiles = {QStringLiteral("21LZG"), QStringLiteral("22LCM")};
    q.orbitDirection = QStringLiteral("DESCENDING");
    q.relativeOrbit = 24;
    q.platform = QStringLiteral("sentinel-2b");
    q.onlineOnly = true;
    q.limit = 50;
    q.extra.insert(QStringLiteral("eo:snow_cover"), 10);

    auto back = SearchQuery::fromJson(q.toJson());
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->toJson(), q.toJson());
    EXPECT_EQ(back->relativeOrbit, 24);
    EXPECT_EQ(back->tiles, q.tiles);
}

TEST(SearchQuery, BadDateInJsonIsAnError)
{
    QJsonObject o;
    o[QStringLiteral("collection")] = QStringLiteral("x");
    o[QStringLiteral("start")] = QStringLiteral("2020-13-45");
    auto q = SearchQuery::fromJson(o);
    ASSERT_FALSE(q);
    EXPECT_TRUE(q.error().message.contains(QStringLiteral("2020-13-45")));
}

TEST(SearchQuery, ValidateRejectsNotANumberAndInfiniteCloudCover)
{
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    for (double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                       -std::numeric_limits<double>::infinity(), -0.5, 100.5}) {
        q.cloudMax = bad;
        const auto s = q.validate();
        ASSERT_FALSE(s) << bad;
        EXPECT_EQ(s.error().errorClass, ErrorClass::BadInput);
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("Cloud cover"))) << s.error().message.toStdString();
    }
    q.cloudMax = 0.0;
    EXPECT_TRUE(q.validate());
    q.cloudMax = 100.0;
    EXPECT_TRUE(q.validate());
}

TEST(SearchQuery, FromJsonRefusesNumbersThatAreNotNumbers)
{
    // A NaN written by Qt comes back as null; null or text must not become 0 silently.
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    q.cloudMax = std::numeric_limits<double>::quiet_NaN();
    auto back = SearchQuery::fromJson(q.toJson());
    ASSERT_FALSE(back);
    EXPECT_TRUE(back.error().message.contains(QStringLiteral("cloud_max")));

    QJsonObject o{{QStringLiteral("collection"), QStringLiteral("SENTINEL-2")},
                  {QStringLiteral("limit"), QStringLiteral("ten")}};
    back = SearchQuery::fromJson(o);
    ASSERT_FALSE(back);
    EXPECT_TRUE(back.error().message.contains(QStringLiteral("limit")));
    EXPECT_TRUE(back.error().message.contains(QStringLiteral("ten")));

    o[QStringLiteral("limit")] = 2.5;
    back = SearchQuery::fromJson(o);
    ASSERT_FALSE(back);
    EXPECT_TRUE(back.error().message.contains(QStringLiteral("whole")));

    o[QStringLiteral("limit")] = 10;
    o[QStringLiteral("relative_orbit")] = QJsonValue();
    back = SearchQuery::fromJson(o);
    ASSERT_FALSE(back);
    EXPECT_TRUE(back.error().message.contains(QStringLiteral("relative_orbit")));
}

// Saved searches and the restored session come back with a box the map can edit as a box, and a
// polygon stays a polygon.
TEST(SearchQuery, JsonRoundTripKeepsABoxABox)
{
    SearchQuery q;
    q.region = Region::fromBox({170.0, -10.0, -170.0, 5.0});
    auto back = SearchQuery::fromJson(q.toJson());
    ASSERT_TRUE(back) << back.error().message.toStdString();
    ASSERT_TRUE(back->region.isBox());
    EXPECT_EQ(back->region.box(), (BoundingBox{170.0, -10.0, -170.0, 5.0}));

    auto polygon = Region::fromWkt(QStringLiteral("POLYGON((0 0,2 0,1 1,0 0))"));
    ASSERT_TRUE(polygon);
    q.region = *polygon;
    EXPECT_FALSE(q.toJson().contains(QStringLiteral("bbox")));
    auto polygonBack = SearchQuery::fromJson(q.toJson());
    ASSERT_TRUE(polygonBack);
    EXPECT_FALSE(polygonBack->region.isBox());
    EXPECT_EQ(polygonBack->region, q.region);
}

TEST(SearchQuery, ABboxThatIsNotFourNumbersIsNamed)
{
    for (const char *bad : {R"({"bbox":[1,2,3]})", R"({"bbox":["a",0,1,1]})", R"({"bbox":[0,10,1,5]})"}) {
        const auto q = SearchQuery::fromJson(QJsonDocument::fromJson(bad).object());
        ASSERT_FALSE(q) << bad;
        EXPECT_EQ(q.error().errorClass, ErrorClass::BadInput);
    }
}

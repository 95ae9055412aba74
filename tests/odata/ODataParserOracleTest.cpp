// The Products reader (simdjson) checked against Qt's JSON reader on every recorded catalogue
// page: each product's fields, its flattened attributes and its times must be what reading the
// same JSON with QJsonDocument gives. Also the two helpers it stands on: the UTC time reader
// (against QDateTime::fromString) and the JSON object builder.
#include "core/model/JsonObjectBuilder.h"
#include "core/model/UtcTime.h"
#include "core/odata/ODataParser.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::odata;
using namespace eoc::test;

namespace {

QDateTime qtUtc(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// The flattening written plainly with Qt's types, as the oracle.
QJsonObject qtAttributes(const QJsonObject &product)
{
    QJsonObject attributes;
    for (const auto &entry : product.value(QStringLiteral("Attributes")).toArray()) {
        const QJsonObject a = entry.toObject();
        const QString name = a.value(QStringLiteral("Name")).toString();
        if (!name.isEmpty() && a.contains(QStringLiteral("Value")))
            attributes.insert(name, a.value(QStringLiteral("Value")));
    }
    for (const char *key : {"ContentType", "OriginDate", "PublicationDate", "ModificationDate", "EvictionDate", "S3Path", "Name"}) {
        const QJsonValue v = product.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            attributes.insert(QLatin1String(key), v);
    }
    return attributes;
}

Region qtFootprint(const QJsonObject &product)
{
    if (const QJsonValue geo = product.value(QStringLiteral("GeoFootprint")); geo.isObject()) {
        if (auto region = Region::fromGeoJson(geo.toObject()))
            return *region;
    }
    QString ewkt = product.value(QStringLiteral("Footprint")).toString();
    ewkt = ewkt.mid(ewkt.indexOf(QLatin1Char(';')) + 1);
    ewkt.remove(QLatin1Char('\''));
    if (auto region = Region::fromWkt(ewkt))
        return *region;
    return {};
}

} // namespace

TEST(ODataParserOracle, EveryRecordedPageReadsAsQtReadsIt)
{
    const QStringList pages{QStringLiteral("products_s1_2014-04_p1_count_expand_attributes.json"), QStringLiteral("products_s1_2014-04_p2.json"),
                            QStringLiteral("products_s1_2014-04_p3.json"), QStringLiteral("products_s1_2014-04_p4.json"),
                            QStringLiteral("products_s1_2014-04_p5_last.json"), QStringLiteral("creodias_products_s1_grd_p1_count.json")};
    ParseContext context;
    context.provider = QStringLiteral("dataspace");
    context.collection = QStringLiteral("SENTINEL-1");
    context.downloadBase = QUrl(QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1/"));
    int products = 0;
    int withFootprint = 0;
    for (const QString &file : pages) {
        const QByteArray body = readTestData(QStringLiteral("dataspace/") + file);
        const auto page = parseProductsPage(body, context);
        ASSERT_TRUE(page) << file.toStdString();
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        const QJsonArray values = root.value(QStringLiteral("value")).toArray();
        ASSERT_EQ(page->results.size(), values.size()) << file.toStdString();
        if (root.contains(QStringLiteral("@odata.count"))) {
            EXPECT_EQ(page->count, qint64(root.value(QStringLiteral("@odata.count")).toDouble()));
        }
        EXPECT_EQ(page->nextLink.toString(QUrl::FullyEncoded).isEmpty(), root.value(QStringLiteral("@odata.nextLink")).toString().isEmpty());
        for (qsizetype i = 0; i < values.size(); ++i, ++products) {
            const QJsonObject product = values.at(i).toObject();
            const SceneResult &r = page->results.at(i);
            SCOPED_TRACE(r.sceneId.toStdString());
            EXPECT_EQ(r.remoteId, product.value(QStringLiteral("Id")).toString());
            EXPECT_EQ(r.sceneId, sceneIdFromName(product.value(QStringLiteral("Name")).toString()));
            const QJsonObject dates = product.value(QStringLiteral("ContentDate")).toObject();
            EXPECT_EQ(r.start, qtUtc(dates.value(QStringLiteral("Start"))));
            EXPECT_EQ(r.end, qtUtc(dates.value(QStringLiteral("End"))));
            EXPECT_EQ(r.size, qint64(product.value(QStringLiteral("ContentLength")).toDouble()));
            EXPECT_EQ(r.online, product.value(QStringLiteral("Online")).toBool(true));
            EXPECT_EQ(r.attributes, qtAttributes(product));
            EXPECT_EQ(r.link, productValueUrl(context.downloadBase, r.remoteId));
            EXPECT_EQ(r.footprint, qtFootprint(product));
            withFootprint += r.footprint.isEmpty() ? 0 : 1;
            for (const auto &c : product.value(QStringLiteral("Checksum")).toArray()) {
                const QString algorithm = c.toObject().value(QStringLiteral("Algorithm")).toString().toLower();
                if (!c.toObject().value(QStringLiteral("Value")).toString().isEmpty()) {
                    EXPECT_EQ(r.checksums.value(algorithm), c.toObject().value(QStringLiteral("Value")).toString().toLower());
                }
            }
        }
    }
    EXPECT_GT(products, 40);
    EXPECT_GT(withFootprint, 5) << "the CREODIAS page's products have footprints";
}

TEST(ODataParserOracle, WhatIsNotAProductListNamesWhy)
{
    const auto notJson = parseProductsPage("{\"value\": [", {});
    ASSERT_FALSE(notJson);
    EXPECT_EQ(notJson.error().errorClass, ErrorClass::Protocol);
    EXPECT_TRUE(notJson.error().message.contains(QStringLiteral("not a product list"))) << notJson.error().message.toStdString();
    const auto noValue = parseProductsPage("{\"items\": []}", {});
    ASSERT_FALSE(noValue);
    EXPECT_TRUE(noValue.error().message.contains(QStringLiteral("no 'value' array"))) << noValue.error().message.toStdString();
    // A product that is not an object is a result with nothing in it, not a crash.
    const auto odd = parseProductsPage(R"({"value": [42, {"Id": "a", "Name": "x.SAFE", "Checksum": [7], "Assets": [null]}]})", {});
    ASSERT_TRUE(odd);
    ASSERT_EQ(odd->results.size(), 2);
    EXPECT_TRUE(odd->results[0].sceneId.isEmpty());
    EXPECT_EQ(odd->results[1].sceneId, QStringLiteral("x"));
    EXPECT_TRUE(odd->results[1].checksums.isEmpty());
}

TEST(UtcTime, ReadsWhatQtReadsTheSame)
{
    const char *times[] = {"2024-11-25T13:48:54.123456Z", "2024-11-25T13:48:54.999999Z", "2024-11-25T13:48:54.1235Z",
                           "2024-11-25T13:48:54.12349Z", "2024-11-25T23:59:59.9995Z", "2024-11-25T13:48:54.5Z",
                           "2024-11-25T13:48:54Z", "2024-11-25T13:48:54.12+00:00", "2024-11-25T13:48:54.123+02:00",
                           "2024-11-25T13:48Z", "2024-02-30T10:00:00Z", "2024-11-25T25:00:00Z", "not a time",
                           "2024-11-25T13:48:54.Z", "2024-12-31T23:59:59.99999999Z", "2024-11-25t13:48:54z"};
    for (const char *text : times) {
        const QString s = QString::fromLatin1(text);
        const QDateTime qt = QDateTime::fromString(s, Qt::ISODateWithMs);
        EXPECT_EQ(parseUtcTime(s), qt.isValid() ? qt.toUTC() : QDateTime()) << text;
    }
    EXPECT_EQ(parseUtcTime(u"2024-11-25T13:48:54.999999Z"), QDateTime(QDate(2024, 11, 25), QTime(13, 48, 55), Qt::UTC))
        << "rounded to the millisecond into the next second";
    EXPECT_FALSE(parseUtcTime(u"").isValid());
}

TEST(JsonObjectBuilder, LaterMembersWinAndTextIsEscaped)
{
    JsonObjectBuilder builder;
    builder.add(u"b", QJsonValue(1));
    builder.add(u"a", QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 é ☃"));
    builder.add(u"b", QJsonValue(2.5));
    builder.add(u"n", QJsonValue(QJsonValue::Null));
    builder.add(u"u", QJsonValue(QJsonValue::Undefined));
    builder.add(u"o", QJsonObject{{QStringLiteral("k"), QJsonArray{1, true}}});
    builder.add(u"big", QJsonValue(1e300));
    QJsonObject expected;
    expected.insert(QStringLiteral("b"), 2.5);
    expected.insert(QStringLiteral("a"), QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 é ☃"));
    expected.insert(QStringLiteral("n"), QJsonValue(QJsonValue::Null));
    expected.insert(QStringLiteral("o"), QJsonObject{{QStringLiteral("k"), QJsonArray{1, true}}});
    expected.insert(QStringLiteral("big"), 1e300);
    EXPECT_EQ(builder.object(), expected);
}

#include "core/model/SceneId.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QTimeZone>

namespace eoc {
namespace {

TEST(SceneIdJson, EveryKeyIsPresentAndAbsentFieldsAreNull)
{
    const auto s = parseSceneId(QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255.SAFE"));
    ASSERT_TRUE(s.ok());
    const QJsonObject o = s->toJson();
    const char *const keys[] = {"id", "family", "platform", "sensor", "product_type", "level", "tile",
                                "sensing_start", "sensing_end", "processing_date", "relative_orbit",
                                "absolute_orbit", "collection", "tier", "baseline"};
    for (const char *key : keys)
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("id")).toString(),
              QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255"));
    EXPECT_EQ(o.value(QStringLiteral("sensing_start")).toString(), QStringLiteral("2020-02-23T13:51:09Z"));
    EXPECT_EQ(o.value(QStringLiteral("processing_date")).toString(), QStringLiteral("2020-02-23T15:32:55Z"));
    EXPECT_EQ(o.value(QStringLiteral("relative_orbit")).toInt(), 24);
    EXPECT_TRUE(o.value(QStringLiteral("sensing_end")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("absolute_orbit")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("tier")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("collection")).isNull());
}

TEST(SceneIdJson, CollectionKeepsLeadingZerosAndExtraIsAnObject)
{
    const auto landsat = parseSceneId(QStringLiteral("LC09_L2SR_084056_20250722_20250725_02_T1"));
    ASSERT_TRUE(landsat.ok());
    EXPECT_EQ(landsat->toJson().value(QStringLiteral("collection")).toString(), QStringLiteral("02"));
    const auto modis = parseSceneId(QStringLiteral("MOD13Q1.A2024161.h29v09.061.2024181211247"));
    ASSERT_TRUE(modis.ok());
    const QJsonObject o = modis->toJson();
    EXPECT_EQ(o.value(QStringLiteral("collection")).toString(), QStringLiteral("061"));
    EXPECT_EQ(o.value(QStringLiteral("extra")).toObject().value(QStringLiteral("granule_kind")).toString(),
              QStringLiteral("tile"));
}

TEST(SceneIdJson, TimesAreUtcWithZ)
{
    SceneId s;
    s.id = QStringLiteral("x");
    // A time given in another zone is written in UTC.
    s.sensingStart = QDateTime(QDate(2020, 2, 23), QTime(10, 51, 9), QTimeZone(-3 * 3600));
    EXPECT_EQ(s.toJson().value(QStringLiteral("sensing_start")).toString(), QStringLiteral("2020-02-23T13:51:09Z"));
}

} // namespace
} // namespace eoc

#include "core/model/JsonNumbers.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <limits>

using namespace eoc;

namespace {

// The value of "n" in a JSON text, as a server's answer would carry it.
QJsonValue parsed(const char *number)
{
    return QJsonDocument::fromJson(QByteArray("{\"n\":") + number + "}").object().value(QStringLiteral("n"));
}

} // namespace

TEST(JsonCount, ReadsWholeNonNegativeNumbers)
{
    EXPECT_EQ(jsonCount(parsed("0")), 0);
    EXPECT_EQ(jsonCount(parsed("904370712")), 904370712);
    EXPECT_EQ(jsonCount(parsed("1.0e9")), 1000000000);
    EXPECT_EQ(jsonCount(parsed("4611686018427387904")), Q_INT64_C(4611686018427387904));
}

// Casting these to qint64 was undefined behaviour (1e22 was found by fuzzing an OData page).
TEST(JsonCount, OutOfRangeFractionalOrNegativeNumbersAreAbsent)
{
    for (const char *bad : {"1e22", "-1e22", "9223372036854775807", "1e308", "-1", "12.5", "-0.5"})
        EXPECT_FALSE(jsonCount(parsed(bad)).has_value()) << bad;
    EXPECT_FALSE(jsonCount(QJsonValue(std::numeric_limits<double>::infinity())).has_value());
    EXPECT_FALSE(jsonCount(QJsonValue(std::numeric_limits<double>::quiet_NaN())).has_value());
}

TEST(JsonCount, NonNumbersAreAbsent)
{
    EXPECT_FALSE(jsonCount(parsed("\"123\"")).has_value());
    EXPECT_FALSE(jsonCount(parsed("null")).has_value());
    EXPECT_FALSE(jsonCount(parsed("true")).has_value());
    EXPECT_FALSE(jsonCount(QJsonValue()).has_value());
}

TEST(ScaledByteCount, RoundsUnitsToBytes)
{
    EXPECT_EQ(scaledByteCount(1.5, 1024.0 * 1024), 1572864);
    EXPECT_EQ(scaledByteCount(0.0001, 1024), 0);
    EXPECT_EQ(scaledByteCount(2, 1), 2);
}

TEST(ScaledByteCount, ImpossibleSizesAreAbsent)
{
    EXPECT_FALSE(scaledByteCount(1e300, 1024.0 * 1024 * 1024 * 1024).has_value());
    EXPECT_FALSE(scaledByteCount(-3, 1024).has_value());
    EXPECT_FALSE(scaledByteCount(std::numeric_limits<double>::quiet_NaN(), 1).has_value());
    EXPECT_FALSE(scaledByteCount(5, 0).has_value());
}

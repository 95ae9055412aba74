#include "core/net/HttpTypes.h"
#include "core/net/RequestRules.h"
#include "core/net/RetryAfter.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <limits>

using namespace eoc;
using namespace std::chrono_literals;

TEST(RetryAfter, SecondsAndHttpDates)
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
    EXPECT_EQ(parseRetryAfter("120", now), 120s);
    EXPECT_EQ(parseRetryAfter(" 5 ", now), 5s);
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60s);
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0s);   // in the past
    EXPECT_FALSE(parseRetryAfter("soon", now).has_value());
    EXPECT_FALSE(parseRetryAfter("-3", now).has_value());
    EXPECT_FALSE(parseRetryAfter("", now).has_value());
}

TEST(RetryAfter, BackoffGrowsAndIsCapped)
{
    for (int attempt = 0; attempt < 30; ++attempt) {
        const int d = backoffDelayMs(attempt, 1000, 60000);
        EXPECT_GE(d, 500);
        EXPECT_LE(d, 60000);
        EXPECT_LE(d, 1000 << std::min(attempt, 6));
    }
}

// Found by fuzzing: a Retry-After of 184467124407307095 seconds overflowed the conversion to
// milliseconds, and 3000000 seconds wrapped to a negative timer delay (an immediate retry).
TEST(RetryAfter, HugeDelaysAreCappedNotWrapped)
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
    for (const QByteArray &value : {QByteArray("3000000"), QByteArray("184467124407307095"),
                                   QByteArray("9223372036854775807")}) {
        const Error error = errorForHttpStatus(429, value, QStringLiteral("busy"));
        ASSERT_TRUE(error.retryAfter.has_value()) << value.constData();
        const int delay = net::retryDelayMs(1, error, 500, 30000);
        EXPECT_EQ(delay, std::numeric_limits<int>::max() / 1000 * 1000) << value.constData();
    }
    const Error modest = errorForHttpStatus(429, "120", QStringLiteral("busy"));
    EXPECT_EQ(net::retryDelayMs(1, modest, 500, 30000), 120000);
    EXPECT_EQ(parseRetryAfter("184467124407307095", now), std::chrono::seconds(184467124407307095));
}

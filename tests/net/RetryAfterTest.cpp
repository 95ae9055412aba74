#include "core/net/RetryAfter.h"

#include <QTimeZone>

#include <gtest/gtest.h>

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

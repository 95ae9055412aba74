#include "core/model/Error.h"

#include <gtest/gtest.h>

using namespace eoc;

TEST(ErrorClassNames, RoundTripEveryClass)
{
    for (auto c : {ErrorClass::None, ErrorClass::BadInput, ErrorClass::Auth, ErrorClass::Quota,
                   ErrorClass::RateLimited, ErrorClass::Transient, ErrorClass::NotFound,
                   ErrorClass::Offline, ErrorClass::Integrity, ErrorClass::LocalDisk,
                   ErrorClass::Cancelled, ErrorClass::Protocol, ErrorClass::Permanent}) {
        const auto name = errorClassName(c);
        ASSERT_EQ(errorClassFromName(name), c) << name.toStdString();
    }
    EXPECT_FALSE(errorClassFromName(QStringLiteral("no-such-class")).has_value());
}

TEST(ErrorClassNames, OnlyTransientAndRateLimitedAreRetryable)
{
    EXPECT_TRUE(Error(ErrorClass::Transient, {}).isRetryable());
    EXPECT_TRUE(Error(ErrorClass::RateLimited, {}).isRetryable());
    EXPECT_FALSE(Error(ErrorClass::Auth, {}).isRetryable());
    EXPECT_FALSE(Error(ErrorClass::Integrity, {}).isRetryable());
    EXPECT_EQ(Error(ErrorClass::Quota, QStringLiteral("used up")).toString(), QStringLiteral("quota: used up"));
}

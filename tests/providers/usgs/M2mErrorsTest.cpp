#include "providers/usgs/M2mErrors.h"

#include <gtest/gtest.h>

using namespace eoc;
using eoc::usgs::m2mError;

// Codes as USGS writes them (docs and answers seen by other clients; AUTH_UNAUTHROIZED is USGS's spelling).
TEST(M2mErrors, CodesMapToErrorClasses)
{
    const auto m = [](const char *code) { return m2mError(QString::fromLatin1(code), QStringLiteral("msg"), QStringLiteral("scene-search")).errorClass; };
    EXPECT_EQ(m("AUTH_INVALID"), ErrorClass::Auth);
    EXPECT_EQ(m("AUTH_KEY_INVALID"), ErrorClass::Auth);
    EXPECT_EQ(m("AUTH_UNAUTHORIZED"), ErrorClass::Auth);
    EXPECT_EQ(m("AUTH_UNAUTHROIZED"), ErrorClass::Auth);
    EXPECT_EQ(m("RATE_LIMIT"), ErrorClass::RateLimited);
    EXPECT_EQ(m("RATE_LIMIT_USER"), ErrorClass::RateLimited);
    EXPECT_EQ(m("RATE_LIMIT_USER_DL"), ErrorClass::Quota);
    EXPECT_EQ(m("DATASET_INVALID"), ErrorClass::NotFound);
    EXPECT_EQ(m("INPUT_PARAMETER_INVALID"), ErrorClass::BadInput);
    EXPECT_EQ(m("SERVER_ERROR"), ErrorClass::Transient);
    EXPECT_EQ(m("DOWNLOAD_ERROR"), ErrorClass::Permanent);
}

TEST(M2mErrors, MissingMachineAccessSaysWhereToRequestIt)
{
    const Error e = m2mError(QStringLiteral("AUTH_UNAUTHROIZED"), QStringLiteral("Your account does not have access to this endpoint"),
                             QStringLiteral("download-options"));
    EXPECT_EQ(e.errorClass, ErrorClass::Auth);
    EXPECT_TRUE(e.message.contains(QStringLiteral("Your account does not have access to this endpoint")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("Access Request")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("https://ers.cr.usgs.gov/profile/access")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("download-options")));
}

// M2M drops an API key that was not used for a while before its two hours are up, answering
// AUTH_EXPIRED ("API key has expired due to inactivity"); a revoked key is AUTH_KEY_INVALID. Both
// mean: log in again and repeat the call, once.

#include "tests/providers/usgs/M2mTestSupport.h"

#include "providers/usgs/M2mErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

// The envelope M2M sends for a dead key. No recording of AUTH_EXPIRED exists; the code and message
// are the ones USGS documents for an API key that lapsed from inactivity.
QByteArray deadKeyAnswer(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonValue::Null},
                                     {QStringLiteral("errorCode"), code},
                                     {QStringLiteral("errorMessage"), message}})
        .toJson(QJsonDocument::Compact);
}

struct ExpiringM2m : M2mStandIn {
    int searches = 0;
    int logins = 0;
    int deadAnswers = 1;   // how many scene-searches get the dead-key answer first
    QByteArray deadKey;

    explicit ExpiringM2m(QByteArray deadKeyBody) : deadKey(std::move(deadKeyBody))
    {
        server.setHandler([this](const RecordedRequest &request) {
            const QString called = method(request);
            if (called == QLatin1String("login-token")) {
                ++logins;
                return CannedResponse::json(readTestData(QStringLiteral("usgs/login.json")));
            }
            if (called == QLatin1String("scene-search") && ++searches <= deadAnswers)
                return CannedResponse::json(deadKey);
            if (called == QLatin1String("scene-search"))
                return CannedResponse::json(readTestData(QStringLiteral("usgs/scene_search_landsat_ot_c2_l2.json")));
            return CannedResponse::json(R"({"data":null,"errorCode":null,"errorMessage":null})");
        });
    }
};

SearchQuery landsatQuery()
{
    return recordedLandsatQuery();
}

const QString kInactivity = QStringLiteral("API key has expired due to inactivity");

} // namespace

TEST(UsgsKeyExpiry, ExpiredFromInactivityLogsInAgainAndRepeatsTheCall)
{
    ExpiringM2m m2m(deadKeyAnswer(QStringLiteral("AUTH_EXPIRED"), kInactivity));
    const auto outcome = runSearch(m2m.loaded.provider->search(landsatQuery()));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    EXPECT_EQ(outcome.results.size(), 6);   // the recorded search
    EXPECT_EQ(m2m.searches, 2);
    EXPECT_EQ(m2m.logins, 2);
}

TEST(UsgsKeyExpiry, KeyStillRefusedAfterOneFreshLoginIsAnAuthError)
{
    for (const auto &code : {QStringLiteral("AUTH_EXPIRED"), QStringLiteral("AUTH_KEY_INVALID")}) {
        ExpiringM2m m2m(deadKeyAnswer(code, kInactivity));
        m2m.deadAnswers = 1000;
        const auto outcome = runSearch(m2m.loaded.provider->search(landsatQuery()));
        ASSERT_TRUE(outcome.error) << code.toStdString();
        EXPECT_EQ(outcome.error->errorClass, ErrorClass::Auth);
        EXPECT_TRUE(outcome.error->message.contains(kInactivity)) << outcome.error->message.toStdString();
        EXPECT_TRUE(outcome.error->message.contains(code));
        // One retry with one fresh login, not a loop.
        EXPECT_EQ(m2m.searches, 2) << code.toStdString();
        EXPECT_EQ(m2m.logins, 2) << code.toStdString();
    }
}

TEST(UsgsKeyExpiry, BothDeadKeyCodesAreRenewable)
{
    EXPECT_TRUE(usgs::isExpiredKeyCode(QStringLiteral("AUTH_KEY_INVALID")));
    EXPECT_TRUE(usgs::isExpiredKeyCode(QStringLiteral("AUTH_EXPIRED")));
    EXPECT_FALSE(usgs::isExpiredKeyCode(QStringLiteral("AUTH_INVALID")));   // wrong credentials: a new login cannot help
    const Error e = usgs::m2mError(QStringLiteral("AUTH_EXPIRED"), kInactivity, QStringLiteral("scene-search"));
    EXPECT_EQ(e.errorClass, ErrorClass::Auth);
}

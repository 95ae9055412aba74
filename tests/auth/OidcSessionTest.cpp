#include "core/auth/OidcSession.h"
#include "core/auth/OidcSessionRegistry.h"
#include "core/net/NetworkAccess.h"
#include "tests/auth/StaticCredentials.h"
#include "tests/auth/TokenServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

OidcConfig configFor(const TokenServer &tokens, const QString &account = QStringLiteral("alice"))
{
    OidcConfig c;
    c.tokenUrl = tokens.tokenUrl();
    c.logoutUrl = tokens.logoutUrl();
    c.clientId = QStringLiteral("test-client");
    c.provider = QStringLiteral("testidp");
    c.account = account;
    return c;
}

HttpResponse fetch(NetworkAccess &net, const QUrl &url, const std::shared_ptr<AuthSession> &auth)
{
    HttpRequest request;
    request.url = url;
    request.auth = auth;
    auto *job = net.send(request);
    QSignalSpy spy(job, &HttpJob::finished);
    EXPECT_TRUE(spy.wait(10000));
    return spy.isEmpty() ? HttpResponse{} : spy.first().first().value<HttpResponse>();
}

Result<QPair<QByteArray, QByteArray>> authorizeOnce(OidcSession &session)
{
    std::optional<Result<QPair<QByteArray, QByteArray>>> got;
    QObject context;
    session.authorize(&context, [&got](const Result<QPair<QByteArray, QByteArray>> &r) { got = r; });
    for (int i = 0; i < 200 && !got; ++i)
        QTest::qWait(25);
    if (!got)
        return Error(ErrorClass::Transient, QStringLiteral("no answer"));
    return *got;
}

} // namespace

TEST(OidcSession, RenewalMarginIsTenPercentAtMostAMinute)
{
    using namespace std::chrono;
    EXPECT_EQ(OidcSession::renewalMargin(seconds(600)), milliseconds(60000));
    EXPECT_EQ(OidcSession::renewalMargin(seconds(2)), milliseconds(200));
    EXPECT_EQ(OidcSession::renewalMargin(hours(10)), milliseconds(60000));
}

TEST(OidcSession, FormEncodingKeepsSpecialCharacters)
{
    EXPECT_EQ(encodeForm({{QByteArray("password"), QStringLiteral("a+b&c=d e")}}),
              QByteArray("password=a%2Bb%26c%3Dd%20e"));
}

// A series of requests that lasts longer than two access tokens keeps going on refreshed tokens:
// one login, several refreshes, and the resource never sees an expired token.
TEST(OidcSession, RequestsOutlivingTheTokenUseRefreshedTokens)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    NetworkAccess net;
    StaticCredentials credentials(tokens.username, tokens.password);
    auto session = std::make_shared<OidcSession>(&net, &credentials, configFor(tokens));

    QElapsedTimer clock;
    clock.start();
    int requests = 0;
    while (clock.elapsed() < 4600) {
        const auto response = fetch(net, tokens.resourceUrl(), session);
        ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
        ++requests;
        QTest::qWait(150);
    }
    EXPECT_GE(requests, 10);
    EXPECT_EQ(tokens.passwordGrants, 1);
    EXPECT_GE(tokens.refreshGrants, 2);
    EXPECT_EQ(tokens.resourceUnauthorized, 0) << "a request went out with an expired token";
}

TEST(OidcSession, RefusedRefreshLogsInAgain)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    tokens.refuseRefresh = true;
    NetworkAccess net;
    StaticCredentials credentials(tokens.username, tokens.password);
    auto session = std::make_shared<OidcSession>(&net, &credentials, configFor(tokens));

    ASSERT_TRUE(fetch(net, tokens.resourceUrl(), session).ok());
    QTest::qWait(2000);                              // the access token is past its renewal time
    const auto second = fetch(net, tokens.resourceUrl(), session);
    ASSERT_TRUE(second.ok()) << second.error.toString().toStdString();
    EXPECT_EQ(tokens.refreshGrants, 1);
    EXPECT_EQ(tokens.refusedGrants, 1);
    EXPECT_EQ(tokens.passwordGrants, 2);
    EXPECT_EQ(tokens.resourceUnauthorized, 0);
}

// Twenty requests started together share one login (the service caps sessions per user).
TEST(OidcSession, ConcurrentRequestsShareOneLogin)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    tokens.loginDelayMs = 300;
    NetworkAccess net;
    StaticCredentials credentials(tokens.username, tokens.password);
    OidcSessionRegistry registry(&net, &credentials);

    QList<HttpJob *> jobs;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 20; ++i) {
        HttpRequest request;
        request.url = tokens.resourceUrl();
        request.auth = registry.session(configFor(tokens));   // each transfer asks the registry
        auto *job = net.send(request);
        spies.append(std::make_shared<QSignalSpy>(job, &HttpJob::finished));
    }
    for (auto &spy : spies) {
        ASSERT_TRUE(spy->count() > 0 || spy->wait(10000));
        EXPECT_TRUE(spy->first().first().value<HttpResponse>().ok());
    }
    EXPECT_EQ(tokens.passwordGrants, 1);
    EXPECT_EQ(tokens.resourceOk, 20);
    EXPECT_EQ(registry.size(), 1);
    EXPECT_EQ(credentials.lookups, 1);
}

TEST(OidcSession, RegistryKeepsOneSessionPerAccount)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    NetworkAccess net;
    StaticCredentials credentials(tokens.username, tokens.password);
    OidcSessionRegistry registry(&net, &credentials, nullptr, 2);
    auto a = registry.session(configFor(tokens, QStringLiteral("alice")));
    EXPECT_EQ(registry.session(configFor(tokens, QStringLiteral("alice"))), a);
    auto b = registry.session(configFor(tokens, QStringLiteral("bob")));
    EXPECT_NE(a, b);
    EXPECT_EQ(registry.size(), 2);
    b.reset();                                      // nobody holds bob's session any more
    auto c = registry.session(configFor(tokens, QStringLiteral("carol")));
    EXPECT_EQ(registry.size(), 2) << "the bound evicts the unused session";
    EXPECT_EQ(registry.session(configFor(tokens, QStringLiteral("alice"))), a);
}

TEST(OidcSession, OneTimeCodeGoesWithThePasswordGrant)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    tokens.requiredTotp = QStringLiteral("123456");
    NetworkAccess net;
    StaticCredentials credentials(tokens.username, tokens.password);
    OidcSession withoutCode(&net, &credentials, configFor(tokens));
    const auto refused = authorizeOnce(withoutCode);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().errorClass, ErrorClass::Auth);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Invalid authenticator code")))
        << refused.error().message.toStdString();

    OidcSession withCode(&net, &credentials, configFor(tokens));
    withCode.setOneTimeCode(QStringLiteral("123456"));
    const auto header = authorizeOnce(withCode);
    ASSERT_TRUE(header.ok()) << header.error().toString().toStdString();
    EXPECT_TRUE(header->second.startsWith("Bearer access-"));
}

TEST(OidcSession, WrongPasswordIsAnAuthErrorWithTheServiceMessage)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    NetworkAccess net;
    StaticCredentials credentials(tokens.username, QStringLiteral("wrong"));
    OidcSession session(&net, &credentials, configFor(tokens));
    const auto result = authorizeOnce(session);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().errorClass, ErrorClass::Auth);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("Invalid user credentials")));
    EXPECT_FALSE(result.error().message.contains(QStringLiteral("wrong"))) << "the password leaked into the message";
}

TEST(OidcSession, EndLogsOutWithTheRefreshToken)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    NetworkAccess net;
    StaticCredentials credentials(tokens.username, tokens.password);
    OidcSession session(&net, &credentials, configFor(tokens));
    ASSERT_TRUE(authorizeOnce(session).ok());
    bool done = false;
    QObject context;
    session.end(&context, [&done] { done = true; });
    for (int i = 0; i < 200 && !done; ++i)
        QTest::qWait(25);
    ASSERT_TRUE(done);
    ASSERT_EQ(tokens.logouts.size(), 1);
    EXPECT_EQ(tokens.logouts.first().queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
    EXPECT_EQ(tokens.logouts.first().queryItemValue(QStringLiteral("client_id")), QStringLiteral("test-client"));
    EXPECT_FALSE(session.hasSession());
    // After logout the next authorize logs in afresh.
    ASSERT_TRUE(authorizeOnce(session).ok());
    EXPECT_EQ(tokens.passwordGrants, 2);
}

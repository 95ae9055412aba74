#include "core/auth/AuthSession.h"
#include "core/net/NetworkAccess.h"
#include "tests/net/StaticTokenSession.h"
#include "tests/support/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

HttpResponse run(NetworkAccess &net, const HttpRequest &request)
{
    auto *job = net.send(request);
    QSignalSpy spy(job, &HttpJob::finished);
    EXPECT_TRUE(spy.wait(20000));
    return spy.isEmpty() ? HttpResponse{} : spy.first().first().value<HttpResponse>();
}

NetworkAccess::Policy fastPolicy()
{
    NetworkAccess::Policy p;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 50;
    return p;
}

} // namespace

TEST(HttpJob, UserAgentAndBody)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/hello"), CannedResponse::json(R"({"ok":true})"));
    NetworkAccess net;
    HttpRequest req;
    req.url = server.url(QStringLiteral("/hello"));
    const auto response = run(net, req);
    EXPECT_TRUE(response.ok());
    EXPECT_EQ(response.body, QByteArray(R"({"ok":true})"));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.requests().first().header("User-Agent").startsWith("EO-Collector/"));
}

TEST(HttpJob, CrossHostRedirectDropsAuthorization)
{
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(second.isListening()) << "127.0.0.2 must be reachable on loopback";
    second.route(QStringLiteral("/file"), CannedResponse::text("payload"));
    first.route(QStringLiteral("/start"),
                CannedResponse::redirect(second.url(QStringLiteral("/file")).toEncoded()));

    NetworkAccess net;
    auto session = std::make_shared<StaticTokenSession>();
    HttpRequest req;
    req.url = first.url(QStringLiteral("/start"));
    req.auth = session;
    req.headers.append({QByteArray("X-Auth-Token"), QByteArray("secret-key")});
    const auto response = run(net, req);
    ASSERT_TRUE(response.ok()) << response.error.message.toStdString();
    EXPECT_EQ(response.body, QByteArray("payload"));
    ASSERT_EQ(first.requestCount(), 1);
    ASSERT_EQ(second.requestCount(), 1);
    EXPECT_EQ(first.requests().first().header("Authorization"), QByteArray("Bearer first"));
    EXPECT_EQ(first.requests().first().header("X-Auth-Token"), QByteArray("secret-key"));
    EXPECT_TRUE(second.requests().first().header("Authorization").isEmpty());
    EXPECT_TRUE(second.requests().first().header("X-Auth-Token").isEmpty());
}

TEST(HttpJob, TrustedSecondHostReceivesAuthorization)
{
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    second.route(QStringLiteral("/file"), CannedResponse::text("payload"));
    first.route(QStringLiteral("/start"),
                CannedResponse::redirect(second.url(QStringLiteral("/file")).toEncoded()));
    NetworkAccess net;
    HttpRequest req;
    req.url = first.url(QStringLiteral("/start"));
    req.auth = std::make_shared<StaticTokenSession>();
    req.trustedHosts = {QStringLiteral("127.0.0.2")};
    const auto response = run(net, req);
    ASSERT_TRUE(response.ok());
    // Only the listed host is trusted, not the catalogue that redirected.
    EXPECT_TRUE(first.requests().first().header("Authorization").isEmpty());
    EXPECT_EQ(second.requests().first().header("Authorization"), QByteArray("Bearer first"));
}

TEST(HttpJob, RedirectLoopStopsAfterTenHops)
{
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &) {
        return CannedResponse::redirect(server.url(QStringLiteral("/again")).toEncoded());
    });
    NetworkAccess net;
    HttpRequest req;
    req.url = server.url(QStringLiteral("/loop"));
    const auto response = run(net, req);
    EXPECT_EQ(response.error.errorClass, ErrorClass::Protocol);
    EXPECT_EQ(server.requestCount(), 11);
}

TEST(HttpJob, RetryAfterIsHonouredOn429)
{
    LocalHttpServer server;
    int calls = 0;
    server.setHandler([&calls](const RecordedRequest &) {
        if (++calls == 1)
            return CannedResponse::text("slow down", 429).withHeader("Retry-After", "1");
        return CannedResponse::text("ok");
    });
    NetworkAccess net;
    net.setPolicy(fastPolicy());
    HttpRequest req;
    req.url = server.url(QStringLiteral("/x"));
    QElapsedTimer timer;
    timer.start();
    const auto response = run(net, req);
    EXPECT_TRUE(response.ok());
    EXPECT_EQ(calls, 2);
    EXPECT_GE(timer.elapsed(), 950);
}

TEST(HttpJob, ServerErrorsAreRetriedThenReported)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &) { return CannedResponse::text("boom", 502); });
    NetworkAccess net;
    net.setPolicy(fastPolicy());
    HttpRequest req;
    req.url = server.url(QStringLiteral("/x"));
    req.maxAttempts = 3;
    const auto response = run(net, req);
    EXPECT_EQ(response.error.errorClass, ErrorClass::Transient);
    EXPECT_EQ(response.status, 502);
    EXPECT_EQ(response.body, QByteArray("boom"));
    EXPECT_EQ(server.requestCount(), 3);
}

TEST(HttpJob, UnauthorizedRenewsCredentialsOnce)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &r) {
        if (r.header("Authorization") == "Bearer renewed")
            return CannedResponse::text("welcome");
        return CannedResponse::text("expired", 401);
    });
    NetworkAccess net;
    auto session = std::make_shared<StaticTokenSession>();
    HttpRequest req;
    req.url = server.url(QStringLiteral("/x"));
    req.auth = session;
    const auto response = run(net, req);
    EXPECT_TRUE(response.ok());
    EXPECT_EQ(session->invalidations, 1);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST(HttpJob, OtherClientErrorsAreFinal)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &) { return CannedResponse::json(R"({"detail":"bad"})", 400); });
    NetworkAccess net;
    HttpRequest req;
    req.url = server.url(QStringLiteral("/x"));
    const auto response = run(net, req);
    EXPECT_EQ(response.error.errorClass, ErrorClass::Permanent);
    EXPECT_EQ(server.requestCount(), 1);
}

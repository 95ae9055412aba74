// What HttpJob does with answers that are too big, too slow, cut short or never come, and with a
// login service that redirects a secret elsewhere.
#include "core/net/NetworkAccess.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TricklingHttpServer.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

HttpResponse run(NetworkAccess &net, const HttpRequest &request, int waitMs = 20000)
{
    auto *job = net.send(request);
    QSignalSpy spy(job, &HttpJob::finished);
    EXPECT_TRUE(spy.wait(waitMs)) << "the job did not finish";
    return spy.isEmpty() ? HttpResponse{} : spy.first().first().value<HttpResponse>();
}

NetworkAccess::Policy fastPolicy()
{
    NetworkAccess::Policy p;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 50;
    return p;
}

// Counts Qt warnings while alive ("QIODevice::read: device not open" and the like).
class WarningCounter
{
public:
    WarningCounter() { s_count = 0; s_previous = qInstallMessageHandler(&WarningCounter::handle); }
    ~WarningCounter() { qInstallMessageHandler(s_previous); }
    int count() const { return s_count; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (type >= QtWarningMsg)
            ++s_count;
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline int s_count = 0;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

TEST(HttpAnswerRules, SecretIsNotRedirectedToAnotherHost)
{
    LocalHttpServer tokenServer(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer elsewhere(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(elsewhere.isListening()) << "127.0.0.2 must be reachable on loopback";
    elsewhere.route(QStringLiteral("/token"), CannedResponse::json(R"({"access_token":"stolen"})"));
    for (int status : {307, 308}) {
        tokenServer.route(QStringLiteral("/token"),
                          CannedResponse::redirect(elsewhere.url(QStringLiteral("/token")).toEncoded(), status));
        NetworkAccess net;
        HttpRequest req;
        req.method = "POST";
        req.url = tokenServer.url(QStringLiteral("/token"));
        req.body = "grant_type=password&username=ann&password=hunter2";
        req.carriesSecret = true;
        const auto response = run(net, req);
        EXPECT_EQ(response.error.errorClass, ErrorClass::Permanent) << status;
        EXPECT_TRUE(response.error.message.contains(QStringLiteral("127.0.0.1")));
        EXPECT_TRUE(response.error.message.contains(QStringLiteral("127.0.0.2")));
        EXPECT_EQ(elsewhere.requestCount(), 0) << "the password went on to another host after " << status;
    }
}

TEST(HttpAnswerRules, SecretFollowsARedirectOnTheSameHost)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/old"), CannedResponse::redirect("/new", 308));
    server.route(QStringLiteral("/new"), CannedResponse::json(R"({"access_token":"t"})"));
    NetworkAccess net;
    HttpRequest req;
    req.method = "POST";
    req.url = server.url(QStringLiteral("/old"));
    req.body = "password=hunter2";
    req.carriesSecret = true;
    const auto response = run(net, req);
    ASSERT_TRUE(response.ok()) << response.error.message.toStdString();
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().at(1).body, QByteArray("password=hunter2"));
}

TEST(HttpAnswerRules, AnswerOverTheCapIsStopped)
{
    for (const Trickle &trickle : {Trickle::endlessChunked(), Trickle::endlessUntilClose()}) {
        TricklingHttpServer server(trickle);
        NetworkAccess net;
        auto policy = fastPolicy();
        policy.maxAnswerBytes = 4 * 1024 * 1024;
        net.setPolicy(policy);
        HttpRequest req;
        req.url = server.url(QStringLiteral("/search"));
        const auto response = run(net, req);
        EXPECT_EQ(response.error.errorClass, ErrorClass::Permanent);
        EXPECT_TRUE(response.error.message.contains(QStringLiteral("4194304"))) << response.error.message.toStdString();
        EXPECT_TRUE(response.error.message.contains(QStringLiteral("network.max_answer_bytes")));
        EXPECT_EQ(server.requestCount(), 1) << "a refused size is not asked for again";
    }
}

TEST(HttpAnswerRules, SlowAnswerIsCutByTheMinimumSpeed)
{
    // One byte every 50 ms is 20 B/s, below the 200 B/s asked for.
    TricklingHttpServer server(Trickle::slowBody(100000, 50));
    NetworkAccess net;
    auto policy = fastPolicy();
    policy.minSpeedBytesPerSecond = 200;
    policy.minSpeedTimeMs = 300;
    net.setPolicy(policy);
    HttpRequest req;
    req.url = server.url(QStringLiteral("/search"));
    req.maxAttempts = 2;
    WarningCounter warnings;
    const auto response = run(net, req, 10000);
    EXPECT_EQ(response.error.errorClass, ErrorClass::Transient);
    EXPECT_TRUE(response.error.message.contains(QStringLiteral("network.min_speed"))) << response.error.message.toStdString();
    EXPECT_EQ(server.requestCount(), 2) << "a slow answer is a transient failure and is retried";
    EXPECT_EQ(warnings.count(), 0);
}

TEST(HttpAnswerRules, SilentServerMeetsTheDeadline)
{
    TricklingHttpServer server(Trickle::silent());
    NetworkAccess net;
    auto policy = fastPolicy();
    policy.minSpeedBytesPerSecond = 0;
    policy.apiDeadlineMs = 400;
    net.setPolicy(policy);
    HttpRequest req;
    req.url = server.url(QStringLiteral("/search"));
    WarningCounter warnings;
    const auto response = run(net, req, 10000);
    EXPECT_EQ(response.error.errorClass, ErrorClass::Transient);
    EXPECT_TRUE(response.error.message.contains(QStringLiteral("network.api_deadline"))) << response.error.message.toStdString();
    EXPECT_EQ(warnings.count(), 0);
}

TEST(HttpAnswerRules, AnswerShorterThanItsLengthIsAnError)
{
    // The 7 bytes that arrive are valid JSON on their own; the 100 promised never come.
    LocalHttpServer server;
    CannedResponse cut;
    cut.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":1}";
    server.route(QStringLiteral("/search"), cut);
    NetworkAccess net;
    net.setPolicy(fastPolicy());
    HttpRequest req;
    req.url = server.url(QStringLiteral("/search"));
    req.maxAttempts = 2;
    const auto response = run(net, req);
    EXPECT_EQ(response.error.errorClass, ErrorClass::Transient);
    EXPECT_TRUE(response.error.message.contains(QStringLiteral("7 of 100 bytes"))) << response.error.message.toStdString();
    EXPECT_EQ(server.requestCount(), 2) << "a cut answer is retried";
}

TEST(HttpAnswerRules, ServiceMessageIsInTheError)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/search"),
                 CannedResponse::json(R"({"detail":"datetime must be an RFC 3339 interval"})", 400));
    NetworkAccess net;
    HttpRequest req;
    req.url = server.url(QStringLiteral("/search"));
    const auto response = run(net, req);
    EXPECT_EQ(response.error.errorClass, ErrorClass::Permanent);
    EXPECT_EQ(response.error.httpStatus, 400);
    EXPECT_TRUE(response.error.message.contains(QStringLiteral("datetime must be an RFC 3339 interval")))
        << response.error.message.toStdString();
}

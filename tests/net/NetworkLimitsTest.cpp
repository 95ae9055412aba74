// Connection caps, rate limits, the global pool, cookies, proxy and TLS rules of NetworkAccess,
// against real local servers.
#include "core/net/NetworkAccess.h"
#include "core/net/SharedLimits.h"
#include "tests/support/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <vector>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

NetworkAccess::Policy fastPolicy()
{
    NetworkAccess::Policy p;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 40;
    return p;
}

// Sends all requests at once and waits for every answer.
QList<HttpResponse> runAll(NetworkAccess &net, const QList<HttpRequest> &requests)
{
    QList<HttpResponse> responses;
    int pending = int(requests.size());
    QObject context;
    for (const auto &request : requests) {
        auto *job = net.send(request);
        QObject::connect(job, &HttpJob::finished, &context, [&](const HttpResponse &r) {
            responses.append(r);
            --pending;
        });
    }
    QElapsedTimer timer;
    timer.start();
    while (pending > 0 && timer.elapsed() < 20000)
        QTest::qWait(10);
    EXPECT_EQ(pending, 0) << "requests did not finish";
    return responses;
}

HttpRequest get(const QUrl &url, const QString &key = {})
{
    HttpRequest request;
    request.url = url;
    request.limitKey = key;
    return request;
}

LocalHttpServer::Handler slowAnswer(int delayMs)
{
    return [delayMs](const RecordedRequest &) {
        CannedResponse response = CannedResponse::text("ok");
        response.delayMs = delayMs;
        return response;
    };
}

} // namespace

TEST(NetworkLimits, WithoutACapQtOpensSeveralConnections)
{
    // The control for the cap tests below: the limit must come from the slots, not from Qt.
    LocalHttpServer server;
    server.setHandler(slowAnswer(150));
    NetworkAccess net;
    QList<HttpRequest> requests;
    for (int i = 0; i < 6; ++i)
        requests.append(get(server.url(QStringLiteral("/r%1").arg(i)), QStringLiteral("prov")));
    runAll(net, requests);
    EXPECT_GT(server.maxConcurrentConnections(), 2);
}

TEST(NetworkLimits, PerKeyConnectionCapIsRespected)
{
    LocalHttpServer server;
    server.setHandler(slowAnswer(150));
    NetworkAccess net;
    net.setLimits(QStringLiteral("prov"), {2, 0});
    QList<HttpRequest> requests;
    for (int i = 0; i < 6; ++i)
        requests.append(get(server.url(QStringLiteral("/r%1").arg(i)), QStringLiteral("prov")));
    const auto responses = runAll(net, requests);
    ASSERT_EQ(responses.size(), 6);
    for (const auto &r : responses)
        EXPECT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_LE(server.maxConcurrentConnections(), 2);
    EXPECT_EQ(server.requestCount(), 6);
    EXPECT_EQ(net.limiter()->inFlightTotal(), 0);
}

TEST(NetworkLimits, GlobalCapSpansKeys)
{
    LocalHttpServer server;
    server.setHandler(slowAnswer(150));
    NetworkAccess net;
    net.setGlobalConnectionCap(3);
    QList<HttpRequest> requests;
    for (int i = 0; i < 8; ++i)
        requests.append(get(server.url(QStringLiteral("/r%1").arg(i)), i % 2 ? QStringLiteral("a") : QStringLiteral("b")));
    const auto responses = runAll(net, requests);
    ASSERT_EQ(responses.size(), 8);
    EXPECT_LE(server.maxConcurrentConnections(), 3);
}

TEST(NetworkLimits, AFullKeyDoesNotHoldUpOtherKeys)
{
    LocalHttpServer slow;
    slow.setHandler(slowAnswer(700));
    LocalHttpServer fast;
    fast.route(QStringLiteral("/x"), CannedResponse::text("fast"));
    NetworkAccess net;
    net.setLimits(QStringLiteral("slow"), {1, 0});

    auto *first = net.send(get(slow.url(QStringLiteral("/1")), QStringLiteral("slow")));
    auto *second = net.send(get(slow.url(QStringLiteral("/2")), QStringLiteral("slow")));
    QSignalSpy firstDone(first, &HttpJob::finished);
    QSignalSpy secondDone(second, &HttpJob::finished);
    QElapsedTimer timer;
    timer.start();
    auto *other = net.send(get(fast.url(QStringLiteral("/x")), QStringLiteral("other")));
    QSignalSpy otherDone(other, &HttpJob::finished);
    ASSERT_TRUE(otherDone.wait(5000));
    EXPECT_LT(timer.elapsed(), 500) << "the other key waited behind the full one";
    EXPECT_TRUE(firstDone.isEmpty());
    EXPECT_EQ(net.limiter()->waiting(), 1);
    ASSERT_TRUE(secondDone.wait(10000));
    EXPECT_EQ(firstDone.size(), 1);
    EXPECT_LE(slow.maxConcurrentConnections(), 1);
}

TEST(NetworkLimits, RequestRateIsLimited)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/x"), CannedResponse::text("ok"));
    NetworkAccess net;
    net.setLimits(QStringLiteral("prov"), {0, 5.0});
    const int n = 6;
    QList<HttpRequest> requests;
    for (int i = 0; i < n; ++i)
        requests.append(get(server.url(QStringLiteral("/x")), QStringLiteral("prov")));
    QElapsedTimer timer;
    timer.start();
    const auto responses = runAll(net, requests);
    ASSERT_EQ(responses.size(), n);
    EXPECT_GE(timer.elapsed(), (n - 1) * 1000 / 5);

    // Setting the same limits again (providers do before each job) does not refill the bucket.
    net.setLimits(QStringLiteral("prov"), {0, 5.0});
    timer.restart();
    runAll(net, {get(server.url(QStringLiteral("/x")), QStringLiteral("prov"))});
    EXPECT_GE(timer.elapsed(), 150) << "the bucket was full again";

    // Another key is not slowed down by it.
    timer.restart();
    runAll(net, {get(server.url(QStringLiteral("/x")), QStringLiteral("free")),
                 get(server.url(QStringLiteral("/x")), QStringLiteral("free")),
                 get(server.url(QStringLiteral("/x")), QStringLiteral("free"))});
    EXPECT_LT(timer.elapsed(), 350);   // at 5/s three requests would need 400 ms
}

namespace {

// A bucket other processes draw on too: it has a token at each of `grantsAtMs` (since the test
// began) and none in between; `unreadable` stands for a store that cannot be read.
class ScriptedSharedLimits final : public SharedLimits
{
public:
    QList<qint64> grantsAtMs;
    bool unreadable = false;
    QStringList keysAsked;
    QElapsedTimer clock;

    qint64 takeRequestToken(const QString &key, double, int) override
    {
        keysAsked << key;
        if (unreadable)
            return -1;
        const qint64 now = clock.elapsed();
        if (grantsAtMs.isEmpty() || grantsAtMs.first() <= now) {
            if (!grantsAtMs.isEmpty())
                grantsAtMs.removeFirst();
            return 0;
        }
        return grantsAtMs.first() - now;
    }
    int holdSession(const QString &, int, int) override { return 1; }
    void renewSession(const QString &, int, int) override {}
    void endSession(const QString &, int) override {}
};

} // namespace

// A worker of a shared queue takes its request tokens from the bucket it shares with the other
// workers: it waits as long as that bucket says, even when its own would let it go, and keeps to
// its own bucket when the shared one cannot be read.
TEST(NetworkLimits, ARateSharedWithOtherProcessesWaitsForTheSharedBucket)
{
    LocalHttpServer server;
    server.route(QStringLiteral("/x"), CannedResponse::text("ok"));
    NetworkAccess net;
    net.setLimits(QStringLiteral("prov"), {0, 1000.0, 10});    // alone, nothing would wait
    ScriptedSharedLimits shared;
    shared.grantsAtMs = {0, 600};    // the other workers left the next token for 600 ms from now
    shared.clock.start();
    net.setSharedLimits(&shared);
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(runAll(net, {get(server.url(QStringLiteral("/x")), QStringLiteral("prov")),
                           get(server.url(QStringLiteral("/x")), QStringLiteral("prov"))}).size(), 2);
    EXPECT_GE(timer.elapsed(), 600) << "the second request did not wait for the shared bucket";
    EXPECT_TRUE(shared.grantsAtMs.isEmpty());
    const qsizetype asked = shared.keysAsked.size();
    EXPECT_EQ(shared.keysAsked, QStringList(asked, QStringLiteral("prov")));

    // A key without a rate never asks the store.
    runAll(net, {get(server.url(QStringLiteral("/x")), QStringLiteral("free"))});
    EXPECT_EQ(shared.keysAsked.size(), asked);

    // The store cannot be read: the process's own rate (5 a second) still holds.
    net.setLimits(QStringLiteral("prov"), {0, 5.0});
    shared.unreadable = true;
    timer.restart();
    runAll(net, {get(server.url(QStringLiteral("/x")), QStringLiteral("prov")), get(server.url(QStringLiteral("/x")), QStringLiteral("prov")),
                 get(server.url(QStringLiteral("/x")), QStringLiteral("prov"))});
    EXPECT_GE(timer.elapsed(), 2 * 1000 / 5);
    net.setSharedLimits(nullptr);
}

TEST(NetworkLimits, SlotsAreReturnedWhenReleasedOrDestroyed)
{
    ConnectionLimiter limiter;
    limiter.setLimits(QStringLiteral("k"), {1, 0});
    QObject context;
    std::vector<ConnectionSlot> held;
    int grants = 0;
    for (int i = 0; i < 3; ++i) {
        limiter.acquire(QStringLiteral("k"), &context, [&](ConnectionSlot slot) {
            ++grants;
            held.push_back(std::move(slot));
        });
    }
    QTest::qWait(20);
    EXPECT_EQ(grants, 1);
    EXPECT_EQ(limiter.inFlight(QStringLiteral("k")), 1);
    held.front().release();
    QTest::qWait(20);
    EXPECT_EQ(grants, 2);
    held.clear();   // destroying a slot returns it too
    QTest::qWait(20);
    EXPECT_EQ(grants, 3);
    held.clear();
    EXPECT_EQ(limiter.inFlightTotal(), 0);

    // A waiter whose context is gone, or that withdrew, is skipped.
    ConnectionSlot blocker;
    limiter.acquire(QStringLiteral("k"), &context, [&](ConnectionSlot slot) { blocker = std::move(slot); });
    QTest::qWait(20);
    ASSERT_TRUE(blocker.isHeld());
    bool called = false;
    auto *gone = new QObject;
    limiter.acquire(QStringLiteral("k"), gone, [&](ConnectionSlot) { called = true; });
    const quint64 ticket = limiter.acquire(QStringLiteral("k"), &context, [&](ConnectionSlot) { called = true; });
    delete gone;
    limiter.withdraw(ticket);
    blocker.release();
    QTest::qWait(20);
    EXPECT_FALSE(called);
    EXPECT_EQ(limiter.inFlightTotal(), 0);
}

TEST(NetworkCookies, CookiesOnlyGoToTrustedHosts)
{
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(second.isListening());
    second.route(QStringLiteral("/file"), CannedResponse::text("payload").withHeader("Set-Cookie", "tracker=2; Path=/"));
    first.route(QStringLiteral("/start"), CannedResponse::redirect(second.url(QStringLiteral("/file")).toEncoded()));

    NetworkAccess net;
    // The jar already holds a session cookie for the second host.
    net.manager()->cookieJar()->setCookiesFromUrl({QNetworkCookie("session", "s3cret")}, second.url(QStringLiteral("/")));

    HttpRequest request = get(first.url(QStringLiteral("/start")));
    request.trustedHosts = {QStringLiteral("127.0.0.1")};
    auto responses = runAll(net, {request});
    ASSERT_EQ(responses.size(), 1);
    ASSERT_TRUE(responses.first().ok());
    ASSERT_EQ(second.requestCount(), 1);
    EXPECT_TRUE(second.requests().first().header("Cookie").isEmpty()) << "cookie sent to an untrusted host";
    // Nor is an untrusted host's Set-Cookie kept.
    const auto stored = net.manager()->cookieJar()->cookiesForUrl(second.url(QStringLiteral("/")));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().name(), QByteArray("session"));

    request.trustedHosts = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
    responses = runAll(net, {request});
    ASSERT_EQ(second.requestCount(), 2);
    EXPECT_EQ(second.requests().at(1).header("Cookie"), QByteArray("session=s3cret"));
    EXPECT_EQ(net.manager()->cookieJar()->cookiesForUrl(second.url(QStringLiteral("/"))).size(), 2);
}

TEST(NetworkProxy, ExplicitProxyIsUsedAndBadValuesAreRefused)
{
    LocalHttpServer proxy(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(proxy.isListening());
    proxy.setHandler([](const RecordedRequest &) { return CannedResponse::text("via proxy"); });
    LocalHttpServer origin;
    origin.route(QStringLiteral("/x"), CannedResponse::text("direct"));

    NetworkAccess net;
    EXPECT_FALSE(net.setProxy(QStringLiteral("http://127.0.0.2:%1").arg(proxy.port())).isError());
    auto responses = runAll(net, {get(origin.url(QStringLiteral("/x")))});
    ASSERT_EQ(responses.size(), 1);
    EXPECT_EQ(responses.first().body, QByteArray("via proxy"));
    ASSERT_EQ(proxy.requestCount(), 1);
    // A proxy sees the absolute URL.
    EXPECT_EQ(proxy.requests().first().target, origin.url(QStringLiteral("/x")).toEncoded());
    EXPECT_EQ(origin.requestCount(), 0);

    EXPECT_FALSE(net.setProxy(QStringLiteral("none")).isError());
    responses = runAll(net, {get(origin.url(QStringLiteral("/x")))});
    EXPECT_EQ(responses.first().body, QByteArray("direct"));

    for (const auto &bad : {QStringLiteral("proxy.example"), QStringLiteral("ftp://h:21"),
                            QStringLiteral("http://:8080"), QStringLiteral("http://h")}) {
        const Error error = net.setProxy(bad);
        EXPECT_EQ(error.errorClass, ErrorClass::BadInput) << bad.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("network.proxy")));
    }
    const Error secret = net.setProxy(QStringLiteral("http://me:hunter2@127.0.0.2:3128"));
    EXPECT_EQ(secret.errorClass, ErrorClass::BadInput);
    EXPECT_FALSE(secret.message.contains(QStringLiteral("hunter2"))) << "the error must not repeat the secret";
    // The last good value stays.
    responses = runAll(net, {get(origin.url(QStringLiteral("/x")))});
    EXPECT_EQ(responses.first().body, QByteArray("direct"));
    EXPECT_FALSE(net.setProxy(QStringLiteral("system")).isError());
}

TEST(NetworkTls, HandshakeFailureIsFinalAndNotRetried)
{
    // Something that is not TLS on the other end: the handshake fails, and that is never retried
    // or ignored.
    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost));
    int connections = 0;
    QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            ++connections;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            socket->flush();
        }
    });
    NetworkAccess net;
    net.setPolicy(fastPolicy());
    HttpRequest request = get(QUrl(QStringLiteral("https://127.0.0.1:%1/x").arg(plain.serverPort())));
    request.maxAttempts = 4;
    const auto responses = runAll(net, {request});
    ASSERT_EQ(responses.size(), 1);
    EXPECT_EQ(responses.first().error.errorClass, ErrorClass::Permanent) << responses.first().error.message.toStdString();
    EXPECT_EQ(connections, 1);
}

// How a transfer reacts to the server's status codes, redirects and headers.
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/net/StaticTokenSession.h"
#include "tests/support/LocalHttpServer.h"

#include <QUrlQuery>

#include <QElapsedTimer>

using namespace eoc;
using namespace eoc::test;

namespace {

class TransferAnswers : public TransferTest
{
};

} // namespace

TEST_F(TransferAnswers, TooManyRequestsWaitsForRetryAfter)
{
    const QByteArray data = patternBytes(10000);
    int calls = 0;
    m_server.setHandler([&](const RecordedRequest &r) {
        if (calls++ == 0)
            return CannedResponse::text("slow down", 429).withHeader("Retry-After", "1");
        return LocalHttpServer::serveBytes(r, data);
    });
    QElapsedTimer timer;
    timer.start();
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/f"))));
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_GE(timer.elapsed(), 1000);
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(readFile(partPath()), data);
}

TEST_F(TransferAnswers, ServiceUnavailableWithoutRetryAfterIsRetried)
{
    const QByteArray data = patternBytes(10000);
    int calls = 0;
    m_server.setHandler([&](const RecordedRequest &r) {
        if (calls++ == 0)
            return CannedResponse::text("maintenance", 503);
        return LocalHttpServer::serveBytes(r, data);
    });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/f"))));
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(readFile(partPath()), data);
}

TEST_F(TransferAnswers, ServerErrorsThenSuccess)
{
    const QByteArray data = patternBytes(10000);
    const QList<int> failures = {500, 502, 504};
    int calls = 0;
    m_server.setHandler([&](const RecordedRequest &r) {
        if (calls < failures.size())
            return CannedResponse::text("boom", failures.at(calls++));
        ++calls;
        return LocalHttpServer::serveBytes(r, data);
    });
    Transfer transfer(&m_network, specFor(m_server.url(QStringLiteral("/f"))));
    QSignalSpy retrying(&transfer, &Transfer::retrying);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    ASSERT_TRUE(finished.wait(20000));
    const auto outcome = finished.first().first().value<TransferOutcome>();
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(calls, 4);
    EXPECT_EQ(retrying.size(), 3);
    EXPECT_EQ(readFile(partPath()), data);
}

TEST_F(TransferAnswers, PersistentServerErrorGivesUpAfterMaxAttempts)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::text("boom", 500); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.maxAttempts = 3;
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Transient);
    EXPECT_EQ(outcome.error.httpStatus, 500);
    EXPECT_EQ(m_server.requestCount(), 3);
}

TEST_F(TransferAnswers, NotFoundAndGoneAreFinal)
{
    for (const int status : {404, 410}) {
        LocalHttpServer server;
        server.setHandler([status](const RecordedRequest &) { return CannedResponse::text("no", status); });
        const auto outcome = runTransfer(m_network, specFor(server.url(QStringLiteral("/f"))));
        EXPECT_EQ(outcome.error.errorClass, ErrorClass::NotFound) << status;
        EXPECT_EQ(server.requestCount(), 1) << status;
    }
}

TEST_F(TransferAnswers, OtherClientErrorsAreFinal)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::text("bad", 400); });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/f"))));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Permanent);
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(TransferAnswers, UnauthorizedRenewsCredentialsOnceThenFails)
{
    const QByteArray data = patternBytes(5000);
    m_server.setHandler([&](const RecordedRequest &r) {
        if (r.header("Authorization") == "Bearer renewed")
            return LocalHttpServer::serveBytes(r, data);
        return CannedResponse::text("expired", 401);
    });
    auto session = std::make_shared<StaticTokenSession>();
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.auth = session;
    auto outcome = runTransfer(m_network, spec);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(session->invalidations, 1);
    EXPECT_EQ(readFile(partPath()), data);

    // A server that keeps refusing: one renewal, then an Auth error.
    LocalHttpServer refusing;
    refusing.setHandler([](const RecordedRequest &) { return CannedResponse::text("no", 401); });
    auto second = std::make_shared<StaticTokenSession>();
    spec = specFor(refusing.url(QStringLiteral("/f")));
    spec.auth = second;
    outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth);
    EXPECT_EQ(second->invalidations, 1);
    EXPECT_EQ(refusing.requestCount(), 2);
}

TEST_F(TransferAnswers, ForbiddenIsAnAuthError)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::text("no", 403); });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/f"))));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth);
}

// The service's own words reach the error: a JSON `detail`, or short plain text. A refusal that
// speaks of a quota is a Quota error, whatever its status; an HTML page adds nothing.
TEST_F(TransferAnswers, ErrorAnswersCarryTheServicesMessage)
{
    m_server.setHandler([](const RecordedRequest &) {
        return CannedResponse::json("{\"detail\":\"Monthly transfer quota exceeded\"}", 403);
    });
    auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/f"))));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Quota);
    EXPECT_EQ(outcome.error.httpStatus, 403);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("HTTP 403")));
    EXPECT_TRUE(outcome.error.message.endsWith(QStringLiteral(": Monthly transfer quota exceeded")))
        << outcome.error.message.toStdString();

    LocalHttpServer capped;
    capped.setHandler([](const RecordedRequest &) {
        return CannedResponse::text("Max connections limit reached for this user", 429);
    });
    TransferSpec spec = specFor(capped.url(QStringLiteral("/f")));
    spec.maxAttempts = 1;
    outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::RateLimited);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("Max connections limit reached for this user")))
        << outcome.error.message.toStdString();

    LocalHttpServer html;
    html.setHandler([](const RecordedRequest &) {
        return CannedResponse::text("<html><body>quota</body></html>", 403, "text/html");
    });
    outcome = runTransfer(m_network, specFor(html.url(QStringLiteral("/f"))));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth);
    EXPECT_FALSE(outcome.error.message.contains(QStringLiteral("html")));
}

TEST_F(TransferAnswers, CrossHostRedirectDropsCredentials)
{
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(second.isListening()) << "127.0.0.2 must be reachable on loopback";
    const QByteArray data = patternBytes(30000);
    second.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    first.route(QStringLiteral("/start"), CannedResponse::redirect(second.url(QStringLiteral("/file")).toEncoded()));

    TransferSpec spec = specFor(first.url(QStringLiteral("/start")));
    spec.auth = std::make_shared<StaticTokenSession>();
    spec.headers.append({QByteArray("X-Auth-Token"), QByteArray("secret-key")});
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(partPath()), data);
    EXPECT_EQ(outcome.finalUrl, second.url(QStringLiteral("/file")));
    ASSERT_EQ(first.requestCount(), 1);
    ASSERT_EQ(second.requestCount(), 1);
    EXPECT_EQ(first.requests().first().header("Authorization"), QByteArray("Bearer first"));
    EXPECT_EQ(first.requests().first().header("X-Auth-Token"), QByteArray("secret-key"));
    EXPECT_TRUE(second.requests().first().header("Authorization").isEmpty());
    EXPECT_TRUE(second.requests().first().header("X-Auth-Token").isEmpty());
}

TEST_F(TransferAnswers, SecretQueryItemsGoToTrustedHostsOnlyAndNeverIntoTheOutcome)
{
    // INPE's ?email= and the Brazil Data Cube's ?access_token=: added to the request sent to a
    // trusted host, not after a redirect to another one, and never part of the URLs reported back.
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(second.isListening()) << "127.0.0.2 must be reachable on loopback";
    const QByteArray data = patternBytes(30000);
    second.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    first.route(QStringLiteral("/start"), CannedResponse::redirect(second.url(QStringLiteral("/file?sig=abc")).toEncoded()));

    TransferSpec spec = specFor(first.url(QStringLiteral("/start?band=4")));
    spec.trustedHosts = {QStringLiteral("127.0.0.1")};
    spec.secretQueryItems = {{QStringLiteral("email"), QStringLiteral("someone+x@example.org")}};
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(partPath()), data);
    ASSERT_EQ(first.requestCount(), 1);
    const QUrlQuery sent(first.requests().first().url());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded), QStringLiteral("someone+x@example.org"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("band")), QStringLiteral("4"));
    ASSERT_EQ(second.requestCount(), 1);
    EXPECT_FALSE(QUrlQuery(second.requests().first().url()).hasQueryItem(QStringLiteral("email")));
    EXPECT_FALSE(outcome.finalUrl.toString().contains(QStringLiteral("example.org")));
}

TEST_F(TransferAnswers, TrustedRedirectTargetReceivesCredentials)
{
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(second.isListening());
    const QByteArray data = patternBytes(30000);
    second.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    first.route(QStringLiteral("/start"), CannedResponse::redirect(second.url(QStringLiteral("/file")).toEncoded()));

    TransferSpec spec = specFor(first.url(QStringLiteral("/start")));
    spec.auth = std::make_shared<StaticTokenSession>();
    spec.trustedHosts = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(first.requests().first().header("Authorization"), QByteArray("Bearer first"));
    EXPECT_EQ(second.requests().first().header("Authorization"), QByteArray("Bearer first"));
}

TEST_F(TransferAnswers, CutAfterRedirectResumesThroughTheOriginalUrl)
{
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    const QByteArray data = patternBytes(100000);
    second.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        if (r.header("Range").isEmpty())
            response.cutAfterBytes = 40000;
        return response;
    });
    first.route(QStringLiteral("/start"), CannedResponse::redirect(second.url(QStringLiteral("/file")).toEncoded()));
    const auto outcome = runTransfer(m_network, specFor(first.url(QStringLiteral("/start"))));
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
    // The retry goes through the original URL again (signed redirect targets expire).
    EXPECT_GE(first.requestCount(), 2);
    EXPECT_EQ(second.requests().constLast().header("Range"), QByteArray("bytes=40000-"));
}

TEST_F(TransferAnswers, RedirectLoopAndDowngradeAreRefused)
{
    m_server.setHandler([this](const RecordedRequest &) {
        return CannedResponse::redirect(m_server.url(QStringLiteral("/again")).toEncoded());
    });
    auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/loop"))));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Protocol);
    EXPECT_EQ(m_server.requestCount(), 11);

    LocalHttpServer other;
    other.route(QStringLiteral("/f"), CannedResponse::redirect("file:///etc/passwd"));
    outcome = runTransfer(m_network, specFor(other.url(QStringLiteral("/f"))));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Permanent);
}

TEST_F(TransferAnswers, ServerFileNameIsPassedThroughRaw)
{
    const QByteArray data = patternBytes(1000);
    m_server.setHandler([&](const RecordedRequest &r) {
        return LocalHttpServer::serveBytes(r, data).withHeader(
            "Content-Disposition", "attachment; filename=\"fallback.zip\"; filename*=UTF-8''..%2F..%2Fsc%C3%A8ne.zip");
    });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/f"))));
    ASSERT_FALSE(outcome.error.isError());
    EXPECT_EQ(outcome.serverFileName, QString::fromUtf8("../../sc\xC3\xA8ne.zip"));
}

TEST_F(TransferAnswers, UnwritablePartPathIsALocalDiskError)
{
    m_server.setHandler([](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, "x"); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.partPath = m_dir.filePath(QStringLiteral("missing-folder/file.part"));
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::LocalDisk);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("missing-folder")));
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(TransferAnswers, ExpectedSizeIsCheckedWhenTheServerGivesNoLength)
{
    CannedResponse response = CannedResponse::text(patternBytes(1000), 200, "application/octet-stream");
    response.noContentLength = true;
    m_server.route(QStringLiteral("/f"), response);
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.expectedSize = 2000;
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Integrity);
    EXPECT_EQ(outcome.bytesOnDisk, 1000);
}

TEST_F(TransferAnswers, CancelWhileWaitingForASlotOrARetry)
{
    m_network.setLimits(QStringLiteral("prov"), {1, 0});
    ConnectionSlot taken;
    m_network.limiter()->acquire(QStringLiteral("prov"), &m_network, [&](ConnectionSlot slot) { taken = std::move(slot); });
    QTest::qWait(20);
    ASSERT_TRUE(taken.isHeld());

    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.limitKey = QStringLiteral("prov");
    Transfer waiting(&m_network, spec);
    QSignalSpy finished(&waiting, &Transfer::finished);
    waiting.start();
    QTest::qWait(50);
    EXPECT_EQ(m_network.limiter()->waiting(), 1);
    waiting.cancel();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().first().value<TransferOutcome>().error.errorClass, ErrorClass::Cancelled);
    EXPECT_EQ(m_network.limiter()->waiting(), 0);
    taken.release();

    // During a long Retry-After wait.
    m_server.setHandler([](const RecordedRequest &) {
        return CannedResponse::text("later", 429).withHeader("Retry-After", "30");
    });
    Transfer retrying(&m_network, specFor(m_server.url(QStringLiteral("/f"))));
    QSignalSpy retried(&retrying, &Transfer::retrying);
    QSignalSpy done(&retrying, &Transfer::finished);
    retrying.start();
    ASSERT_TRUE(retried.wait(5000));
    EXPECT_EQ(retried.first().at(1).toInt(), 30000);
    retrying.cancel();
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.first().first().value<TransferOutcome>().error.errorClass, ErrorClass::Cancelled);
    EXPECT_EQ(m_network.limiter()->inFlightTotal(), 0);
}

TEST_F(TransferAnswers, CutsThatAddBytesDoNotUseUpAttempts)
{
    // Ten cuts, each after a little more data: a long file on a bad line still arrives, although
    // maxAttempts is 3, because every attempt made progress.
    const QByteArray data = patternBytes(110000);
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.cutAfterBytes = 10000;
        return response;
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.maxAttempts = 3;
    const auto outcome = runTransfer(m_network, spec);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
    EXPECT_GE(outcome.resumes, 10);
    EXPECT_EQ(outcome.restartsFromZero, 0);
}

TEST_F(TransferAnswers, MissingPartPathIsBadInput)
{
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.partPath.clear();
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::BadInput);
    EXPECT_EQ(m_server.requestCount(), 0);
}

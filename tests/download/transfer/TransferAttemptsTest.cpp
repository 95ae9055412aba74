// A transfer gives up after a bounded number of attempts when no attempt brings bytes it never
// had before, whatever the server does with Range.
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/support/LocalHttpServer.h"

using namespace eoc;
using namespace eoc::test;

namespace {

class TransferAttempts : public TransferTest
{
};

} // namespace

TEST_F(TransferAttempts, ServerIgnoringRangeThatCutsEveryAnswerIsGivenUp)
{
    // Every answer is the whole file from byte 0 (200, no Range), cut at the same place: each
    // attempt restarts from zero and gets no further than the last.
    const QByteArray data = patternBytes(100000);
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data, "\"v1\"", false);
        response.cutAfterBytes = 30000;
        return response;
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.maxAttempts = 5;
    const auto outcome = runTransfer(m_network, spec);
    // Five attempts, each at least one request. Qt sends a GET again by itself, once, when it went
    // out on a kept-alive connection the server had just closed (seen under AddressSanitizer's
    // slower timing), so the server may count a few more than the attempts, never unboundedly many.
    EXPECT_GE(m_server.requestCount(), 5);
    EXPECT_LE(m_server.requestCount(), 10);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Transient);
    EXPECT_TRUE(outcome.attemptsExhausted);
    EXPECT_EQ(outcome.failedAttempts, 5);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("after 5 attempts"))) << outcome.error.message.toStdString();
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("broke after"))) << outcome.error.message.toStdString();
    EXPECT_GE(outcome.restartsFromZero, 4);
}

TEST_F(TransferAttempts, ServerSendingLessThanItAnnouncesIsGivenUp)
{
    // Content-Length says the whole file, the body stops short, and Range is ignored.
    // Small enough that every cut answer reaches the client whole (the server's abort drops what
    // the socket has not sent), so no attempt gets further than the first.
    const QByteArray data = patternBytes(16000);
    m_server.setHandler([&](const RecordedRequest &) {
        CannedResponse response;
        response.headers = {{"Content-Type", "application/octet-stream"}, {"Content-Length", "16000"}};
        response.body = data;
        response.cutAfterBytes = 12000;
        return response;
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.maxAttempts = 4;
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(m_server.requestCount(), 4);
    EXPECT_TRUE(outcome.attemptsExhausted);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("after 4 attempts"))) << outcome.error.message.toStdString();
}

TEST_F(TransferAttempts, AttemptsOfEarlierTransfersOfTheFileCount)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::text("down", 503); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.maxAttempts = 6;
    spec.attemptsMade = 4;
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(m_server.requestCount(), 2);
    EXPECT_EQ(outcome.failedAttempts, 6);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("after 6 attempts"))) << outcome.error.message.toStdString();
}

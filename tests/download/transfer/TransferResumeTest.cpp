// Transfers against a real local HTTP server: streaming, cuts resumed with Range, restarts from
// zero, and answers that must not touch the partial download.
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/support/LocalHttpServer.h"

#include <QElapsedTimer>

using namespace eoc;
using namespace eoc::test;

namespace {

class TransferResume : public TransferTest
{
};

// The Range headers in the order the server saw them. Qt may silently send an idempotent request
// a second time when a connection drops, so an identical repeat is folded into one.
QList<QByteArray> rangeHeaders(const LocalHttpServer &server)
{
    QList<QByteArray> ranges;
    for (const auto &request : server.requests()) {
        const QByteArray range = request.header("Range");
        if (ranges.isEmpty() || ranges.constLast() != range)
            ranges.append(range);
    }
    return ranges;
}

} // namespace

TEST_F(TransferResume, StreamsTheWholeFileAndReportsValidators)
{
    const QByteArray data = patternBytes(300 * 1024);
    m_server.setHandler([&](const RecordedRequest &r) {
        return LocalHttpServer::serveBytes(r, data, "\"abc\"")
            .withHeader("Last-Modified", "Tue, 24 Nov 2026 07:00:00 GMT");
    });
    Transfer transfer(&m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));
    QSignalSpy validators(&transfer, &Transfer::validatorsKnown);
    QSignalSpy progress(&transfer, &Transfer::progress);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    ASSERT_TRUE(finished.wait(20000));
    const auto outcome = finished.first().first().value<TransferOutcome>();

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
    EXPECT_EQ(outcome.bytesOnDisk, data.size());
    EXPECT_EQ(outcome.totalSize.value_or(-1), data.size());
    EXPECT_EQ(outcome.etag, QByteArray("\"abc\""));
    EXPECT_EQ(outcome.lastModified, QByteArray("Tue, 24 Nov 2026 07:00:00 GMT"));
    EXPECT_EQ(outcome.resumes, 0);
    EXPECT_EQ(outcome.restartsFromZero, 0);

    ASSERT_EQ(validators.size(), 1);
    EXPECT_EQ(validators.first().at(0).toByteArray(), QByteArray("\"abc\""));
    EXPECT_EQ(validators.first().at(2).toLongLong(), data.size());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toLongLong(), data.size());
    EXPECT_EQ(progress.last().at(1).toLongLong(), data.size());
    // Byte ranges of a compressed body would not be byte ranges of the file.
    EXPECT_EQ(m_server.requests().first().header("Accept-Encoding"), QByteArray("identity"));
    EXPECT_TRUE(m_server.requests().first().header("Range").isEmpty());
}

TEST_F(TransferResume, RepeatedCutsAreResumedWithRangeNotRestarted)
{
    const QByteArray data = patternBytes(400 * 1024);
    // The answer depends on the request, not on a call count: offset 0 is cut after 50000 body
    // bytes, offset 50000 after 60000 more, offset 110000 after 70000 more.
    const QHash<qint64, qint64> cutAt = {{0, 50000}, {50000, 60000}, {110000, 70000}};
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.cutAfterBytes = cutAt.value(rangeStart(r), -1);
        return response;
    });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
    EXPECT_EQ(outcome.resumes, 3);
    EXPECT_EQ(outcome.restartsFromZero, 0);
    const QList<QByteArray> expected = {QByteArray(), QByteArray("bytes=50000-"), QByteArray("bytes=110000-"),
                                        QByteArray("bytes=180000-")};
    EXPECT_EQ(rangeHeaders(m_server), expected);
    for (const auto &request : m_server.requests()) {
        if (!request.header("Range").isEmpty()) {
            EXPECT_EQ(request.header("If-Range"), QByteArray("\"v1\""));
        }
    }
}

TEST_F(TransferResume, ResumesFromTheOffsetTheQueueRecorded)
{
    const QByteArray data = patternBytes(100 * 1024);
    writeFile(partPath(), data.left(30000) + QByteArray("garbage past the recorded offset"));
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data, "\"v7\""); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.resumeOffset = 30000;
    spec.etag = "\"v7\"";
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(m_server.requests().first().header("Range"), QByteArray("bytes=30000-"));
    EXPECT_EQ(m_server.requests().first().header("If-Range"), QByteArray("\"v7\""));
    EXPECT_EQ(outcome.restartsFromZero, 0);
}

TEST_F(TransferResume, LastModifiedIsTheValidatorWithoutAStrongEtag)
{
    const QByteArray data = patternBytes(20000);
    writeFile(partPath(), data.left(5000));
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data, "W/\"weak\""); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/f")));
    spec.resumeOffset = 5000;
    spec.etag = "W/\"weak\"";
    spec.lastModified = "Mon, 23 Nov 2026 10:00:00 GMT";
    const auto outcome = runTransfer(m_network, spec);
    // serveBytes only honours If-Range with its ETag, so the Last-Modified validator gets a 200.
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(m_server.requests().first().header("If-Range"), QByteArray("Mon, 23 Nov 2026 10:00:00 GMT"));
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
}

TEST_F(TransferResume, ServerIgnoringRangeMeansACleanRestart)
{
    const QByteArray data = patternBytes(200 * 1024);
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data, "\"v1\"", /*honourRange=*/false);
        if (r.header("Range").isEmpty())
            response.cutAfterBytes = 80000;
        return response;
    });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
    EXPECT_EQ(outcome.restartsFromZero, 1);
    EXPECT_EQ(rangeHeaders(m_server), (QList<QByteArray>{QByteArray(), QByteArray("bytes=80000-")}));
}

TEST_F(TransferResume, ChangedEtagMakesIfRangeRestartFromZero)
{
    const QByteArray oldData = patternBytes(150 * 1024, 1);
    const QByteArray newData = patternBytes(170 * 1024, 2);
    // The file changes once the first answer was cut: every later request sees the new one.
    bool changed = false;
    m_server.setHandler([&](const RecordedRequest &r) {
        if (!r.header("Range").isEmpty())
            changed = true;
        if (!changed) {
            auto response = LocalHttpServer::serveBytes(r, oldData, "\"old\"");
            response.cutAfterBytes = 60000;
            return response;
        }
        return LocalHttpServer::serveBytes(r, newData, "\"new\"");
    });
    Transfer transfer(&m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));
    QSignalSpy progress(&transfer, &Transfer::progress);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    ASSERT_TRUE(finished.wait(20000));
    const auto outcome = finished.first().first().value<TransferOutcome>();

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    // Progress falls back to zero when the old bytes are thrown away, then climbs to the new size.
    bool sawReset = false;
    for (const auto &args : progress)
        sawReset = sawReset || args.at(0).toLongLong() == 0;
    EXPECT_TRUE(sawReset);
    EXPECT_EQ(progress.constLast().at(0).toLongLong(), newData.size());
    EXPECT_EQ(rangeHeaders(m_server), (QList<QByteArray>{QByteArray(), QByteArray("bytes=60000-")}));
    EXPECT_EQ(m_server.requests().constLast().header("If-Range"), QByteArray("\"old\""));
    EXPECT_EQ(sha256(readFile(partPath())), sha256(newData));
    EXPECT_EQ(outcome.restartsFromZero, 1);
    EXPECT_EQ(outcome.etag, QByteArray("\"new\""));
    EXPECT_EQ(outcome.totalSize.value_or(-1), newData.size());
}

TEST_F(TransferResume, MismatchedContentRangeIsAnErrorAndLeavesThePartAlone)
{
    const QByteArray data = patternBytes(50000);
    writeFile(partPath(), data.left(1000));
    m_server.setHandler([&](const RecordedRequest &) {
        CannedResponse response;
        response.status = 206;
        response.body = data.mid(500);
        response.headers.append({QByteArray("Content-Range"), "bytes 500-49999/50000"});
        response.headers.append({QByteArray("ETag"), "\"v1\""});
        return response;
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.resumeOffset = 1000;
    spec.etag = "\"v1\"";
    const auto outcome = runTransfer(m_network, spec);

    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Protocol);
    EXPECT_EQ(outcome.error.httpStatus, 206);
    EXPECT_EQ(readFile(partPath()), data.left(1000));
    EXPECT_EQ(outcome.bytesOnDisk, 1000);
    EXPECT_EQ(m_server.requestCount(), 1) << "a protocol error is not retried";
}

TEST_F(TransferResume, ContentRangeTotalThatContradictsTheSizeIsAnError)
{
    const QByteArray data = patternBytes(60000);
    m_server.setHandler([&](const RecordedRequest &r) {
        if (r.header("Range").isEmpty()) {
            auto response = LocalHttpServer::serveBytes(r, data);
            response.cutAfterBytes = 20000;
            return response;
        }
        CannedResponse response;
        response.status = 206;
        response.body = data.mid(20000);
        response.headers.append({QByteArray("Content-Range"), "bytes 20000-59999/70000"});
        return response;
    });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));

    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Protocol);
    EXPECT_EQ(readFile(partPath()), data.left(20000));
}

TEST_F(TransferResume, PartThatAlreadyHoldsTheFileFinishesOn416)
{
    const QByteArray data = patternBytes(40000);
    writeFile(partPath(), data);
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.resumeOffset = data.size();
    spec.expectedSize = data.size();
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.bytesOnDisk, data.size());
    EXPECT_EQ(readFile(partPath()), data);
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(TransferResume, ExpectedSizeThatDisagreesIsAnIntegrityError)
{
    const QByteArray data = patternBytes(40000);
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.expectedSize = 39999;
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Integrity);
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(TransferResume, CancelKeepsThePartFile)
{
    const QByteArray data = patternBytes(200000);
    writeFile(partPath(), data.left(1000));
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = 2000;
        return response;
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.resumeOffset = 1000;
    Transfer transfer(&m_network, spec);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    QTest::qWait(100);
    transfer.cancel();
    ASSERT_EQ(finished.size(), 1);
    const auto outcome = finished.first().first().value<TransferOutcome>();
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Cancelled);
    EXPECT_EQ(outcome.bytesOnDisk, 1000);
    EXPECT_EQ(readFile(partPath()), data.left(1000));
    QTest::qWait(50);
    EXPECT_EQ(finished.size(), 1) << "finished is emitted once";
}

TEST_F(TransferResume, StalledTransferIsCutAndResumed)
{
    NetworkAccess::Policy policy = fastTransferPolicy();
    policy.stallTimeoutMs = 400;
    m_network.setPolicy(policy);
    const QByteArray data = patternBytes(120000);
    m_server.setHandler([&](const RecordedRequest &r) {
        if (r.header("Range").isEmpty()) {
            // Headers promise the whole file, 30000 bytes follow, then nothing: the connection hangs.
            CannedResponse response;
            response.status = 200;
            response.headers.append({QByteArray("Content-Length"), QByteArray::number(data.size())});
            response.headers.append({QByteArray("ETag"), "\"v1\""});
            response.body = data.left(30000);
            return response;
        }
        return LocalHttpServer::serveBytes(r, data);
    });
    QElapsedTimer timer;
    timer.start();
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_GE(timer.elapsed(), 360);   // coarse timers may fire up to 5% early
    EXPECT_EQ(sha256(readFile(partPath())), sha256(data));
    EXPECT_EQ(rangeHeaders(m_server), (QList<QByteArray>{QByteArray(), QByteArray("bytes=30000-")}));
    EXPECT_EQ(outcome.resumes, 1);
}

TEST_F(TransferResume, ServerThatNeverAnswersIsGivenUpAfterMaxAttempts)
{
    NetworkAccess::Policy policy = fastTransferPolicy();
    policy.stallTimeoutMs = 200;
    m_network.setPolicy(policy);
    m_server.setHandler([](const RecordedRequest &) {
        CannedResponse response = CannedResponse::text("late");
        response.delayMs = 5000;
        return response;
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.maxAttempts = 3;
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Transient);
    EXPECT_EQ(m_server.requestCount(), 3);
}

TEST_F(TransferResume, ChangedEtagOnA206StartsOverEvenWithoutIfRangeSupport)
{
    // A server that ignores If-Range and answers the range of a file that has changed meanwhile.
    const QByteArray oldData = patternBytes(80000, 3);
    const QByteArray newData = patternBytes(90000, 4);
    writeFile(partPath(), oldData.left(30000));
    m_server.setHandler([&](const RecordedRequest &r) {
        RecordedRequest withoutValidator = r;
        withoutValidator.headers.removeIf([](const auto &h) { return h.first.compare("If-Range", Qt::CaseInsensitive) == 0; });
        return LocalHttpServer::serveBytes(withoutValidator, newData, "\"v2\"");
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.resumeOffset = 30000;
    spec.etag = "\"v1\"";
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath())), sha256(newData));
    EXPECT_EQ(outcome.restartsFromZero, 1);
    EXPECT_EQ(outcome.etag, QByteArray("\"v2\""));
    EXPECT_EQ(m_server.requests().constLast().header("Range"), QByteArray());
}

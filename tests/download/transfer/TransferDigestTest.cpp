// Checksums computed while the bytes arrive must be the checksums of the file on disk, whatever
// happened on the way: cuts resumed with Range, a restart from zero, a part left by an earlier run.
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/support/LocalHttpServer.h"

#include "core/download/hash/Blake3.h"

using namespace eoc;
using namespace eoc::test;

namespace {

class TransferDigest : public TransferTest
{
protected:
    TransferSpec specFor(const QUrl &url) const
    {
        TransferSpec spec = TransferTest::specFor(url);
        spec.digestAlgorithms = {QStringLiteral("sha256"), QStringLiteral("blake3"), QStringLiteral("md5")};
        return spec;
    }

    // The digests an independent implementation gives for the file now on disk.
    static Checksums digestsOfFile(const QString &path)
    {
        const QByteArray bytes = readFile(path);
        return {{QStringLiteral("sha256"), QString::fromLatin1(sha256(bytes))},
                {QStringLiteral("blake3"), QString::fromLatin1(Blake3Hasher::hash(bytes).toHex())},
                {QStringLiteral("md5"),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex())}};
    }
};

} // namespace

TEST_F(TransferDigest, DigestsOfAPlainTransferMatchTheFile)
{
    const QByteArray data = patternBytes(3 * 1024 * 1024 + 17);
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data, "\"d1\""); });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    ASSERT_EQ(readFile(partPath()), data);
    EXPECT_EQ(outcome.digests, digestsOfFile(partPath()));
}

TEST_F(TransferDigest, DigestsSurviveCutsResumedWithRange)
{
    const QByteArray data = patternBytes(600 * 1024, 3);
    const QHash<qint64, qint64> cutAt = {{0, 70000}, {70000, 90000}, {160000, 200000}};
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data, "\"d2\"");
        response.cutAfterBytes = cutAt.value(rangeStart(r), -1);
        return response;
    });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.resumes, 3);
    ASSERT_EQ(readFile(partPath()), data);
    EXPECT_EQ(outcome.digests, digestsOfFile(partPath()));
}

TEST_F(TransferDigest, RestartFromZeroForgetsTheBytesHashedBefore)
{
    const QByteArray data = patternBytes(300 * 1024, 4);
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data, "\"d3\"", /*honourRange=*/false);
        if (r.header("Range").isEmpty())
            response.cutAfterBytes = 120000;
        return response;
    });
    const auto outcome = runTransfer(m_network, specFor(m_server.url(QStringLiteral("/scene.zip"))));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.restartsFromZero, 1);
    ASSERT_EQ(readFile(partPath()), data);
    EXPECT_EQ(outcome.digests, digestsOfFile(partPath()));
}

TEST_F(TransferDigest, APartFromAnEarlierRunIsHashedBeforeTheRest)
{
    const QByteArray data = patternBytes(2 * 1024 * 1024 + 5, 5);
    // The part holds good bytes up to the recorded offset and junk after it, which must be dropped
    // from both the file and the digest.
    writeFile(partPath(), data.left(1500000) + QByteArray(4096, 'x'));
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data, "\"d4\""); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.resumeOffset = 1500000;
    spec.etag = "\"d4\"";
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    ASSERT_EQ(m_server.requests().first().header("Range"), QByteArray("bytes=1500000-"));
    ASSERT_EQ(readFile(partPath()), data);
    EXPECT_EQ(outcome.digests, digestsOfFile(partPath()));
}

TEST_F(TransferDigest, NoAlgorithmsMeansNoDigests)
{
    const QByteArray data = patternBytes(50 * 1024, 6);
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.digestAlgorithms = {QStringLiteral("crc-unknown")};
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(partPath()), data);
    EXPECT_TRUE(outcome.digests.isEmpty());
}

TEST_F(TransferDigest, AFailedTransferReportsNoDigests)
{
    const QByteArray data = patternBytes(50 * 1024, 7);
    m_server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        // The first answer is cut after 1000 bytes, every resume before its first byte: no
        // progress, so the transfer gives up with part of the file hashed.
        response.cutAfterBytes = r.header("Range").isEmpty() ? 1000 : 0;
        return response;
    });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/scene.zip")));
    spec.maxAttempts = 2;
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_TRUE(outcome.error.isError());
    EXPECT_EQ(outcome.bytesOnDisk, 1000);
    EXPECT_TRUE(outcome.digests.isEmpty());
}

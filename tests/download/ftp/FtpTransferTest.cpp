// Downloads from a real FTP server (pyftpdlib): resume with REST after a cut, the error classes
// of a refused login and a missing file, cancel, and the bandwidth limit.
#include "tests/download/ftp/FtpTestSupport.h"

#include "core/net/BandwidthLimiter.h"

#include <QElapsedTimer>

using namespace eoc;
using namespace eoc::test;

TEST_F(FtpTransferTest, CutConnectionIsResumedWithRestAndVerified)
{
    const QByteArray data = patternBytes(3 * 1000 * 1000);
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), data);
    FtpTestServer::Options options;
    options.cutAfter = 1000 * 1000;
    FtpTestServer *server = startServer(options);
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));

    const TransferOutcome outcome = runTransfer(m_network, specFor(server->url(QStringLiteral("scene.bin")), &credentials));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(m_dir.filePath(QStringLiteral("scene.bin.part"))), data);
    EXPECT_EQ(outcome.digests.value(QStringLiteral("sha256")), QString::fromLatin1(sha256(data)));
    EXPECT_EQ(outcome.totalSize.value_or(-1), data.size());
    EXPECT_EQ(outcome.resumes, 1);
    EXPECT_EQ(outcome.restartsFromZero, 0);
    // The second RETR continued where the cut left the part file.
    const QStringList commands = server->commands();
    EXPECT_TRUE(commands.contains(QStringLiteral("REST 1000000"))) << commands.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(countCommandsStartingWith(commands, QStringLiteral("RETR")), 2);
    // The login is asked for the host, under provider "ftp".
    ASSERT_FALSE(credentials.asked.isEmpty());
    EXPECT_EQ(credentials.asked.first(), QStringLiteral("ftp:127.0.0.1"));
}

TEST_F(FtpTransferTest, RefusedLoginIsAnAuthErrorNamingTheHostAndNotRetried)
{
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), patternBytes(1000));
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("wrong-password-7311"));

    const TransferOutcome outcome = runTransfer(m_network, specFor(server->url(QStringLiteral("scene.bin")), &credentials));

    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth) << outcome.error.toString().toStdString();
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("EOC_FTP_PASSWORD")));
    EXPECT_FALSE(outcome.error.message.contains(QStringLiteral("wrong-password-7311")));
    EXPECT_FALSE(outcome.attemptsExhausted);
    EXPECT_EQ(countCommandsStartingWith(server->commands(), QStringLiteral("USER")), 1);
}

TEST_F(FtpTransferTest, MissingFileIsNotFound)
{
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));

    const TransferOutcome outcome = runTransfer(m_network, specFor(server->url(QStringLiteral("missing.bin")), &credentials));

    EXPECT_EQ(outcome.error.errorClass, ErrorClass::NotFound) << outcome.error.toString().toStdString();
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("missing.bin")));
    EXPECT_EQ(countCommandsStartingWith(server->commands(), QStringLiteral("USER")), 1);
}

TEST_F(FtpTransferTest, UserInfoHeaderFromTheUrlWinsOverTheCredentialSource)
{
    const QByteArray data = patternBytes(5000, 3);
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), data);
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("not-this-one"));
    TransferSpec spec = specFor(server->url(QStringLiteral("scene.bin")), &credentials);
    spec.headers.append({QByteArray("Authorization"), QByteArray("Basic ") + QByteArray("u:p").toBase64()});

    const TransferOutcome outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(spec.partPath), data);
    EXPECT_TRUE(credentials.asked.isEmpty());
}

TEST_F(FtpTransferTest, CancelAbortsASlowTransferPromptly)
{
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), patternBytes(8 * 1000 * 1000));
    FtpTestServer::Options options;
    options.bytesPerSecond = 200 * 1000;   // forty seconds for the whole file
    FtpTestServer *server = startServer(options);
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));

    Transfer transfer(&m_network, specFor(server->url(QStringLiteral("scene.bin")), &credentials));
    QSignalSpy progress(&transfer, &Transfer::progress);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    ASSERT_TRUE(progress.wait(20000));

    QElapsedTimer clock;
    clock.start();
    transfer.cancel();
    ASSERT_EQ(finished.size(), 1);
    // Well under the half second the worker would otherwise wait in libcurl.
    EXPECT_LT(clock.elapsed(), 400);
    const auto outcome = finished.first().first().value<TransferOutcome>();
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Cancelled);
    EXPECT_GT(outcome.bytesOnDisk, 0);
    EXPECT_LT(outcome.bytesOnDisk, 8 * 1000 * 1000);
}

TEST_F(FtpTransferTest, BandwidthLimitPausesReading)
{
    const QByteArray data = patternBytes(1500 * 1000, 5);
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), data);
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));
    m_network.setBandwidthLimit(1024 * 1024);
    // available() follows only a take() that granted less than asked: the transfer waited.
    QSignalSpy refilled(m_network.bandwidth(), &BandwidthLimiter::available);

    const TransferOutcome outcome = runTransfer(m_network, specFor(server->url(QStringLiteral("scene.bin")), &credentials));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.digests.value(QStringLiteral("sha256")), QString::fromLatin1(sha256(data)));
    EXPECT_GE(refilled.size(), 1);
}

TEST_F(FtpTransferTest, ProviderConnectionCapHoldsTheSecondTransfer)
{
    writeFile(m_root.filePath(QStringLiteral("a.bin")), patternBytes(2 * 1000 * 1000, 7));
    writeFile(m_root.filePath(QStringLiteral("b.bin")), patternBytes(1000, 8));
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));
    m_network.setLimits(QStringLiteral("ftp-test"), ConnectionLimits{1, 0, 1});

    TransferSpec first = specFor(server->url(QStringLiteral("a.bin")), &credentials);
    TransferSpec second = specFor(server->url(QStringLiteral("b.bin")), &credentials);
    second.partPath = m_dir.filePath(QStringLiteral("b.bin.part"));
    Transfer a(&m_network, first);
    Transfer b(&m_network, second);
    QSignalSpy aDone(&a, &Transfer::finished);
    QSignalSpy bDone(&b, &Transfer::finished);
    int maxInFlight = 0;
    qint64 aBytes = 0;
    QObject::connect(&a, &Transfer::progress, [&](qint64 bytes) {
        aBytes = bytes;
        maxInFlight = std::max(maxInFlight, m_network.limiter()->inFlight(QStringLiteral("ftp-test")));
    });
    QObject::connect(&b, &Transfer::progress, [&] {
        maxInFlight = std::max(maxInFlight, m_network.limiter()->inFlight(QStringLiteral("ftp-test")));
        EXPECT_EQ(aBytes, 2 * 1000 * 1000) << "b moved bytes while a held the only connection";
    });
    a.start();
    b.start();
    // a gives its connection back once its bytes are in; its own end may come after b's.
    ASSERT_TRUE(bDone.wait(30000));
    ASSERT_TRUE(!aDone.isEmpty() || aDone.wait(30000));
    EXPECT_FALSE(aDone.first().first().value<TransferOutcome>().error.isError());
    EXPECT_FALSE(bDone.first().first().value<TransferOutcome>().error.isError());
    EXPECT_EQ(maxInFlight, 1);
}

TEST_F(FtpTransferTest, WithoutCredentialsTheLoginIsAnonymous)
{
    const QByteArray data = patternBytes(4000, 9);
    writeFile(m_root.filePath(QStringLiteral("pub.bin")), data);
    FtpTestServer::Options options;
    options.anonymous = true;
    FtpTestServer *server = startServer(options);
    ASSERT_TRUE(server);

    const TransferOutcome outcome = runTransfer(m_network, specFor(server->url(QStringLiteral("pub.bin")), nullptr));

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(m_dir.filePath(QStringLiteral("scene.bin.part"))), data);
    EXPECT_TRUE(server->commands().contains(QStringLiteral("USER anonymous"))) << server->commands().join(QLatin1Char(' ')).toStdString();
}

TEST_F(FtpTransferTest, StalledTransferIsCutAndResumedWithRest)
{
    // The server sends a burst, then pauses for about two seconds: far beyond the stall timeout.
    const QByteArray data = patternBytes(600 * 1000, 13);
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), data);
    FtpTestServer::Options options;
    options.bytesPerSecond = 100 * 1000;
    FtpTestServer *server = startServer(options);
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));
    auto policy = fastTransferPolicy();
    policy.stallTimeoutMs = 300;
    m_network.setPolicy(policy);
    Transfer transfer(&m_network, specFor(server->url(QStringLiteral("scene.bin")), &credentials));
    QSignalSpy retrying(&transfer, &Transfer::retrying);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    ASSERT_TRUE(finished.wait(30000));

    const auto outcome = finished.first().first().value<TransferOutcome>();
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.digests.value(QStringLiteral("sha256")), QString::fromLatin1(sha256(data)));
    ASSERT_GE(retrying.size(), 1);
    const auto error = retrying.first().first().value<Error>();
    EXPECT_EQ(error.errorClass, ErrorClass::Transient);
    EXPECT_TRUE(error.message.contains(QStringLiteral("No data from 127.0.0.1"))) << error.message.toStdString();
    EXPECT_GE(outcome.resumes, 1);
    EXPECT_EQ(outcome.restartsFromZero, 0);
    // Each attempt after a stall continued from the bytes on disk.
    EXPECT_GE(countCommandsStartingWith(server->commands(), QStringLiteral("REST ")), 1);
}

TEST_F(FtpTransferTest, PartLongerThanTheServersFileStartsOver)
{
    const QByteArray data = patternBytes(3000, 15);
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), data);
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));
    TransferSpec spec = specFor(server->url(QStringLiteral("scene.bin")), &credentials);
    writeFile(spec.partPath, patternBytes(5000, 16));   // left by a download of another file
    spec.resumeOffset = 5000;

    const TransferOutcome outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(spec.partPath), data);
    EXPECT_EQ(outcome.restartsFromZero, 1);
    EXPECT_EQ(outcome.digests.value(QStringLiteral("sha256")), QString::fromLatin1(sha256(data)));
}

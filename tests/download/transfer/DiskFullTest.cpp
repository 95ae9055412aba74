// A write that fails because the disk is full ends the transfer with LocalDisk and keeps what
// was written. The limit is set in a child process (see DiskFullHelper.cpp).
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace eoc;
using namespace eoc::test;

TEST(TransferDiskFull, WriteFailureIsLocalDiskAndKeepsThePartialData)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LocalHttpServer server;
    const QByteArray data = patternBytes(600 * 1024);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const QString partPath = dir.filePath(QStringLiteral("scene.zip.part"));
    const qint64 limit = 100000;

    QProcess helper;
    QSignalSpy done(&helper, &QProcess::finished);
    helper.start(QStringLiteral(EOC_DISKFULL_HELPER),
                 {server.url(QStringLiteral("/scene.zip")).toString(), partPath, QString::number(limit)});
    ASSERT_TRUE(done.wait(60000)) << "the helper did not finish";
    ASSERT_EQ(helper.exitStatus(), QProcess::NormalExit) << helper.readAllStandardError().toStdString();
    ASSERT_EQ(helper.exitCode(), 0) << helper.readAllStandardError().toStdString();
    const QJsonObject outcome = QJsonDocument::fromJson(helper.readAllStandardOutput()).object();

    EXPECT_EQ(outcome.value(QStringLiteral("errorClass")).toString(), errorClassName(ErrorClass::LocalDisk));
    const QString message = outcome.value(QStringLiteral("message")).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("scene.zip.part"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("file size limit"))) << message.toStdString();
    EXPECT_EQ(outcome.value(QStringLiteral("bytesOnDisk")).toInteger(), limit);
    // Everything that fitted is kept, byte for byte, for a resume once space is free.
    EXPECT_EQ(readFile(partPath), data.left(limit));
    EXPECT_EQ(server.requestCount(), 1) << "a full disk is not retried";
}

TEST(TransferDiskFull, ResumesAfterSpaceIsFreed)
{
    // The follow-up: the queue starts a new transfer with the kept bytes as resume offset.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LocalHttpServer server;
    const QByteArray data = patternBytes(600 * 1024);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const QString partPath = dir.filePath(QStringLiteral("scene.zip.part"));
    writeFile(partPath, data.left(100000));
    NetworkAccess network;
    TransferSpec spec;
    spec.url = server.url(QStringLiteral("/scene.zip"));
    spec.partPath = partPath;
    spec.resumeOffset = 100000;
    spec.etag = "\"v1\"";
    const auto outcome = runTransfer(network, spec);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(partPath)), sha256(data));
    EXPECT_EQ(server.requests().constLast().header("Range"), QByteArray("bytes=100000-"));
}

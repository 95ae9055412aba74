// `download --url` given more than once: every URL is fetched, or the run is refused with a reason.
#include "tests/download/queue/QueueCliSupport.h"

using namespace eoc;
using namespace eoc::test;

TEST_F(CliFixture, EveryUrlGivenIsDownloaded)
{
    LocalHttpServer server;
    const QByteArray first = testPayload(3000, 1);
    const QByteArray second = testPayload(5000, 2);
    server.setHandler([&](const RecordedRequest &r) {
        return LocalHttpServer::serveBytes(r, r.target.endsWith("a.bin") ? first : second);
    });
    const CliProcessRun r = runCli({QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/a.bin")).toString(),
                                    QStringLiteral("--url"), server.url(QStringLiteral("/b.bin")).toString(),
                                    QStringLiteral("--output"), path(QStringLiteral("out"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/a.bin"))), first);
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/b.bin"))), second);
    EXPECT_EQ(queueItems().size(), 2);
}

TEST_F(CliFixture, OneChecksumForSeveralUrlsIsRefusedBeforeAnyTransfer)
{
    LocalHttpServer server;
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, testPayload(100)); });
    const CliProcessRun r = runCli({QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/a.bin")).toString(),
                                    QStringLiteral("--url"), server.url(QStringLiteral("/b.bin")).toString(),
                                    QStringLiteral("--md5"), QStringLiteral("0123456789abcdef0123456789abcdef"),
                                    QStringLiteral("--output"), path(QStringLiteral("out"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--md5 checks one file")) << r.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(CliFixture, UserNameInOneOfSeveralUrlsIsRefused)
{
    LocalHttpServer server;
    const CliProcessRun r = runCli({QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/a.bin")).toString(),
                                    QStringLiteral("--url"), QStringLiteral("http://me:secret@127.0.0.1:1/b.bin"),
                                    QStringLiteral("--output"), path(QStringLiteral("out"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("single --url")) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("secret")) << "the password is never echoed";
    EXPECT_EQ(server.requestCount(), 0);
}

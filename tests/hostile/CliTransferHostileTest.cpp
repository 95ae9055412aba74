// `download` against answers and limits that must not end in a wrong file or a silent crash.
#include "tests/download/queue/QueueCliSupport.h"

#include <QDir>
#include <QFileInfo>

using namespace eoc;
using namespace eoc::test;

namespace {

// Written for the test, in the shape of a sign-in page (no recording of one was available).
const QByteArray kSignInPage = "<!DOCTYPE html>\n<html><head><title>Sign in - USGS</title></head><body>"
                               "<form method=\"post\"><input name=\"username\"><input type=\"password\" "
                               "name=\"password\"></form></body></html>\n";

} // namespace

TEST_F(CliFixture, SignInPageInPlaceOfADataFileFailsAndLeavesNothing)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &) { return CannedResponse::text(kSignInPage, 200, "text/html"); });
    const QString out = path(QStringLiteral("out"));
    const CliProcessRun run = runCli({QStringLiteral("download"), QStringLiteral("--url"),
                                      server.url(QStringLiteral("/B04.tif")).toString(), QStringLiteral("--output"), out});
    EXPECT_NE(run.exitCode, 0) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains("sign-in page \"Sign in - USGS\"")) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral("/B04.tif")));
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral("/B04.tif.part")));
    EXPECT_TRUE(filesUnder(out).isEmpty()) << filesUnder(out).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(server.requestCount(), 1) << "a sign-in page is not asked for again and again";
}

TEST_F(CliFixture, FileSizeLimitIsADiskErrorNotACrash)
{
    // As a shell user hits it: SIGXFSZ ignored (so the write fails with EFBIG instead of the
    // kernel killing the program) and `ulimit -f 256` (256 KiB) for the download: room for the journal, not for the file.
    LocalHttpServer server;
    const QByteArray data = testPayload(1024 * 1024);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const QString out = path(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString command = QStringLiteral("trap \"\" XFSZ; ulimit -f 256; exec \"$0\" \"$@\"");
    QProcess *p = new QProcess;
    m_processes.emplace_back(p);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral("bash"), {QStringLiteral("-c"), command, QStringLiteral(EOC_CLI_PATH), QStringLiteral("download"),
                                      QStringLiteral("--url"), server.url(QStringLiteral("/big.bin")).toString(),
                                      QStringLiteral("--output"), out});
    ASSERT_TRUE(waitUntil([p] { return p->state() == QProcess::NotRunning; }, 60000));
    const QByteArray err = p->readAllStandardError();
    EXPECT_EQ(p->exitStatus(), QProcess::NormalExit) << "killed by a signal: " << err.toStdString();
    EXPECT_EQ(p->exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains("big.bin.part")) << err.toStdString();
    EXPECT_TRUE(err.contains("file size limit of this process was reached (ulimit -f)")) << err.toStdString();
    // What fitted stays for a resume; no final file.
    EXPECT_EQ(QFileInfo(out + QStringLiteral("/big.bin.part")).size(), 256 * 1024);
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral("/big.bin")));
    EXPECT_EQ(server.requestCount(), 1) << "a full disk is not retried in a loop";
}

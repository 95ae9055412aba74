// `queue worker` as a user runs it on the local journal: stopped with SIGTERM (systemd, kill) or
// Ctrl-C, it exits 128 + the signal and hands its item back at once, and the next worker
// continues the .part instead of waiting for the lease.
#include "tests/download/queue/QueueCliSupport.h"

#include <QJsonArray>

#include <csignal>

using namespace eoc;
using namespace eoc::test;

TEST_F(CliFixture, AWorkerStoppedBySigtermHandsItsItemBackAndTheNextOneContinuesIt)
{
    LocalHttpServer http;
    const QByteArray data = testPayload(2 * 1024 * 1024, 4);
    http.servePaced(data, 256 * 1024);
    const QString out = path(QStringLiteral("out"));
    const CliProcessRun queued = runCli({QStringLiteral("download"), QStringLiteral("--url"), http.url(QStringLiteral("/slow.bin")).toString(),
                                         QStringLiteral("--output"), out, QStringLiteral("--no-run")});
    ASSERT_EQ(queued.exitCode, 0) << queued.err.toStdString();

    QProcess *worker = startCli({QStringLiteral("queue"), QStringLiteral("worker"), QStringLiteral("--name"), QStringLiteral("w1"),
                                 QStringLiteral("--until-empty")});
    ASSERT_TRUE(waitUntil([&] { return QFileInfo(out + QStringLiteral("/slow.bin.part")).size() > 100 * 1024; }, 30000));
    ::kill(pid_t(worker->processId()), SIGTERM);
    ASSERT_TRUE(waitUntil([&] { return worker->state() == QProcess::NotRunning; }, 20000)) << "SIGTERM did not stop the worker";
    EXPECT_EQ(worker->exitStatus(), QProcess::NormalExit) << "killed by the signal instead of stopping";
    EXPECT_EQ(worker->exitCode(), 128 + SIGTERM);

    // Handed back: waiting, held by nobody, its progress written.
    const QList<QJsonObject> items = queueItems();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    EXPECT_FALSE(items.first().contains(QStringLiteral("worker"))) << "still held by the stopped worker";
    EXPECT_GT(items.first().value(QStringLiteral("bytes")).toInteger(), 100 * 1024);

    // The lease is 60 s by default: the next worker does not wait for it.
    const CliProcessRun next = runCli({QStringLiteral("queue"), QStringLiteral("worker"), QStringLiteral("--name"), QStringLiteral("w2"),
                                       QStringLiteral("--until-empty")},
                                      40000);
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_EQ(fileBytes(out + QStringLiteral("/slow.bin")), data);
    ASSERT_EQ(http.requestCount(), 2);
    EXPECT_TRUE(http.requests().at(1).header("Range").startsWith("bytes=")) << "the .part was not continued";
    EXPECT_LT(http.bodyBytesSent(QStringLiteral("/slow.bin")), data.size() + 256 * 1024);
}

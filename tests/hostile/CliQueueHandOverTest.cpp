// Two `download` commands at once: the second follows the first (which runs the queue), and
// neither is left waiting when the first one's own items are done.
#include "tests/download/queue/QueueCliSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace eoc;
using namespace eoc::test;

TEST_F(CliFixture, SecondDownloadFinishesWhenTheRunnerIsDoneWithItsOwnItems)
{
    LocalHttpServer server;
    const QByteArray first = testPayload(400 * 1024, 1);
    const QByteArray second = testPayload(2 * 1024 * 1024, 2);
    server.setHandler([&](const RecordedRequest &r) {
        return LocalHttpServer::serveBytes(r, r.url().path() == QLatin1String("/first.bin") ? first : second);
    });
    const QString out = path(QStringLiteral("out"));
    auto args = [&](const QString &name, const QByteArray &data) {
        return QStringList{QStringLiteral("download"), QStringLiteral("--url"), server.url(QLatin1Char('/') + name).toString(),
                           QStringLiteral("--output"), out, QStringLiteral("--sha256"),
                           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                           QStringLiteral("--limit-rate"), QStringLiteral("400K")};
    };
    // The first runs the queue (slowly); the second joins once the first holds the queue.
    QProcess *runner = startCli(args(QStringLiteral("first.bin"), first));
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() >= 1; }, 30000));
    QProcess *follower = startCli(args(QStringLiteral("second.bin"), second));
    ASSERT_TRUE(waitUntil([&] { return runner->state() == QProcess::NotRunning && follower->state() == QProcess::NotRunning; },
                          120000))
        << "runner: " << runner->state() << " follower: " << follower->state();
    EXPECT_EQ(runner->exitCode(), 0) << runner->readAllStandardError().toStdString();
    const QByteArray followerErr = follower->readAllStandardError();
    EXPECT_TRUE(followerErr.contains("another eo-collector process runs the queue")) << followerErr.toStdString();
    EXPECT_EQ(follower->exitCode(), 0) << followerErr.toStdString();
    EXPECT_EQ(fileBytes(out + QStringLiteral("/first.bin")), first);
    EXPECT_EQ(fileBytes(out + QStringLiteral("/second.bin")), second);
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral("/second.bin.part")));
}

TEST_F(CliFixture, FollowerTakesTheQueueOverWhenTheRunnerIsKilled)
{
    LocalHttpServer server;
    const QByteArray first = testPayload(4 * 1024 * 1024, 3);
    const QByteArray second = testPayload(300 * 1024, 4);
    server.setHandler([&](const RecordedRequest &r) {
        return LocalHttpServer::serveBytes(r, r.url().path() == QLatin1String("/first.bin") ? first : second);
    });
    const QString out = path(QStringLiteral("out"));
    auto args = [&](const QString &name) {
        return QStringList{QStringLiteral("download"), QStringLiteral("--url"), server.url(QLatin1Char('/') + name).toString(),
                           QStringLiteral("--output"), out, QStringLiteral("--limit-rate"), QStringLiteral("200K")};
    };
    QProcess *runner = startCli(args(QStringLiteral("first.bin")));
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() >= 1; }, 30000));
    QProcess *follower = startCli(args(QStringLiteral("second.bin")));
    // Once the runner has picked the follower's item up, it dies without cleaning up.
    ASSERT_TRUE(waitUntil([&] { return QFileInfo(out + QStringLiteral("/second.bin.part")).size() > 0; }, 30000));
    runner->kill();
    ASSERT_TRUE(waitUntil([&] { return follower->state() == QProcess::NotRunning; }, 60000)) << "the follower kept waiting";
    EXPECT_EQ(follower->exitCode(), 0) << follower->readAllStandardError().toStdString();
    EXPECT_EQ(fileBytes(out + QStringLiteral("/second.bin")), second);
}

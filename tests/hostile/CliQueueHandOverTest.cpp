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

// The desktop application runs the queue in-process and hands it back when it quits normally
// (its DownloadQueue is destroyed). A `download` that gave its item to it takes the queue over
// and finishes the item instead of waiting for the application to come back.
TEST_F(CliFixture, FollowerTakesTheQueueOverWhenTheRunnerQuitsNormally)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(300 * 1024, 5);
    int served = 0;
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        // The first answer (to the in-process runner) is slow: it quits while waiting for it.
        response.delayMs = served++ == 0 ? 20000 : 0;
        return response;
    });
    QueueHarness h;
    DownloadQueue::Options options = h.queueOptions();
    options.journalPath = path(QStringLiteral("xdg/eo-collector/queue.sqlite"));
    auto runner = h.makeQueue(options);
    ASSERT_TRUE(runner->open().ok());
    ASSERT_TRUE(runner->isRunner());
    runner->start();

    const QString out = path(QStringLiteral("out"));
    QProcess *follower = startCli({QStringLiteral("download"), QStringLiteral("--url"),
                                   server.url(QStringLiteral("/handed.bin")).toString(), QStringLiteral("--output"), out});
    // The runner picks the follower's item up from the journal and asks the server for it.
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() >= 1; }, 30000));
    ASSERT_EQ(runner->items().size(), 1);

    runner.reset();   // the application quits normally

    ASSERT_TRUE(waitUntil([&] { return follower->state() == QProcess::NotRunning; }, 60000)) << "the follower kept waiting";
    EXPECT_EQ(follower->exitCode(), 0) << follower->readAllStandardError().toStdString();
    EXPECT_EQ(fileBytes(out + QStringLiteral("/handed.bin")), data);
    EXPECT_GE(server.requestCount(), 2);
}

// The other way round: the application opened while a `download` runs the queue, its own item
// picked up by that process. When the `download` is done with its items it hands the rest back,
// and the application (a started follower) takes the queue over instead of leaving them stalled.
TEST_F(CliFixture, StartedFollowerInProcessTakesOverWhenTheCliRunnerFinishes)
{
    LocalHttpServer server;
    const QByteArray cliData = testPayload(200 * 1024, 6);
    const QByteArray appData = testPayload(200 * 1024, 7);
    int appRequests = 0;
    server.setHandler([&](const RecordedRequest &r) {
        if (r.url().path() == QLatin1String("/cli.bin")) {
            auto response = LocalHttpServer::serveBytes(r, cliData);
            response.delayMs = 1500;   // long enough for the application's item to reach the runner
            return response;
        }
        auto response = LocalHttpServer::serveBytes(r, appData);
        response.delayMs = appRequests++ == 0 ? 30000 : 0;   // the runner's attempt outlives it
        return response;
    });
    const QString out = path(QStringLiteral("out"));
    QProcess *cli = startCli({QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/cli.bin")).toString(),
                              QStringLiteral("--output"), out});
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() >= 1; }, 30000));

    QueueHarness h;
    DownloadQueue::Options options = h.queueOptions();
    options.journalPath = path(QStringLiteral("xdg/eo-collector/queue.sqlite"));
    auto app = h.makeQueue(options);
    ASSERT_TRUE(app->open().ok());
    ASSERT_FALSE(app->isRunner());
    app->start();
    auto request = h.request(server.url(QStringLiteral("/app.bin")));
    request.outputFolder = out;
    const qint64 id = app->add(request).value();

    ASSERT_TRUE(waitUntil([&] { return cli->state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(cli->exitCode(), 0) << cli->readAllStandardError().toStdString();
    const auto item = runToRest(*app, id, 30000);
    EXPECT_TRUE(app->isRunner());
    EXPECT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    EXPECT_EQ(fileBytes(out + QStringLiteral("/app.bin")), appData);
}

// The CLI on a queue in PostgreSQL (queue.url), as a user runs it: items put in the shared queue
// with `download --no-run` are listed and downloaded from the database, the local journal stays
// empty, and a missing or wrong password is a clear error that never shows the password.
#include "tests/download/queue/QueueCliSupport.h"
#include "core/download/queue/PostgresQueueStore.h"
#include "tests/support/PostgresTestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

using namespace eoc;
using namespace eoc::test;

namespace {

class SharedQueueCli : public CliFixture
{
protected:
    void TearDown() override { qunsetenv("EOC_QUEUE_PASSWORD"); }

    // A new database on `server` for a shared queue, and its password in the environment the CLI
    // reads it from; empty (and a failure recorded) when the database cannot be made.
    static QString newSharedQueue(PostgresTestServer &server, const QString &prefix)
    {
        const QString database = PostgresTestServer::uniqueDatabaseName(prefix);
        QString error;
        if (!server.createDatabase(database, &error)) {
            ADD_FAILURE() << "cannot create " << database.toStdString() << ": " << error.toStdString();
            return {};
        }
        qputenv("EOC_QUEUE_PASSWORD", server.password().toUtf8());
        return server.url(database);
    }

    // `args` with queue.url set to `url`.
    static QStringList onQueue(const QString &url, QStringList args)
    {
        return QStringList{QStringLiteral("--set"), QStringLiteral("queue.url=") + url} + args;
    }

    // `count` worker processes named <prefix>1, <prefix>2..., each with `settings`, two jobs, until
    // the queue is empty, and a home of its own as a machine of its own has.
    QList<QProcess *> startWorkers(const QStringList &settings, const QString &prefix, int count)
    {
        QList<QProcess *> workers;
        for (int w = 1; w <= count; ++w) {
            QProcessEnvironment machine;
            machine.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("machine-%1/data").arg(w)));
            machine.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("machine-%1/config").arg(w)));
            workers << startCli(settings + QStringList{QStringLiteral("queue"), QStringLiteral("worker"), QStringLiteral("--name"),
                                                       prefix + QString::number(w), QStringLiteral("--until-empty"),
                                                       QStringLiteral("--jobs"), QStringLiteral("2")},
                                {}, machine);
        }
        return workers;
    }
};

} // namespace

TEST_F(SharedQueueCli, ItemsQueuedInPostgresAreListedAndDownloadedFromIt)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString url = newSharedQueue(*server, QStringLiteral("cli"));
    ASSERT_FALSE(url.isEmpty());

    LocalHttpServer http;
    const QByteArray data = testPayload(30000);
    http.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const CliProcessRun queued = runCli(onQueue(url, {QStringLiteral("download"), QStringLiteral("--url"), http.url(QStringLiteral("/s.bin")).toString(),
                                                      QStringLiteral("--output"), path(QStringLiteral("out")), QStringLiteral("--no-run"),
                                                      QStringLiteral("--json")}));
    ASSERT_EQ(queued.exitCode, 0) << queued.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(queued.out).object().value(QStringLiteral("queued")).toArray().size(), 1);
    EXPECT_EQ(http.requestCount(), 0);

    // The item is in the database, not in this machine's journal.
    EXPECT_TRUE(queueItems().isEmpty()) << "the local journal holds nothing";
    const CliProcessRun listed = runCli(onQueue(url, {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}));
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonObject item = QJsonDocument::fromJson(listed.out.split('\n').first()).object();
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QStringLiteral("waiting")) << listed.out.toStdString();

    const CliProcessRun run = runCli(onQueue(url, {QStringLiteral("queue"), QStringLiteral("run")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/s.bin"))), data);
    const CliProcessRun after = runCli(onQueue(url, {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}));
    EXPECT_EQ(QJsonDocument::fromJson(after.out.split('\n').first()).object().value(QStringLiteral("state")).toString(),
              QStringLiteral("done"))
        << after.out.toStdString();
}

TEST_F(SharedQueueCli, AWrongOrMissingPasswordIsNamedWithoutShowingIt)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString database = PostgresTestServer::uniqueDatabaseName(QStringLiteral("cli"));
    ASSERT_TRUE(server->createDatabase(database));
    const QString url = server->url(database);

    qputenv("EOC_QUEUE_PASSWORD", "Wr0ng-pass-word");
    const CliProcessRun wrong = runCli(onQueue(url, {QStringLiteral("queue"), QStringLiteral("list")}));
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(url.toUtf8())) << wrong.err.toStdString();
    EXPECT_FALSE(wrong.err.contains("Wr0ng-pass-word")) << wrong.err.toStdString();
    EXPECT_FALSE(wrong.out.contains("Wr0ng-pass-word"));

    // No environment and no keychain in this session: where to put one is said.
    qunsetenv("EOC_QUEUE_PASSWORD");
    QProcessEnvironment noKeychain;
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const CliProcessRun missing = runCli(onQueue(url, {QStringLiteral("queue"), QStringLiteral("list")}), 60000, {}, noKeychain);
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains("EOC_QUEUE_PASSWORD")) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains("account add queue --account eoc_test")) << missing.err.toStdString();

    // A password written into the setting is refused, and not repeated.
    const QString withPassword = QString(url).replace(QStringLiteral("eoc_test@"), QStringLiteral("eoc_test:S3cret-in-url@"));
    const CliProcessRun refused = runCli(onQueue(withPassword, {QStringLiteral("queue"), QStringLiteral("list")}));
    EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("queue.url")) << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains("S3cret-in-url")) << refused.err.toStdString();
}

// The machine that runs the shared queue is killed mid-transfer: the same `download` on another
// machine, which was following it, takes the queue over once the server lets the dead one's lock
// go, and continues the file from its .part in the shared output folder. `queue run` there is
// refused while the first one runs, naming the shared queue.
TEST_F(SharedQueueCli, AKilledRunnerIsTakenOverByAnotherMachineWhichResumesItsFile)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString url = newSharedQueue(*server, QStringLiteral("cli"));
    ASSERT_FALSE(url.isEmpty());

    LocalHttpServer http;
    const QByteArray data = testPayload(4 * 1024 * 1024, 3);
    http.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const QString part = path(QStringLiteral("shared/big.bin.part"));
    const QStringList download = onQueue(url, {QStringLiteral("download"), QStringLiteral("--url"), http.url(QStringLiteral("/big.bin")).toString(),
                                               QStringLiteral("--output"), path(QStringLiteral("shared"))});
    QProcess *first = startCli(download + QStringList{QStringLiteral("--limit-rate"), QStringLiteral("512K")});
    ASSERT_TRUE(waitUntil([&] { return QFileInfo(part).size() > 200000; }, 30000));

    // The second machine: its own home, so its own run-lock file; only the database can say no.
    QProcessEnvironment otherMachine;
    otherMachine.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("machine-2")));
    const CliProcessRun refused = runCli(onQueue(url, {QStringLiteral("queue"), QStringLiteral("run")}), 60000, {}, otherMachine);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(url.toUtf8())) << refused.err.toStdString();
    QProcess *second = startCli(download, {}, otherMachine);
    ASSERT_TRUE(waitUntil([&] { return second->readAllStandardError().contains("another eo-collector process runs the queue"); }, 20000))
        << "the second machine did not follow the first";
    EXPECT_EQ(http.requestCount(), 1) << "the second machine fetched while the first ran the queue";

    first->kill();   // SIGKILL: its connection drops, the server frees its lock
    ASSERT_TRUE(waitUntil([&] { return second->state() == QProcess::NotRunning; }, 60000)) << "not taken over";
    EXPECT_EQ(second->exitCode(), 0) << second->readAllStandardError().toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("shared/big.bin"))), data);
    ASSERT_EQ(http.requestCount(), 2);
    const QByteArray range = http.requests().at(1).header("Range");
    EXPECT_TRUE(range.startsWith("bytes=")) << "the .part was not resumed";
    EXPECT_NE(range, QByteArray("bytes=0-"));
}

// Three machines drain one shared queue: each its own home (settings, journal, run lock), one
// output folder. The http provider is capped at 2 connections and every file comes at 1 MiB/s:
// the server never sees more than 2 transfers at once, whichever workers run them. One worker is
// SIGKILLed after 4 s; its items are taken over once their leases (5 s) run out, continued from
// their .part files, and every file ends verified, none sent in full twice but the killed ones.
TEST_F(SharedQueueCli, ThreeWorkersKeepTheCapAndTakeOverTheItemsOfAKilledOne)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString url = newSharedQueue(*server, QStringLiteral("workers"));
    ASSERT_FALSE(url.isEmpty());

    constexpr int kFiles = 30;
    const QByteArray data = testPayload(1024 * 1024, 11);
    LocalHttpServer http;
    http.servePaced(data, 1024 * 1024);
    const QStringList settings = {QStringLiteral("--set"), QStringLiteral("queue.url=") + url,
                                  QStringLiteral("--set"), QStringLiteral("http.max_connections=2"),
                                  QStringLiteral("--set"), QStringLiteral("queue.lease_seconds=5")};
    QStringList download = settings + QStringList{QStringLiteral("download"), QStringLiteral("--output"), path(QStringLiteral("shared")),
                                                  QStringLiteral("--no-run"), QStringLiteral("--json")};
    for (int i = 0; i < kFiles; ++i)
        download << QStringLiteral("--url") << http.url(QStringLiteral("/f%1.bin").arg(i, 2, 10, QLatin1Char('0'))).toString();
    const CliProcessRun queued = runCli(download);
    ASSERT_EQ(queued.exitCode, 0) << queued.err.toStdString();
    ASSERT_EQ(QJsonDocument::fromJson(queued.out).object().value(QStringLiteral("queued")).toArray().size(), kFiles);

    QElapsedTimer clock;
    clock.start();
    const QList<QProcess *> workers = startWorkers(settings, QStringLiteral("w"), 3);
    QTest::qWait(4000);   // the scenario: the first worker dies 4 s into the run

    workers.first()->kill();
    // What w1 held when it died, as the database says: its rows keep its name until another
    // worker takes them over after the lease.
    PostgresQueueStore store(QueueStoreLocation::parse(url).value(), server->password());
    ASSERT_TRUE(store.open().ok());
    QSet<QString> killedFiles;
    const auto rows = store.loadAll();
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    for (const QueueItemInfo &item : rows.value()) {
        if (item.worker == QLatin1String("w1") && item.state != QueueState::Done)
            killedFiles.insert(item.scene.link.path());
    }
    EXPECT_FALSE(killedFiles.isEmpty()) << "w1 held nothing when it was killed";

    for (int w = 1; w < 3; ++w) {
        QProcess *worker = workers.at(w);
        ASSERT_TRUE(waitUntil([&] { return worker->state() == QProcess::NotRunning; }, 120000)) << "worker " << w + 1 << " did not finish";
        EXPECT_EQ(worker->exitCode(), 0) << worker->readAllStandardError().toStdString();
    }
    EXPECT_LE(http.maxActiveResponses(), 2) << "the server saw more transfers at once than http.max_connections";
    for (int i = 0; i < kFiles; ++i) {
        const QString name = QStringLiteral("/f%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        EXPECT_EQ(fileBytes(path(QStringLiteral("shared")) + name), data) << name.toStdString();
        if (!killedFiles.contains(name)) {
            EXPECT_EQ(http.bodyBytesSent(name), data.size()) << name.toStdString() << " was sent more than once";
        }
    }
    QStringList killedSent;
    for (const QString &name : std::as_const(killedFiles))
        killedSent << QStringLiteral("%1: %2 bytes").arg(name).arg(http.bodyBytesSent(name));
    qInfo("at most %d transfers at once; %lld ms in all; w1 held %s", http.maxActiveResponses(), qint64(clock.elapsed()),
          qPrintable(killedSent.join(QStringLiteral(", "))));
    const CliProcessRun listed = runCli(settings + QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    int done = 0;
    for (const QByteArray &line : listed.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            done += QJsonDocument::fromJson(line).object().value(QStringLiteral("state")).toString() == QLatin1String("done") ? 1 : 0;
    }
    EXPECT_EQ(done, kFiles) << listed.out.toStdString();
}

// Three machines drain one queue of small files from a server that allows 240 requests a minute
// (http.requests_per_minute, one every 250 ms): the server sees the pace of one, not of three,
// because every worker takes its request tokens from the bucket in the database.
TEST_F(SharedQueueCli, ThreeWorkersKeepToOneRequestRateTogether)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString url = newSharedQueue(*server, QStringLiteral("rate"));
    ASSERT_FALSE(url.isEmpty());

    constexpr int kFiles = 18;
    constexpr int kSpacingMs = 250;
    const QByteArray data = testPayload(4096, 5);
    LocalHttpServer http;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    http.setHandler([&](const RecordedRequest &r) {
        arrivals << clock.elapsed();
        return LocalHttpServer::serveBytes(r, data);
    });
    const QStringList settings = {QStringLiteral("--set"), QStringLiteral("queue.url=") + url,
                                  QStringLiteral("--set"), QStringLiteral("http.requests_per_minute=%1").arg(60000 / kSpacingMs),
                                  QStringLiteral("--set"), QStringLiteral("http.max_connections=6")};
    QStringList download = settings + QStringList{QStringLiteral("download"), QStringLiteral("--output"), path(QStringLiteral("shared")),
                                                  QStringLiteral("--no-run")};
    for (int i = 0; i < kFiles; ++i)
        download << QStringLiteral("--url") << http.url(QStringLiteral("/r%1.bin").arg(i)).toString();
    const CliProcessRun queued = runCli(download);
    ASSERT_EQ(queued.exitCode, 0) << queued.err.toStdString();

    const QList<QProcess *> workers = startWorkers(settings, QStringLiteral("r"), 3);
    for (QProcess *worker : std::as_const(workers)) {
        ASSERT_TRUE(waitUntil([&] { return worker->state() == QProcess::NotRunning; }, 120000));
        EXPECT_EQ(worker->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(worker->exitCode(), 0) << worker->readAllStandardError().toStdString();
    }
    ASSERT_EQ(arrivals.size(), kFiles);
    for (int i = 0; i < kFiles; ++i)
        EXPECT_EQ(fileBytes(path(QStringLiteral("shared/r%1.bin").arg(i))), data) << i;

    // A bucket of one token refilled every 250 ms: in any second the server sees at most the four
    // the rate allows and the one the bucket held. Three workers on buckets of their own would
    // send up to twelve.
    std::sort(arrivals.begin(), arrivals.end());
    int mostInASecond = 0;
    for (int i = 0; i < kFiles; ++i) {
        int n = 0;
        for (int j = i; j < kFiles && arrivals.at(j) - arrivals.at(i) < 1000; ++j)
            ++n;
        mostInASecond = std::max(mostInASecond, n);
    }
    const qint64 span = arrivals.last() - arrivals.first();
    qInfo("%d requests from 3 workers over %lld ms; at most %d in any second", kFiles, span, mostInASecond);
    EXPECT_LE(mostInASecond, 1000 / kSpacingMs + 1);
    EXPECT_GE(span, (kFiles - 1) * kSpacingMs * 9 / 10) << "the requests came faster than one rate allows";
}

// The CLI on a queue in PostgreSQL (queue.url), as a user runs it: items put in the shared queue
// with `download --no-run` are listed and downloaded from the database, the local journal stays
// empty, and a missing or wrong password is a clear error that never shows the password.
#include "tests/download/queue/QueueCliSupport.h"
#include "tests/support/PostgresTestServer.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTest>

using namespace eoc;
using namespace eoc::test;

namespace {

class SharedQueueCli : public CliFixture
{
protected:
    void TearDown() override { qunsetenv("EOC_QUEUE_PASSWORD"); }

    // `args` with queue.url set to `url`.
    static QStringList onQueue(const QString &url, QStringList args)
    {
        return QStringList{QStringLiteral("--set"), QStringLiteral("queue.url=") + url} + args;
    }
};

} // namespace

TEST_F(SharedQueueCli, ItemsQueuedInPostgresAreListedAndDownloadedFromIt)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString database = PostgresTestServer::uniqueDatabaseName(QStringLiteral("cli"));
    ASSERT_TRUE(server->createDatabase(database));
    const QString url = server->url(database);
    qputenv("EOC_QUEUE_PASSWORD", server->password().toUtf8());

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
    const QString database = PostgresTestServer::uniqueDatabaseName(QStringLiteral("cli"));
    ASSERT_TRUE(server->createDatabase(database));
    const QString url = server->url(database);
    qputenv("EOC_QUEUE_PASSWORD", server->password().toUtf8());

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

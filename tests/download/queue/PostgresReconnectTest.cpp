// A shared queue outlives a dropped database connection: the server ending it (a restart, an
// administrator, a network that cut it) costs one failed operation, reported as Transient, and
// the store connects again at the next one, taking back the worker role it held so that no
// runner can take the queue from under its workers meanwhile.
#include "core/download/queue/PostgresQueueStore.h"
#include "tests/support/PostgresTestServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace eoc;
using namespace eoc::test;

namespace {

// Runs `sql` on a superuser connection of the test's own (to the postgres database); `onRow` sees
// each row of its answer.
void asAdministrator(PostgresTestServer &server, const QString &sql, const std::function<void(QSqlQuery &)> &onRow = {})
{
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.user());
        admin.setPassword(server.password());
        admin.setDatabaseName(QStringLiteral("postgres"));
        EXPECT_TRUE(admin.open()) << admin.lastError().text().toStdString();
        QSqlQuery q(admin);
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        while (onRow && q.next())
            onRow(q);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

// Ends every other connection to `database`, as a server restart does. Returns how many were ended.
int dropConnectionsTo(PostgresTestServer &server, const QString &database)
{
    int ended = 0;
    asAdministrator(server, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"
                                           " AND pid <> pg_backend_pid()").arg(database),
                    [&ended](QSqlQuery &q) { ended += q.value(0).toBool() ? 1 : 0; });
    return ended;
}

// Lets connections to `database` in or keeps them out, as a server that is down or back does.
void allowConnections(PostgresTestServer &server, const QString &database, bool allow)
{
    asAdministrator(server, QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2").arg(database, allow ? QStringLiteral("true") : QStringLiteral("false")));
}

} // namespace

// While the server cannot be reached, the store does not try to connect at every operation (each
// try can take the connect timeout, and the desktop application's window would wait for it): after
// a failed try the next operations fail at once, even when the server is back, until the back-off
// has passed; then the store connects again.
TEST(PostgresQueueStore, AfterAFailedReconnectOperationsFailAtOnceUntilTheBackOffHasPassed)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString database = PostgresTestServer::uniqueDatabaseName(QStringLiteral("backoff"));
    ASSERT_TRUE(server->createDatabase(database));
    PostgresQueueStore store(QueueStoreLocation::parse(server->url(database)).value(), server->password());
    ASSERT_TRUE(store.open().ok());

    allowConnections(*server, database, false);
    ASSERT_EQ(dropConnectionsTo(*server, database), 1);
    EXPECT_FALSE(store.ids().ok()) << "the dropped connection was not noticed";
    const auto refused = store.ids();    // tries to connect, and is refused
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().errorClass, ErrorClass::Transient);

    allowConnections(*server, database, true);
    EXPECT_FALSE(store.ids().ok()) << "the store tried to connect again within its back-off";
    QTest::qWait(1100);
    const auto back = store.ids();
    EXPECT_TRUE(back.ok()) << back.error().message.toStdString();
}

TEST(PostgresQueueStore, ADroppedConnectionCostsOneOperationAndTheWorkerRoleIsTakenBack)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString database = PostgresTestServer::uniqueDatabaseName(QStringLiteral("reconnect"));
    ASSERT_TRUE(server->createDatabase(database));
    const QueueStoreLocation location = QueueStoreLocation::parse(server->url(database)).value();

    PostgresQueueStore worker(location, server->password());
    ASSERT_TRUE(worker.open().ok());
    ASSERT_TRUE(worker.tryTakeWorkerRole());
    QueueItemInfo item;
    item.provider = QStringLiteral("http");
    item.title = QStringLiteral("a.bin");
    item.outputFolder = QStringLiteral("/data");
    item.added = item.updated = QDateTime::currentDateTimeUtc();
    const qint64 id = worker.insert(item).value();

    ASSERT_EQ(dropConnectionsTo(*server, database), 1);
    const auto failed = worker.ids();
    ASSERT_FALSE(failed.ok()) << "the dropped connection was not noticed";
    EXPECT_EQ(failed.error().errorClass, ErrorClass::Transient) << failed.error().message.toStdString();

    const auto again = worker.ids();
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value(), QList<qint64>{id});
    EXPECT_EQ(worker.claimItems(QStringLiteral("w"), 60, 5).value(), QList<qint64>{id});

    // The worker role came back with the connection: a runner is still kept out.
    PostgresQueueStore runner(location, server->password());
    ASSERT_TRUE(runner.open().ok());
    EXPECT_FALSE(runner.tryTakeRunnerRole()) << "a runner took the queue while its worker reconnected";
    worker.releaseWorkerRole();
    EXPECT_TRUE(runner.tryTakeRunnerRole());
}

TEST(PostgresQueueStore, AnErrorOfTheStatementItselfKeepsTheConnection)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QString database = PostgresTestServer::uniqueDatabaseName(QStringLiteral("reconnect"));
    ASSERT_TRUE(server->createDatabase(database));
    PostgresQueueStore store(QueueStoreLocation::parse(server->url(database)).value(), server->password());
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(store.tryTakeRunnerRole());
    // A file of no item: the server refuses it (a foreign key), the connection is fine.
    const Status refused = store.updateFile(4242, 0, QueueFileInfo());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(store.ids().ok());
    // Still the same session: it still holds the run lock, which a new connection would not.
    PostgresQueueStore other(QueueStoreLocation::parse(server->url(database)).value(), server->password());
    ASSERT_TRUE(other.open().ok());
    EXPECT_FALSE(other.tryTakeRunnerRole());
}

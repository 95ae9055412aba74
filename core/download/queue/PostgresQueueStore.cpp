#include "core/download/queue/PostgresQueueStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace eoc {

namespace {

const char kDriver[] = "QPSQL";
// The advisory lock that keeps two workers from creating the schema at the same time ("EOCQUEUE").
constexpr qint64 kSchemaLock = 0x454F435155455545;
// Taken by a transaction that claims a connection slot, so that two workers never take the same one.
constexpr qint64 kSlotLock = 0x454F43534C4F5453;
// Held by the process that runs the shared queue, for as long as its connection lives.
constexpr qint64 kRunnerLock = 0x454F4352554E4E52;
// A server that does not answer: give up after this many seconds instead of hanging the program.
constexpr int kConnectTimeoutSeconds = 10;

} // namespace

PostgresQueueStore::PostgresQueueStore(QueueStoreLocation location, QString password)
    : m_location(std::move(location)), m_password(std::move(password))
{
}

Error PostgresQueueStore::failure(ErrorClass errorClass, const QString &what) const
{
    return Error(errorClass, QCoreApplication::translate("QueueStore", "Shared queue %1: %2").arg(description(), what));
}

Error PostgresQueueStore::sqlError(const QString &what, const QSqlError &error) const
{
    // Whether the connection itself is gone: no SQLSTATE (the client lost the server), a
    // connection exception (08...) or the server ending it (57...: shutdown, terminated). A
    // statement of its own confirms it; other errors (a constraint, an aborted transaction)
    // leave the connection as it is.
    const QString state = error.nativeErrorCode();
    const bool mayBeLost = state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57"));
    if (mayBeLost && !m_reconnecting && isOpen()) {
        QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
        QSqlQuery probe(db);
        if (!db.isOpen() || !probe.exec(QStringLiteral("SELECT 1")))
            m_lost = true;
    }
    // The server or the network may come back: the queue tries again at its next change.
    return failure(ErrorClass::Transient, QCoreApplication::translate("QueueStore", "%1 failed: %2").arg(what, error.text()));
}

Status PostgresQueueStore::open()
{
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(kDriver))) {
        return failure(ErrorClass::Permanent,
                       QCoreApplication::translate("QueueStore", "Qt's PostgreSQL driver (QPSQL) is not installed; install the "
                                                                 "package libqt6sql6-psql"));
    }
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(kDriver), name);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        db.setPassword(m_password);
        db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=eo-collector").arg(kConnectTimeoutSeconds));
        if (!db.open()) {
            const Error e = failure(ErrorClass::Transient,
                                    QCoreApplication::translate("QueueStore", "cannot connect: %1").arg(db.lastError().text()));
            db = QSqlDatabase();
            dropConnection(name);
            return e;
        }
    }
    setConnection(name);
    return migrate();
}

Status PostgresQueueStore::migrate()
{
    QSqlDatabase db = database();
    SqlTransaction t(db);
    if (!t.ok())
        return sqlError(QCoreApplication::translate("QueueStore", "starting the schema transaction"), db.lastError());
    QSqlQuery q(db);
    // Held until the transaction ends: a second worker reads the version only once the first
    // has committed the schema it made.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock)))
        return sqlError(QCoreApplication::translate("QueueStore", "locking the schema"), q.lastError());
    // "relation already exists, skipping" is the usual case, not news for the user's terminal.
    q.exec(QStringLiteral("SET LOCAL client_min_messages = warning"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")))
        return sqlError(QCoreApplication::translate("QueueJournal", "creating the migrations table"), q.lastError());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM migrations")) || !q.next())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading the schema version"), q.lastError());
    const int current = q.value(0).toInt();
    if (current > schemaVersion) {
        return failure(ErrorClass::Permanent, QCoreApplication::translate("QueueStore", "it was written by a newer version "
                                                                        "(schema %1, this program knows %2)").arg(current).arg(schemaVersion));
    }
    QStringList statements;
    if (current < 5) {
        // The journal's version 5 at once: the shared queue began there. Sizes, positions and ids
        // are 64-bit (SQLite's INTEGER is; PostgreSQL's is not).
        statements << QStringLiteral("CREATE TABLE items ("
                                     " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                                     " provider TEXT NOT NULL, title TEXT NOT NULL, scene_json TEXT NOT NULL,"
                                     " output_folder TEXT NOT NULL, layout TEXT NOT NULL,"
                                     " priority INTEGER NOT NULL DEFAULT 0, position BIGINT NOT NULL,"
                                     " wish TEXT NOT NULL, state TEXT NOT NULL,"
                                     " error_class TEXT NOT NULL DEFAULT 'none', error_message TEXT NOT NULL DEFAULT '',"
                                     " attempts INTEGER NOT NULL DEFAULT 0,"
                                     " added TEXT NOT NULL, updated TEXT NOT NULL, next_poll TEXT,"
                                     " secrets_ref TEXT NOT NULL DEFAULT '', secret_headers TEXT NOT NULL DEFAULT '',"
                                     " worker TEXT, lease_until TEXT)")
                   << QStringLiteral("CREATE TABLE files ("
                                     " item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                                     " idx INTEGER NOT NULL, url TEXT NOT NULL, relative_path TEXT NOT NULL,"
                                     " part_path TEXT NOT NULL, final_path TEXT NOT NULL,"
                                     " bytes_on_disk BIGINT NOT NULL DEFAULT 0, total_size BIGINT,"
                                     " etag BYTEA, last_modified BYTEA, checksums TEXT NOT NULL DEFAULT '{}',"
                                     " done INTEGER NOT NULL DEFAULT 0,"
                                     " PRIMARY KEY (item_id, idx))")
                   << QStringLiteral("CREATE TABLE source_speeds (source TEXT PRIMARY KEY, bytes BIGINT NOT NULL,"
                                     " milliseconds BIGINT NOT NULL, updated TEXT NOT NULL)")
                   << QStringLiteral("CREATE TABLE commands (seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                                     " item_id BIGINT NOT NULL, command TEXT NOT NULL, posted TEXT NOT NULL)");
    }
    return finishMigration(q, t, statements, current, schemaVersion);
}

Result<QList<QPair<qint64, QString>>> PostgresQueueStore::takeCommands(const QString &worker)
{
    QSqlQuery q(database());
    // One statement: what it deletes is what it returns, so two workers never both take a request.
    q.prepare(QStringLiteral("WITH taken AS (DELETE FROM commands WHERE %1 RETURNING seq, item_id, command)"
                             " SELECT item_id, command FROM taken ORDER BY seq").arg(commandFilterSql(worker)));
    if (!worker.isEmpty())
        q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading requests"), q.lastError());
    QList<QPair<qint64, QString>> commands;
    while (q.next())
        commands.append({q.value(0).toLongLong(), q.value(1).toString()});
    return commands;
}

bool PostgresQueueStore::takeLock(const char *function) const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT %1(%2)").arg(QLatin1String(function)).arg(kRunnerLock)) || !q.next()) {
        qWarning("%s", qUtf8Printable(sqlError(QCoreApplication::translate("QueueStore", "taking the run lock"), q.lastError()).message));
        return false;
    }
    return q.value(0).toBool();
}

bool PostgresQueueStore::tryTakeRunnerRole()
{
    m_runnerRole = takeLock("pg_try_advisory_lock");
    return m_runnerRole;
}

void PostgresQueueStore::releaseRunnerRole()
{
    m_runnerRole = false;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kRunnerLock));
}

bool PostgresQueueStore::tryTakeWorkerRole()
{
    m_workerRole = takeLock("pg_try_advisory_lock_shared");
    return m_workerRole;
}

void PostgresQueueStore::releaseWorkerRole()
{
    m_workerRole = false;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT pg_advisory_unlock_shared(%1)").arg(kRunnerLock));
}

void PostgresQueueStore::reconnectIfLost() const
{
    if (!m_lost || m_reconnecting)
        return;
    m_reconnecting = true;
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    db.close();
    if (db.open()) {
        m_lost = false;
        // The server let go of the advisory locks with the old connection.
        if ((m_runnerRole && !takeLock("pg_try_advisory_lock")) || (m_workerRole && !takeLock("pg_try_advisory_lock_shared")))
            qWarning("%s", qUtf8Printable(failure(ErrorClass::Transient, QCoreApplication::translate("QueueStore",
                "connected again, but another process took the queue's run lock meanwhile")).message));
    } else {
        qWarning("%s", qUtf8Printable(failure(ErrorClass::Transient, QCoreApplication::translate("QueueStore", "cannot connect again: %1")
                                                                          .arg(db.lastError().text())).message));
    }
    m_reconnecting = false;
}

QString PostgresQueueStore::serializeSql() const
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSlotLock);
}

QString PostgresQueueStore::clockSql(int seconds) const
{
    // The server's clock, in the format of timeText(): 2026-12-05T18:48:02.123Z. Every worker
    // compares leases with this one clock, whatever its own says.
    return QStringLiteral("to_char((clock_timestamp() + interval '%1 seconds') AT TIME ZONE 'UTC', "
                          "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(seconds);
}

} // namespace eoc

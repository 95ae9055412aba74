#include "core/download/queue/SqliteQueueStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace eoc {

namespace {

// The journal names the user's files and folders and the headers of their downloads: it is the
// user's alone, whatever the umask. SQLite gives its -wal and -shm files the mode of the database.
void restrictToOwner(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

Status createPrivately(const QString &path)
{
    if (QFileInfo::exists(path))
        return success();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("QueueJournal", "Download journal: cannot create %1: %2").arg(path, file.errorString()));
    }
    return success();
}

} // namespace

Error SqliteQueueStore::sqlError(const QString &what, const QSqlError &e) const
{
    return Error(ErrorClass::LocalDisk, QCoreApplication::translate("QueueJournal", "Download journal: %1 failed: %2").arg(what, e.text()));
}

QString SqliteQueueStore::description() const
{
    return QCoreApplication::translate("QueueJournal", "the journal %1").arg(m_path);
}

Status SqliteQueueStore::open()
{
    return open(m_path);
}

Status SqliteQueueStore::open(const QString &path)
{
    // SQLite takes a 0-byte file for a new database. A journal is never empty once opened, so
    // this one was cut short (a crash, a full disk): say so rather than start over silently.
    if (const QFileInfo existing(path); existing.isFile() && existing.size() == 0) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("QueueJournal", "The download journal %1 is empty (0 bytes): it was probably cut short by a crash "
                                    "or a full disk, and holds no queue. It is left as it is; remove it to start "
                                    "a new, empty queue").arg(path));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto s = createPrivately(path); !s)
        return s;
    restrictToOwner(path);
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // A second process may hold the write lock briefly: wait rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const Error e = sqlError(QCoreApplication::translate("QueueJournal", "opening %1").arg(path), db.lastError());
            db = QSqlDatabase();
            dropConnection(name);
            return e;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));   // see the class comment
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    restrictToOwner(path);
    m_path = path;
    setConnection(name);
    // A damaged file shows only at the first statement: name it, it is not overwritten.
    if (auto s = migrate(); !s) {
        return Error(s.error().errorClass, QCoreApplication::translate("QueueJournal", "%1 (the download journal %2; it is left as it is)")
                                               .arg(s.error().message, path));
    }
    return success();
}

Status SqliteQueueStore::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const auto stored = readSchemaVersion(q);
    if (!stored)
        return stored.error();
    const int current = stored.value();
    if (current > schemaVersion) {
        return Error(ErrorClass::LocalDisk, QCoreApplication::translate("QueueJournal", "The download journal was written by a newer version "
                                                           "(schema %1, this program knows %2)").arg(current).arg(schemaVersion));
    }
    if (current >= schemaVersion)
        return success();
    SqlTransaction t(db);
    QStringList statements;
    if (current < 1) {
        statements << QStringLiteral("CREATE TABLE items ("
                                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                     " provider TEXT NOT NULL, title TEXT NOT NULL, scene_json TEXT NOT NULL,"
                                     " output_folder TEXT NOT NULL, layout TEXT NOT NULL,"
                                     " priority INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL,"
                                     " wish TEXT NOT NULL, state TEXT NOT NULL,"
                                     " error_class TEXT NOT NULL DEFAULT 'none', error_message TEXT NOT NULL DEFAULT '',"
                                     " attempts INTEGER NOT NULL DEFAULT 0,"
                                     " added TEXT NOT NULL, updated TEXT NOT NULL, next_poll TEXT,"
                                     " command TEXT)")
                   << QStringLiteral("CREATE TABLE files ("
                                     " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                                     " idx INTEGER NOT NULL, url TEXT NOT NULL, relative_path TEXT NOT NULL,"
                                     " part_path TEXT NOT NULL, final_path TEXT NOT NULL,"
                                     " bytes_on_disk INTEGER NOT NULL DEFAULT 0, total_size INTEGER,"
                                     " etag BLOB, last_modified BLOB, checksums TEXT NOT NULL DEFAULT '{}',"
                                     " done INTEGER NOT NULL DEFAULT 0,"
                                     " PRIMARY KEY (item_id, idx))");
    }
    if (current < 2) {
        // Secret headers: a DownloadSecrets reference and the header names, never their values.
        statements << QStringLiteral("ALTER TABLE items ADD COLUMN secrets_ref TEXT NOT NULL DEFAULT ''")
                   << QStringLiteral("ALTER TABLE items ADD COLUMN secret_headers TEXT NOT NULL DEFAULT ''");
    }
    if (current < 3) {
        statements << QStringLiteral("CREATE TABLE source_speeds (source TEXT PRIMARY KEY, bytes INTEGER NOT NULL,"
                                     " milliseconds INTEGER NOT NULL, updated TEXT NOT NULL)");
    }
    if (current < 4) {
        // Requests of other processes as rows of their own, applied in the order they were
        // posted: one column per item kept only the last of two requests made within a tick.
        // A request still waiting in that column is carried over; the column stays, unused.
        statements << QStringLiteral("CREATE TABLE commands (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                     " item_id INTEGER NOT NULL, command TEXT NOT NULL, posted TEXT NOT NULL)")
                   << QStringLiteral("INSERT INTO commands (item_id, command, posted)"
                                     " SELECT id, command, updated FROM items WHERE command IS NOT NULL")
                   << QStringLiteral("UPDATE items SET command = NULL");
    }
    if (current < 5) {
        // For a queue drained by many machines: the worker holding the item and when its hold
        // runs out. Kept here too so that both stores have the same rows.
        statements << QStringLiteral("ALTER TABLE items ADD COLUMN worker TEXT")
                   << QStringLiteral("ALTER TABLE items ADD COLUMN lease_until TEXT");
    }
    return finishMigration(q, t, statements, current, schemaVersion);
}

Result<QList<QPair<qint64, QString>>> SqliteQueueStore::takeCommands(const QString &worker)
{
    QSqlDatabase db = database();
    SqlTransaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, item_id, command FROM commands WHERE %1 ORDER BY seq").arg(commandFilterSql(worker)));
    if (!worker.isEmpty())
        q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading requests"), q.lastError());
    QList<QPair<qint64, QString>> commands;
    QStringList taken;
    while (q.next()) {
        taken << q.value(0).toString();
        commands.append({q.value(1).toLongLong(), q.value(2).toString()});
    }
    if (commands.isEmpty())
        return commands;
    q.finish();
    // Only what was read: a request posted meanwhile waits for the next tick.
    if (!q.exec(QStringLiteral("DELETE FROM commands WHERE seq IN (%1)").arg(taken.join(QLatin1Char(',')))) || !t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "clearing requests"), q.lastError());
    return commands;
}

QString SqliteQueueStore::clockSql(int seconds) const
{
    // The format of timeText(): 2026-12-05T18:48:02.123Z.
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '%1 seconds')").arg(seconds >= 0 ? QStringLiteral("+%1").arg(seconds)
                                                                                                  : QString::number(seconds));
}

QString SqliteQueueStore::clockMsSql() const
{
    // Julian days since the Unix epoch (2440587.5) in milliseconds.
    return QStringLiteral("CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)");
}

} // namespace eoc

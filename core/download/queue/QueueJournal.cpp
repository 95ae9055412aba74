#include "core/download/queue/QueueJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace eoc {

namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error(ErrorClass::LocalDisk, QCoreApplication::translate("QueueJournal", "Download journal: %1 failed: %2").arg(what, e.text()));
}

QString dateText(const QDateTime &dt) { return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime dateFrom(const QVariant &v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

// One transaction; rolls back unless commit() is reached.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool ok() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// SQLite stores a null QString as NULL; the schema wants text.
QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

const char *const kItemColumns =
    "id, provider, title, scene_json, output_folder, layout, priority, position, wish, state, "
    "error_class, error_message, attempts, added, updated, next_poll, secrets_ref, secret_headers";

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

QueueJournal::QueueJournal() = default;

QueueJournal::~QueueJournal()
{
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status QueueJournal::open(const QString &path)
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
    const QString name = QStringLiteral("eoc-queue-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // A second process may hold the write lock briefly: wait rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const Error e = sqlError(QCoreApplication::translate("QueueJournal", "opening %1").arg(path), db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return e;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));   // see the class comment
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    restrictToOwner(path);
    m_connection = name;
    // A damaged file shows only at the first statement: name it, it is not overwritten.
    if (auto s = migrate(); !s) {
        return Error(s.error().errorClass, QCoreApplication::translate("QueueJournal", "%1 (the download journal %2; it is left as it is)")
                                               .arg(s.error().message, path));
    }
    return success();
}

Status QueueJournal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")))
        return sqlError(QCoreApplication::translate("QueueJournal", "creating the migrations table"), q.lastError());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM migrations")) || !q.next())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading the schema version"), q.lastError());
    const int current = q.value(0).toInt();
    if (current > schemaVersion) {
        return Error(ErrorClass::LocalDisk, QCoreApplication::translate("QueueJournal", "The download journal was written by a newer version "
                                                           "(schema %1, this program knows %2)").arg(current).arg(schemaVersion));
    }
    if (current >= schemaVersion)
        return success();
    Transaction t(db);
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
    for (int version = current + 1; version <= schemaVersion; ++version) {
        statements << QStringLiteral("INSERT INTO migrations (version, applied) VALUES (%1, '%2')")
                          .arg(version)
                          .arg(dateText(QDateTime::currentDateTimeUtc()));
    }
    for (const QString &s : statements) {
        if (!q.exec(s))
            return sqlError(QCoreApplication::translate("QueueJournal", "creating the schema"), q.lastError());
    }
    if (!t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "committing the schema"), db.lastError());
    return success();
}

namespace {

QueueItemInfo itemFromRow(const QSqlQuery &q)
{
    QueueItemInfo i;
    i.id = q.value(0).toLongLong();
    i.provider = q.value(1).toString();
    i.title = q.value(2).toString();
    if (auto scene = SceneResult::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()))
        i.scene = scene.value();
    i.outputFolder = q.value(4).toString();
    i.layout = queueLayoutFromName(q.value(5).toString()).value_or(QueueLayout::Flat);
    i.priority = q.value(6).toInt();
    i.position = q.value(7).toLongLong();
    i.wish = queueWishFromName(q.value(8).toString()).value_or(QueueWish::Paused);
    i.state = queueStateFromName(q.value(9).toString()).value_or(QueueState::Waiting);
    i.error = Error(errorClassFromName(q.value(10).toString()).value_or(ErrorClass::None), q.value(11).toString());
    i.attempts = q.value(12).toInt();
    i.added = dateFrom(q.value(13));
    i.updated = dateFrom(q.value(14));
    i.nextPoll = dateFrom(q.value(15));
    i.secretsRef = q.value(16).toString();
    i.secretHeaders = q.value(17).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return i;
}

Status loadFiles(QSqlDatabase db, QueueItemInfo &item)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT url, relative_path, part_path, final_path, bytes_on_disk, total_size, etag,"
                             " last_modified, checksums, done FROM files WHERE item_id = ? ORDER BY idx"));
    q.addBindValue(item.id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading files"), q.lastError());
    item.files.clear();
    while (q.next()) {
        QueueFileInfo f;
        f.url = QUrl(q.value(0).toString());
        f.relativePath = q.value(1).toString();
        f.partPath = q.value(2).toString();
        f.finalPath = q.value(3).toString();
        f.bytesOnDisk = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            f.totalSize = q.value(5).toLongLong();
        f.etag = q.value(6).toByteArray();
        f.lastModified = q.value(7).toByteArray();
        f.checksums = checksumsFromJournalText(q.value(8).toString());
        f.done = q.value(9).toBool();
        item.files << f;
        item.bytesDone += f.done && f.totalSize ? *f.totalSize : f.bytesOnDisk;
    }
    return success();
}

bool bindFile(QSqlQuery &q, qint64 id, int index, const QueueFileInfo &f)
{
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO files (item_id, idx, url, relative_path, part_path, final_path,"
                             " bytes_on_disk, total_size, etag, last_modified, checksums, done)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(index);
    q.addBindValue(f.url.toString(QUrl::FullyEncoded));
    q.addBindValue(nonNull(f.relativePath));
    q.addBindValue(nonNull(f.partPath));
    q.addBindValue(nonNull(f.finalPath));
    q.addBindValue(f.bytesOnDisk);
    q.addBindValue(f.totalSize ? QVariant(*f.totalSize) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(f.etag);
    q.addBindValue(f.lastModified);
    q.addBindValue(checksumsToJournalText(f.checksums));
    q.addBindValue(f.done ? 1 : 0);
    return q.exec();
}

} // namespace

Result<QList<QueueItemInfo>> QueueJournal::loadAll() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM items ORDER BY priority DESC, position").arg(QLatin1String(kItemColumns))))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading items"), q.lastError());
    QList<QueueItemInfo> items;
    while (q.next())
        items << itemFromRow(q);
    for (auto &item : items) {
        if (auto s = loadFiles(db, item); !s)
            return s.error();
    }
    return items;
}

Result<QueueItemInfo> QueueJournal::load(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE id = ?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading an item"), q.lastError());
    if (!q.next())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueJournal", "No queue item %1").arg(id));
    QueueItemInfo item = itemFromRow(q);
    if (auto s = loadFiles(db, item); !s)
        return s.error();
    return item;
}

Result<qint64> QueueJournal::insert(const QueueItemInfo &item)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO items (provider, title, scene_json, output_folder, layout, priority, position,"
                             " wish, state, error_class, error_message, attempts, added, updated, next_poll,"
                             " secrets_ref, secret_headers)"
                             " VALUES (?,?,?,?,?,?, (SELECT COALESCE(MAX(position), 0) + 1 FROM items),"
                             " ?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(nonNull(item.provider));
    q.addBindValue(nonNull(item.title));
    q.addBindValue(QString::fromUtf8(QJsonDocument(item.scene.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(nonNull(item.outputFolder));
    q.addBindValue(queueLayoutName(item.layout));
    q.addBindValue(item.priority);
    q.addBindValue(queueWishName(item.wish));
    q.addBindValue(queueStateName(item.state));
    q.addBindValue(errorClassName(item.error.errorClass));
    q.addBindValue(nonNull(item.error.message));
    q.addBindValue(item.attempts);
    q.addBindValue(nonNull(dateText(item.added)));
    q.addBindValue(nonNull(dateText(item.updated)));
    q.addBindValue(dateText(item.nextPoll));
    q.addBindValue(nonNull(item.secretsRef));
    q.addBindValue(nonNull(item.secretHeaders.join(QLatin1Char(','))));
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "adding an item"), q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    for (int i = 0; i < item.files.size(); ++i) {
        if (!bindFile(q, id, i, item.files.at(i)))
            return sqlError(QCoreApplication::translate("QueueJournal", "adding files"), q.lastError());
    }
    if (!t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "committing a new item"), db.lastError());
    return id;
}

Status QueueJournal::update(const QueueItemInfo &item)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET provider=?, title=?, scene_json=?, output_folder=?, layout=?, priority=?, wish=?,"
                             " state=?, error_class=?, error_message=?, attempts=?, updated=?, next_poll=? WHERE id=?"));
    // The provider changes when the queue moves an item to another source of its scene.
    q.addBindValue(nonNull(item.provider));
    q.addBindValue(nonNull(item.title));
    q.addBindValue(QString::fromUtf8(QJsonDocument(item.scene.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(nonNull(item.outputFolder));
    q.addBindValue(queueLayoutName(item.layout));
    q.addBindValue(item.priority);
    q.addBindValue(queueWishName(item.wish));
    q.addBindValue(queueStateName(item.state));
    q.addBindValue(errorClassName(item.error.errorClass));
    q.addBindValue(nonNull(item.error.message));
    q.addBindValue(item.attempts);
    q.addBindValue(nonNull(dateText(item.updated)));
    q.addBindValue(dateText(item.nextPoll));
    q.addBindValue(item.id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "updating an item"), q.lastError());
    return success();
}

Status QueueJournal::setSecrets(qint64 id, const QString &reference, const QStringList &headerNames)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE items SET secrets_ref = ?, secret_headers = ? WHERE id = ?"));
    q.addBindValue(nonNull(reference));
    q.addBindValue(nonNull(headerNames.join(QLatin1Char(','))));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "updating an item's secret headers"), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueJournal", "No queue item %1").arg(id));
    return success();
}

Status QueueJournal::updateFiles(const QueueItemInfo &item)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM files WHERE item_id = ?"));
    q.addBindValue(item.id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "replacing files"), q.lastError());
    for (int i = 0; i < item.files.size(); ++i) {
        if (!bindFile(q, item.id, i, item.files.at(i)))
            return sqlError(QCoreApplication::translate("QueueJournal", "replacing files"), q.lastError());
    }
    if (!t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "committing files"), db.lastError());
    return success();
}

Status QueueJournal::updateFile(qint64 id, int index, const QueueFileInfo &file)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!bindFile(q, id, index, file))
        return sqlError(QCoreApplication::translate("QueueJournal", "updating a file"), q.lastError());
    return success();
}

Status QueueJournal::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM items WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "removing an item"), q.lastError());
    return success();
}

Status QueueJournal::setOrder(const QList<OrderEntry> &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET priority = ?, position = ? WHERE id = ?"));
    for (const OrderEntry &e : entries) {
        q.addBindValue(e.priority);
        q.addBindValue(e.position);
        q.addBindValue(e.id);
        if (!q.exec())
            return sqlError(QStringLiteral("reordering items"), q.lastError());
    }
    if (!t.commit())
        return sqlError(QStringLiteral("committing the new order"), db.lastError());
    return success();
}

Status QueueJournal::postCommand(qint64 id, const QString &command)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "posting a request"), q.lastError());
    if (!q.next())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueJournal", "No queue item %1").arg(id));
    q.prepare(QStringLiteral("INSERT INTO commands (item_id, command, posted) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(command);
    q.addBindValue(dateText(QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "posting a request"), q.lastError());
    return success();
}

Result<QList<QPair<qint64, QString>>> QueueJournal::takeCommands()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT seq, item_id, command FROM commands ORDER BY seq")))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading requests"), q.lastError());
    QList<QPair<qint64, QString>> commands;
    qint64 last = 0;
    while (q.next()) {
        last = q.value(0).toLongLong();
        commands.append({q.value(1).toLongLong(), q.value(2).toString()});
    }
    if (commands.isEmpty())
        return commands;
    // Only what was read: a request posted meanwhile waits for the next tick.
    q.prepare(QStringLiteral("DELETE FROM commands WHERE seq <= ?"));
    q.addBindValue(last);
    if (!q.exec() || !t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "clearing requests"), q.lastError());
    return commands;
}

Result<QList<qint64>> QueueJournal::ids() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT id FROM items")))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading ids"), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status QueueJournal::addSourceSpeed(const QString &source, qint64 bytes, qint64 milliseconds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO source_speeds (source, bytes, milliseconds, updated) VALUES (?,?,?,?)"
                             " ON CONFLICT(source) DO UPDATE SET bytes = bytes + excluded.bytes,"
                             " milliseconds = milliseconds + excluded.milliseconds, updated = excluded.updated"));
    q.addBindValue(nonNull(source));
    q.addBindValue(bytes);
    q.addBindValue(milliseconds);
    q.addBindValue(dateText(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "recording a source's speed"), q.lastError());
    return success();
}

Result<QHash<QString, double>> QueueJournal::sourceSpeeds() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT source, bytes, milliseconds FROM source_speeds")))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading the sources' speeds"), q.lastError());
    QHash<QString, double> speeds;
    while (q.next()) {
        const qint64 ms = q.value(2).toLongLong();
        if (ms > 0)
            speeds.insert(q.value(0).toString(), double(q.value(1).toLongLong()) * 1000.0 / double(ms));
    }
    return speeds;
}

} // namespace eoc

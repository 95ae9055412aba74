#include "core/download/queue/QueueStoreSql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace eoc {

namespace {

QDateTime timeFrom(const QVariant &v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

// The NOT NULL text columns want text where an item has a null QString.
QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
// The nullable columns (next_poll, worker, lease_until) hold NULL for nothing, in both dialects.
QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }

const char *const kItemColumns =
    "id, provider, title, scene_json, output_folder, layout, priority, position, wish, state, "
    "error_class, error_message, attempts, added, updated, next_poll, secrets_ref, secret_headers, "
    "worker, lease_until";

QString sceneText(const QueueItemInfo &item)
{
    return QString::fromUtf8(QJsonDocument(item.scene.toJson()).toJson(QJsonDocument::Compact));
}

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
    i.added = timeFrom(q.value(13));
    i.updated = timeFrom(q.value(14));
    i.nextPoll = timeFrom(q.value(15));
    i.secretsRef = q.value(16).toString();
    i.secretHeaders = q.value(17).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    i.worker = q.value(18).toString();
    i.leaseUntil = timeFrom(q.value(19));
    return i;
}

// The item's columns that insert() and update() both write, in this order: provider, title,
// scene_json, output_folder, layout, priority, wish, state, error_class, error_message, attempts.
void bindItemFields(QSqlQuery &q, const QueueItemInfo &item)
{
    q.addBindValue(nonNull(item.provider));
    q.addBindValue(nonNull(item.title));
    q.addBindValue(sceneText(item));
    q.addBindValue(nonNull(item.outputFolder));
    q.addBindValue(queueLayoutName(item.layout));
    q.addBindValue(item.priority);
    q.addBindValue(queueWishName(item.wish));
    q.addBindValue(queueStateName(item.state));
    q.addBindValue(errorClassName(item.error.errorClass));
    q.addBindValue(nonNull(item.error.message));
    q.addBindValue(item.attempts);
}

bool bindFile(QSqlQuery &q, qint64 id, int index, const QueueFileInfo &f)
{
    q.prepare(QStringLiteral("INSERT INTO files (item_id, idx, url, relative_path, part_path, final_path,"
                             " bytes_on_disk, total_size, etag, last_modified, checksums, done)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                             " ON CONFLICT (item_id, idx) DO UPDATE SET url = excluded.url,"
                             " relative_path = excluded.relative_path, part_path = excluded.part_path,"
                             " final_path = excluded.final_path, bytes_on_disk = excluded.bytes_on_disk,"
                             " total_size = excluded.total_size, etag = excluded.etag,"
                             " last_modified = excluded.last_modified, checksums = excluded.checksums,"
                             " done = excluded.done"));
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

QString noItem(qint64 id) { return QCoreApplication::translate("QueueJournal", "No queue item %1").arg(id); }

} // namespace

QueueStoreSql::~QueueStoreSql()
{
    if (!m_connection.isEmpty())
        dropConnection(m_connection);
}

QString QueueStoreSql::newConnectionName()
{
    return QStringLiteral("eoc-queue-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QSqlDatabase QueueStoreSql::database() const
{
    reconnectIfLost();
    // Never opened here: Qt would try to connect at every call of a store whose server is down.
    return QSqlDatabase::database(m_connection, false);
}

void QueueStoreSql::dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<int> QueueStoreSql::readSchemaVersion(QSqlQuery &q) const
{
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")))
        return sqlError(QCoreApplication::translate("QueueJournal", "creating the migrations table"), q.lastError());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM migrations")) || !q.next())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading the schema version"), q.lastError());
    return q.value(0).toInt();
}

Status QueueStoreSql::finishMigration(QSqlQuery &q, SqlTransaction &transaction, QStringList statements, int current, int target) const
{
    if (current < 6)
        statements << schemaVersion6();   // connection slots and worker reports
    if (current < 7)
        statements << schemaVersion7();   // request-rate buckets
    for (int version = current + 1; version <= target; ++version) {
        statements << QStringLiteral("INSERT INTO migrations (version, applied) VALUES (%1, '%2')")
                          .arg(version)
                          .arg(timeText(QDateTime::currentDateTimeUtc()));
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return sqlError(QCoreApplication::translate("QueueJournal", "creating the schema"), q.lastError());
    }
    if (!transaction.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "committing the schema"), database().lastError());
    return success();
}

QString QueueStoreSql::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

// False when the query fails (its lastError() says why).
bool loadFiles(QSqlQuery &q, QueueItemInfo &item)
{
    q.prepare(QStringLiteral("SELECT url, relative_path, part_path, final_path, bytes_on_disk, total_size, etag,"
                             " last_modified, checksums, done FROM files WHERE item_id = ? ORDER BY idx"));
    q.addBindValue(item.id);
    if (!q.exec())
        return false;
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
        f.done = q.value(9).toInt() != 0;
        item.files << f;
        item.bytesDone += f.done && f.totalSize ? *f.totalSize : f.bytesOnDisk;
    }
    return true;
}

} // namespace

Result<QList<QueueItemInfo>> QueueStoreSql::loadAll() const
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM items ORDER BY priority DESC, position").arg(QLatin1String(kItemColumns))))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading items"), q.lastError());
    QList<QueueItemInfo> items;
    while (q.next())
        items << itemFromRow(q);
    QSqlQuery files(db);
    for (auto &item : items) {
        if (!loadFiles(files, item))
            return sqlError(QCoreApplication::translate("QueueJournal", "reading files"), files.lastError());
    }
    return items;
}

Result<QueueItemInfo> QueueStoreSql::load(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE id = ?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "reading an item"), q.lastError());
    if (!q.next())
        return Error(ErrorClass::BadInput, noItem(id));
    QueueItemInfo item = itemFromRow(q);
    if (!loadFiles(q, item))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading files"), q.lastError());
    return item;
}

Result<qint64> QueueStoreSql::insert(const QueueItemInfo &item)
{
    QSqlDatabase db = database();
    SqlTransaction t(db);
    QSqlQuery q(db);
    // RETURNING: PostgreSQL has no last insert id of its own, and SQLite (3.35 on) knows it too.
    q.prepare(QStringLiteral("INSERT INTO items (provider, title, scene_json, output_folder, layout, priority, position,"
                             " wish, state, error_class, error_message, attempts, added, updated, next_poll,"
                             " secrets_ref, secret_headers, worker, lease_until)"
                             " VALUES (?,?,?,?,?,?, (SELECT COALESCE(MAX(position), 0) + 1 FROM items),"
                             " ?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    bindItemFields(q, item);
    q.addBindValue(nonNull(timeText(item.added)));
    q.addBindValue(nonNull(timeText(item.updated)));
    q.addBindValue(textOrNull(timeText(item.nextPoll)));
    q.addBindValue(nonNull(item.secretsRef));
    q.addBindValue(nonNull(item.secretHeaders.join(QLatin1Char(','))));
    q.addBindValue(textOrNull(item.worker));
    q.addBindValue(textOrNull(timeText(item.leaseUntil)));
    if (!q.exec() || !q.next())
        return sqlError(QCoreApplication::translate("QueueJournal", "adding an item"), q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();    // SQLite commits nothing while a statement is still being read
    for (int i = 0; i < item.files.size(); ++i) {
        if (!bindFile(q, id, i, item.files.at(i)))
            return sqlError(QCoreApplication::translate("QueueJournal", "adding files"), q.lastError());
    }
    if (!t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "committing a new item"), db.lastError());
    return id;
}

Status QueueStoreSql::update(const QueueItemInfo &item)
{
    QSqlQuery q(database());
    // Not the worker and its lease: only the lease calls write them, so that a worker's snapshot
    // of an item never undoes a claim or a renewal made meanwhile.
    q.prepare(QStringLiteral("UPDATE items SET provider=?, title=?, scene_json=?, output_folder=?, layout=?, priority=?, wish=?,"
                             " state=?, error_class=?, error_message=?, attempts=?, updated=?, next_poll=?"
                             " WHERE id=?"));
    // The provider changes when the queue moves an item to another source of its scene.
    bindItemFields(q, item);
    q.addBindValue(nonNull(timeText(item.updated)));
    q.addBindValue(textOrNull(timeText(item.nextPoll)));
    q.addBindValue(item.id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "updating an item"), q.lastError());
    return success();
}

Status QueueStoreSql::setSecrets(qint64 id, const QString &reference, const QStringList &headerNames)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE items SET secrets_ref = ?, secret_headers = ? WHERE id = ?"));
    q.addBindValue(nonNull(reference));
    q.addBindValue(nonNull(headerNames.join(QLatin1Char(','))));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "updating an item's secret headers"), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error(ErrorClass::BadInput, noItem(id));
    return success();
}

Status QueueStoreSql::updateFiles(const QueueItemInfo &item)
{
    QSqlDatabase db = database();
    SqlTransaction t(db);
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

Status QueueStoreSql::updateFile(qint64 id, int index, const QueueFileInfo &file)
{
    QSqlQuery q(database());
    if (!bindFile(q, id, index, file))
        return sqlError(QCoreApplication::translate("QueueJournal", "updating a file"), q.lastError());
    return success();
}

Status QueueStoreSql::remove(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM items WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "removing an item"), q.lastError());
    return success();
}

Status QueueStoreSql::setOrder(const QList<OrderEntry> &entries)
{
    QSqlDatabase db = database();
    SqlTransaction t(db);
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

Status QueueStoreSql::postCommand(qint64 id, const QString &command)
{
    QSqlDatabase db = database();
    SqlTransaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "posting a request"), q.lastError());
    if (!q.next())
        return Error(ErrorClass::BadInput, noItem(id));
    q.prepare(QStringLiteral("INSERT INTO commands (item_id, command, posted) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(command);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "posting a request"), q.lastError());
    return success();
}

Result<QList<qint64>> QueueStoreSql::ids() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id FROM items")))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading ids"), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status QueueStoreSql::addSourceSpeed(const QString &source, qint64 bytes, qint64 milliseconds)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO source_speeds (source, bytes, milliseconds, updated) VALUES (?,?,?,?)"
                             " ON CONFLICT (source) DO UPDATE SET bytes = source_speeds.bytes + excluded.bytes,"
                             " milliseconds = source_speeds.milliseconds + excluded.milliseconds,"
                             " updated = excluded.updated"));
    q.addBindValue(nonNull(source));
    q.addBindValue(bytes);
    q.addBindValue(milliseconds);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "recording a source's speed"), q.lastError());
    return success();
}

Result<QHash<QString, double>> QueueStoreSql::sourceSpeeds() const
{
    QSqlQuery q(database());
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

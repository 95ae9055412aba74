// The parts of the SQL stores that let several workers drain one queue: item leases, the
// connection slots that hold a provider's cap across machines, and the workers' reports.
#include "core/download/queue/QueueStoreSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QVariant>

#include <cmath>

namespace eoc {

namespace {

QList<qint64> returnedIds(QSqlQuery &q)
{
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

Result<QList<qint64>> QueueStoreSql::claimItems(const QString &worker, int leaseSeconds, int max)
{
    if (worker.isEmpty() || max <= 0)
        return QList<qint64>();
    QSqlDatabase db = database();
    SqlTransaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET worker = ?, lease_until = %1 WHERE id IN ("
                             "SELECT id FROM items WHERE wish = ? AND state NOT IN (?, ?)"
                             " AND (worker IS NULL OR lease_until IS NULL OR lease_until < %2)"
                             " ORDER BY priority DESC, position, id LIMIT ?%3) RETURNING id")
                  .arg(clockSql(leaseSeconds), clockSql(0), skipLockedSql()));
    q.addBindValue(worker);
    q.addBindValue(queueWishName(QueueWish::Queued));
    q.addBindValue(queueStateName(QueueState::Done));
    q.addBindValue(queueStateName(QueueState::Failed));
    q.addBindValue(max);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "claiming items"), q.lastError());
    const QList<qint64> ids = returnedIds(q);
    q.finish();   // SQLite: no statement may be in progress at commit
    if (!t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "claiming items"), db.lastError());
    return ids;
}

Result<QList<qint64>> QueueStoreSql::renewLeases(const QString &worker, int leaseSeconds)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE items SET lease_until = %1 WHERE worker = ? RETURNING id").arg(clockSql(leaseSeconds)));
    q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "renewing leases"), q.lastError());
    return returnedIds(q);
}

Status QueueStoreSql::releaseItem(qint64 id, const QString &worker)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE items SET worker = NULL, lease_until = NULL WHERE id = ? AND worker = ?"));
    q.addBindValue(id);
    q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "releasing an item"), q.lastError());
    return success();
}


Status QueueStoreSql::releaseAll(const QString &worker)
{
    QSqlDatabase db = database();
    SqlTransaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET worker = NULL, lease_until = NULL WHERE worker = ?"));
    q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "releasing items"), q.lastError());
    q.prepare(QStringLiteral("DELETE FROM slots WHERE worker = ? AND key NOT LIKE '%1%'").arg(kSessionSlotPrefix));
    q.addBindValue(worker);
    if (!q.exec() || !t.commit())
        return sqlError(QCoreApplication::translate("QueueJournal", "releasing items"), q.lastError());
    return success();
}

QString QueueStoreSql::commandFilterSql(const QString &worker) const
{
    if (worker.isEmpty())
        return QStringLiteral("1 = 1");
    // Not for an item another worker holds under a lease still running.
    return QStringLiteral("item_id NOT IN (SELECT id FROM items WHERE worker IS NOT NULL AND worker <> ?"
                          " AND lease_until IS NOT NULL AND lease_until >= %1)").arg(clockSql(0));
}

QStringList QueueStoreSql::schemaVersion6()
{
    return {QStringLiteral("CREATE TABLE slots (key TEXT NOT NULL, slot INTEGER NOT NULL, worker TEXT NOT NULL,"
                           " lease_until TEXT NOT NULL, PRIMARY KEY (key, slot))"),
            QStringLiteral("CREATE TABLE workers (name TEXT PRIMARY KEY, host TEXT NOT NULL DEFAULT '',"
                           " items_held INTEGER NOT NULL DEFAULT 0, bytes_per_second DOUBLE PRECISION NOT NULL DEFAULT 0,"
                           " bytes_fetched BIGINT NOT NULL DEFAULT 0, last_seen TEXT NOT NULL, alive_until TEXT NOT NULL)")};
}

Result<int> QueueStoreSql::claimSlot(const QString &key, int cap, const QString &worker, int leaseSeconds)
{
    if (cap <= 0 || worker.isEmpty())
        return 0;
    QSqlDatabase db = database();
    SqlTransaction t(db);
    QSqlQuery q(db);
    const QString what = QCoreApplication::translate("QueueJournal", "claiming a connection slot");
    if (const QString lock = serializeSql(); !lock.isEmpty() && !q.exec(lock))
        return sqlError(what, q.lastError());
    // A write first: SQLite takes its write lock here, so that what is read next stays true
    // until the commit. Slots whose worker stopped renewing them are free again.
    q.prepare(QStringLiteral("DELETE FROM slots WHERE key = ? AND lease_until < %1").arg(clockSql(0)));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(what, q.lastError());
    q.prepare(QStringLiteral("SELECT slot FROM slots WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(what, q.lastError());
    QSet<int> taken;
    while (q.next())
        taken.insert(q.value(0).toInt());
    int slot = 0;
    for (int s = 1; s <= cap; ++s) {
        if (!taken.contains(s)) {
            slot = s;
            break;
        }
    }
    if (slot == 0)
        return 0;
    q.prepare(QStringLiteral("INSERT INTO slots (key, slot, worker, lease_until) VALUES (?, ?, ?, %1)").arg(clockSql(leaseSeconds)));
    q.addBindValue(key);
    q.addBindValue(slot);
    q.addBindValue(worker);
    if (!q.exec())
        return sqlError(what, q.lastError());
    if (!t.commit())
        return sqlError(what, db.lastError());
    return slot;
}

Status QueueStoreSql::renewSlots(const QString &worker, int leaseSeconds)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE slots SET lease_until = %1 WHERE worker = ? AND key NOT LIKE '%2%'")
                  .arg(clockSql(leaseSeconds), kSessionSlotPrefix));
    q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "renewing connection slots"), q.lastError());
    return success();
}

Status QueueStoreSql::renewSlot(const QString &key, int slot, const QString &worker, int leaseSeconds)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE slots SET lease_until = %1 WHERE key = ? AND slot = ? AND worker = ?").arg(clockSql(leaseSeconds)));
    q.addBindValue(key);
    q.addBindValue(slot);
    q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "renewing a session slot"), q.lastError());
    return success();
}

QStringList QueueStoreSql::schemaVersion7()
{
    return {QStringLiteral("CREATE TABLE rates (key TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL,"
                           " updated_ms BIGINT NOT NULL)")};
}

Result<qint64> QueueStoreSql::takeRequestToken(const QString &key, double perSecond, int burst)
{
    if (perSecond <= 0)
        return qint64(0);
    burst = qMax(1, burst);
    QSqlDatabase db = database();
    SqlTransaction t(db);
    QSqlQuery q(db);
    const QString what = QCoreApplication::translate("QueueJournal", "taking a request token");
    if (const QString lock = serializeSql(); !lock.isEmpty() && !q.exec(lock))
        return sqlError(what, q.lastError());
    // A write first (SQLite takes its write lock here): a new bucket starts full.
    q.prepare(QStringLiteral("INSERT INTO rates (key, tokens, updated_ms) VALUES (?, ?, %1) ON CONFLICT (key) DO NOTHING").arg(clockMsSql()));
    q.addBindValue(key);
    q.addBindValue(double(burst));
    if (!q.exec())
        return sqlError(what, q.lastError());
    q.prepare(QStringLiteral("SELECT tokens, updated_ms, %1 FROM rates WHERE key = ?").arg(clockMsSql()));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return sqlError(what, q.lastError());
    const qint64 now = q.value(2).toLongLong();
    const qint64 elapsed = qMax<qint64>(0, now - q.value(1).toLongLong());
    double tokens = qMin<double>(burst, q.value(0).toDouble() + double(elapsed) * perSecond / 1000.0);
    qint64 wait = 0;
    if (tokens >= 1.0)
        tokens -= 1.0;
    else
        wait = qMax<qint64>(1, qint64(std::ceil((1.0 - tokens) * 1000.0 / perSecond)));
    q.finish();   // SQLite: no statement may be in progress at commit
    q.prepare(QStringLiteral("UPDATE rates SET tokens = ?, updated_ms = ? WHERE key = ?"));
    q.addBindValue(tokens);
    q.addBindValue(now);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(what, q.lastError());
    if (!t.commit())
        return sqlError(what, db.lastError());
    return wait;
}

Status QueueStoreSql::releaseSlot(const QString &key, int slot, const QString &worker)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM slots WHERE key = ? AND slot = ? AND worker = ?"));
    q.addBindValue(key);
    q.addBindValue(slot);
    q.addBindValue(worker);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "releasing a connection slot"), q.lastError());
    return success();
}

Status QueueStoreSql::reportWorker(const QueueWorkerInfo &report, int leaseSeconds)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO workers (name, host, items_held, bytes_per_second, bytes_fetched, last_seen, alive_until)"
                             " VALUES (?, ?, ?, ?, ?, %1, %2) ON CONFLICT (name) DO UPDATE SET host = excluded.host,"
                             " items_held = excluded.items_held, bytes_per_second = excluded.bytes_per_second,"
                             " bytes_fetched = excluded.bytes_fetched, last_seen = excluded.last_seen,"
                             " alive_until = excluded.alive_until")
                  .arg(clockSql(0), clockSql(leaseSeconds)));
    q.addBindValue(report.name);
    q.addBindValue(report.host.isNull() ? QStringLiteral("") : report.host);
    q.addBindValue(report.itemsHeld);
    q.addBindValue(report.bytesPerSecond);
    q.addBindValue(report.bytesFetched);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueueJournal", "reporting a worker"), q.lastError());
    return success();
}

Result<QList<QueueWorkerInfo>> QueueStoreSql::workers() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT name, host, items_held, bytes_per_second, bytes_fetched, last_seen,"
                               " CASE WHEN alive_until > %1 THEN 1 ELSE 0 END AS alive FROM workers"
                               " ORDER BY alive DESC, name").arg(clockSql(0))))
        return sqlError(QCoreApplication::translate("QueueJournal", "reading the workers"), q.lastError());
    QList<QueueWorkerInfo> reports;
    while (q.next()) {
        QueueWorkerInfo r;
        r.name = q.value(0).toString();
        r.host = q.value(1).toString();
        r.itemsHeld = q.value(2).toInt();
        r.bytesPerSecond = q.value(3).toDouble();
        r.bytesFetched = q.value(4).toLongLong();
        r.lastSeen = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
        r.alive = q.value(6).toInt() != 0;
        reports << r;
    }
    return reports;
}

} // namespace eoc

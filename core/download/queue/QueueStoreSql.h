#pragma once

#include "core/download/queue/QueueStore.h"

#include <QSqlDatabase>

class QSqlError;
class QSqlQuery;

namespace eoc {

// One transaction; rolls back unless commit() is reached.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~SqlTransaction()
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

// What the SQLite journal and the PostgreSQL store have in common: the tables (items, files,
// commands, source_speeds), the statements that read and write them, which both dialects accept
// as they are, and the one mapping between their rows and QueueItemInfo. A subclass opens the
// connection, creates or migrates its schema, takes the requests of other processes (the one
// statement where the dialects differ) and words the errors.
//
// Times are kept as ISO 8601 text in UTC with milliseconds in both, so that an item reads back the
// same whichever store kept it.
class QueueStoreSql : public QueueStore
{
public:
    ~QueueStoreSql() override;

    bool isOpen() const final { return !m_connection.isEmpty(); }

    Result<QList<QueueItemInfo>> loadAll() const final;
    Result<QueueItemInfo> load(qint64 id) const final;
    Result<qint64> insert(const QueueItemInfo &item) final;
    Status update(const QueueItemInfo &item) final;
    Status setSecrets(qint64 id, const QString &reference, const QStringList &headerNames) final;
    Status updateFiles(const QueueItemInfo &item) final;
    Status updateFile(qint64 id, int index, const QueueFileInfo &file) final;
    Status remove(qint64 id) final;
    Status setOrder(const QList<OrderEntry> &entries) final;
    Status postCommand(qint64 id, const QString &command) final;
    Result<QList<qint64>> ids() const final;
    Status addSourceSpeed(const QString &source, qint64 bytes, qint64 milliseconds) final;
    Result<QHash<QString, double>> sourceSpeeds() const final;
    Result<QList<qint64>> claimItems(const QString &worker, int leaseSeconds, int max) final;
    Result<QList<qint64>> renewLeases(const QString &worker, int leaseSeconds) final;
    Status releaseItem(qint64 id, const QString &worker) final;
    Status releaseAll(const QString &worker) final;
    Result<int> claimSlot(const QString &key, int cap, const QString &worker, int leaseSeconds) final;
    Status renewSlots(const QString &worker, int leaseSeconds) final;
    Status renewSlot(const QString &key, int slot, const QString &worker, int leaseSeconds) final;
    Result<qint64> takeRequestToken(const QString &key, double perSecond, int burst) final;
    Status releaseSlot(const QString &key, int slot, const QString &worker) final;
    Status reportWorker(const QueueWorkerInfo &report, int leaseSeconds) final;
    Result<QList<QueueWorkerInfo>> workers() const final;

protected:
    QueueStoreSql() = default;

    // A Qt SQL connection of its own for each store, so that two stores in one process (a view
    // and a runner, or two workers in a test) never share a transaction.
    static QString newConnectionName();
    // The connection the store works through once open; empty before.
    void setConnection(const QString &name) { m_connection = name; }
    QString connectionName() const { return m_connection; }
    // Before it is handed out, the connection is made again when the last statement found it
    // lost (reconnectIfLost()).
    QSqlDatabase database() const;
    // A store whose server can go away (PostgreSQL) opens its connection again here; called at
    // the start of every operation.
    virtual void reconnectIfLost() const {}
    // Closes and forgets the connection `name` (after a failed open too).
    static void dropConnection(const QString &name);

    // "<what> failed: <why>", naming the store.
    virtual Error sqlError(const QString &what, const QSqlError &error) const = 0;

    static QString timeText(const QDateTime &time);

    // The dialects' differences for leases: an SQL expression for the store's clock now plus
    // `seconds`, as timeText() writes times (so that they compare as text), and what a claim's
    // select adds to skip rows another worker is claiming.
    virtual QString clockSql(int seconds) const = 0;
    // The store's clock now in milliseconds since 1970 (request-rate buckets).
    virtual QString clockMsSql() const = 0;
    virtual QString skipLockedSql() const { return {}; }
    // A statement that makes the rest of a transaction run alone among the store's users (the
    // slot claims); empty where the store has one writer at a time anyway (SQLite).
    virtual QString serializeSql() const { return {}; }
    // The WHERE clause of the requests `worker` may take (takeCommands), with one placeholder
    // for the worker's name when it is not empty.
    QString commandFilterSql(const QString &worker) const;
    // The tables of schema version 6 (connection slots and worker reports), in both dialects.
    static QStringList schemaVersion6();
    // Schema 7: the request-rate buckets every worker draws on.
    static QStringList schemaVersion7();
    // The schema version the store holds (0 for a new one), creating the table of versions first.
    Result<int> readSchemaVersion(QSqlQuery &q) const;
    // The end of a migration from `current` to `target`, the same in both stores: runs the
    // store's own `statements`, then the versions both stores share (6 on), records the versions
    // and commits `transaction`.
    Status finishMigration(QSqlQuery &q, SqlTransaction &transaction, QStringList statements, int current, int target) const;

private:
    QString m_connection;
};

} // namespace eoc

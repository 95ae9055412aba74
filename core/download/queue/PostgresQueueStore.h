#pragma once

#include "core/download/queue/QueueStoreLocation.h"
#include "core/download/queue/QueueStoreSql.h"

#include <QElapsedTimer>

namespace eoc {

// The queue in a PostgreSQL database, for a queue shared by many machines: the same tables,
// statements and rows as the SQLite journal (QueueStoreSql), through Qt's QPSQL driver (Debian:
// libqt6sql6-psql). Every write is committed by the server before the call returns.
//
// The schema is created or migrated in one transaction that first takes an advisory lock, so
// two workers starting at once against a new database do not both create it: the second waits,
// then finds it made. Requests of other processes are taken with one DELETE ... RETURNING, so
// that each is applied once even when two workers take them at the same moment.
//
// The password is given apart from the location and only handed to the driver: errors and
// description() name the user, host, port and database, never the password.
class PostgresQueueStore final : public QueueStoreSql
{
public:
    PostgresQueueStore(QueueStoreLocation location, QString password);

    Status open() override;
    QString description() const override { return m_location.toString(); }

    Result<QList<QPair<qint64, QString>>> takeCommands(const QString &worker) override;

    // A session advisory lock: one machine runs the shared queue at a time. The server lets it go
    // when the connection ends, so a machine that was killed or lost its network frees it.
    bool tryTakeRunnerRole() override;
    void releaseRunnerRole() override;
    bool tryTakeWorkerRole() override;
    void releaseWorkerRole() override;

    // The journal's numbering: a version means the same tables and columns in both stores.
    static constexpr int schemaVersion = 7;

protected:
    // A statement that failed because the connection is gone (the server restarted, the network
    // dropped it) marks it lost; the next operation connects again and takes back the run or
    // worker role this store held. The failed operation itself reports a Transient error. While
    // the server stays unreachable, tries are spaced out (m_reconnectBackoffMs): a window
    // following the queue must not wait for the connect timeout at every refresh.
    Error sqlError(const QString &what, const QSqlError &error) const override;
    void reconnectIfLost() const override;
    QString clockSql(int seconds) const override;
    QString clockMsSql() const override;
    QString serializeSql() const override;
    QString skipLockedSql() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }

private:
    Status migrate();
    Error failure(ErrorClass errorClass, const QString &what) const;
    bool takeLock(const char *function) const;
    QueueStoreLocation m_location;
    QString m_password;
    mutable bool m_lost = false;
    mutable bool m_reconnecting = false;
    // After a failed try to connect again: operations fail at once until this much has passed
    // (1 s, doubling up to 30 s), rather than each waiting for the connect timeout.
    mutable int m_reconnectBackoffMs = 0;
    mutable QElapsedTimer m_sinceReconnectTry;
    bool m_runnerRole = false;
    bool m_workerRole = false;
};

} // namespace eoc

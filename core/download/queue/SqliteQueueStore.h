#pragma once

#include "core/download/queue/QueueStoreSql.h"

namespace eoc {

// The queue's SQLite journal. Every item is written before anything is fetched, and every change
// of wish, state, error, attempts and per-file progress is a small transaction.
//
// Durability: WAL with synchronous=NORMAL. WAL keeps readers (a second process showing the
// queue) from blocking the writer, and a commit is atomic: the file never corrupts, whether the
// program is killed (-9), the disk fills up or the power fails. With NORMAL a commit is in the
// operating system's hands when it returns, so it survives kill -9 and crashes of the program;
// only a power loss or kernel crash can take back the last commits, never half of one. The queue
// is built to be redone safely from an older state: a file whose "done" was lost is found complete
// and verified on disk instead of being fetched again, and the .part file's own size (not the
// journal's) decides where a resume starts. FULL would sync every commit and cost one disk flush
// per state change, which for hundreds of small files is most of the time spent.
// The file (and its -wal and -shm) is readable by its owner only (0600), whatever the umask.
// Writes run on the caller's thread: each is one short transaction of a few rows (progress at
// most every two seconds per file), which never blocks for long.
class SqliteQueueStore final : public QueueStoreSql
{
public:
    SqliteQueueStore() = default;
    explicit SqliteQueueStore(QString path) : m_path(std::move(path)) {}

    Status open() override;                 // the path given at construction
    Status open(const QString &path);
    QString description() const override;

    Result<QList<QPair<qint64, QString>>> takeCommands(const QString &worker) override;

    static constexpr int schemaVersion = 7;

protected:
    Error sqlError(const QString &what, const QSqlError &error) const override;
    QString clockSql(int seconds) const override;
    QString clockMsSql() const override;

private:
    Status migrate();
    QString m_path;
};

} // namespace eoc

#pragma once

#include "core/download/queue/QueueTypes.h"
#include "core/model/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

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
class QueueJournal final
{
    Q_DISABLE_COPY_MOVE(QueueJournal)
public:
    QueueJournal();
    ~QueueJournal();

    Status open(const QString &path);
    bool isOpen() const { return !m_connection.isEmpty(); }

    Result<QList<QueueItemInfo>> loadAll() const;
    Result<QueueItemInfo> load(qint64 id) const;
    Result<qint64> insert(const QueueItemInfo &item);    // returns the new id; files included
    Status update(const QueueItemInfo &item);             // item row only, not its secrets
    // The reference and names of the item's secret headers (DownloadSecrets), apart from
    // update() so that a runner's snapshot never overwrites what another process set.
    Status setSecrets(qint64 id, const QString &reference, const QStringList &headerNames);
    Status updateFiles(const QueueItemInfo &item);        // replaces the item's file rows
    Status updateFile(qint64 id, int index, const QueueFileInfo &file);
    Status remove(qint64 id);
    // Rewrites the order of the queue (priority and position of each entry) in one transaction,
    // so that a reader never sees half of a move.
    struct OrderEntry {
        qint64 id = 0;
        int priority = 0;
        qint64 position = 0;
    };
    Status setOrder(const QList<OrderEntry> &entries);

    // Requests written by a process that does not run the queue ("pause", "resume", "cancel",
    // "retry", "remove", "priority:N", "move:BEFORE:ID,ID..."), picked up and cleared by the one
    // that does: every request, (item, command) in the order they were posted.
    Status postCommand(qint64 id, const QString &command);
    Result<QList<QPair<qint64, QString>>> takeCommands();
    Result<QList<qint64>> ids() const;

    // Throughput history per source ("stac:earth-search"), for download.source_policy=fastest:
    // bytes fetched and the time their transfers took, summed.
    Status addSourceSpeed(const QString &source, qint64 bytes, qint64 milliseconds);
    Result<QHash<QString, double>> sourceSpeeds() const;    // bytes per second

    static constexpr int schemaVersion = 4;

private:
    Status migrate();
    QString m_connection;
};

} // namespace eoc

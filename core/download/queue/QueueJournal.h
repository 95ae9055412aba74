#pragma once

#include "core/download/queue/QueueTypes.h"
#include "core/model/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace eoc {

// The queue's SQLite journal. Every item is written before anything is fetched, and every change
// of wish, state, error, attempts and per-file progress is a small transaction.
//
// Durability: WAL with synchronous=FULL. WAL keeps readers (a second process showing the queue)
// from blocking the writer, and FULL syncs the WAL at every commit, so a committed state change
// survives a power loss as well as kill -9; NORMAL would only risk losing the last commits, but
// the cost of FULL is small because writes are few (progress is journaled at most every two
// seconds per file, and the .part file's own size is what a resume trusts). Writes run on the
// caller's thread: each is one short transaction of a few rows, which never blocks for long.
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
    Status update(const QueueItemInfo &item);             // item row only
    Status updateFiles(const QueueItemInfo &item);        // replaces the item's file rows
    Status updateFile(qint64 id, int index, const QueueFileInfo &file);
    Status remove(qint64 id);

    // Requests written by a process that does not run the queue ("pause", "resume", "cancel",
    // "retry", "remove", "priority:N"), picked up and cleared by the one that does.
    Status postCommand(qint64 id, const QString &command);
    Result<QHash<qint64, QString>> takeCommands();
    Result<QList<qint64>> ids() const;

    static constexpr int schemaVersion = 1;

private:
    Status migrate();
    QString m_connection;
};

} // namespace eoc

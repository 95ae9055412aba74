// Which process runs the queue (a lock file beside the journal), how the others follow it through
// the journal, and how the queue changes hands: a runner that stops hands its unfinished items
// back to the journal, and a follower that wants the queue run takes it over when the runner is
// gone (its lock released, or left by a process that no longer lives).
#include "core/download/queue/DownloadQueuePrivate.h"

#include "core/net/BandwidthLimiter.h"
#include "core/net/NetworkAccess.h"

#include <QDir>
#include <QFileInfo>

namespace eoc {

Status DownloadQueue::open()
{
    const QString path = journalPath();
    if (auto s = d->journal.open(); !s)
        return s;
    // The lock is a file beside the journal also when the store is elsewhere (PostgreSQL).
    QDir().mkpath(QFileInfo(path).absolutePath());
    d->lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    d->lock->setStaleLockTime(0);        // a lock of a dead process (kill -9) is taken over by PID check
    // A worker is one of many: it takes no run lock, only the store's worker role.
    if (d->isWorker())
        d->runner = d->takeWorkerRole();
    else
        d->runner = !d->options.watchOnly && d->takeLock();
    auto loaded = d->journal.loadAll();
    if (!loaded)
        return loaded.error();
    for (auto &info : loaded.value()) {
        RunningItem item;
        item.info = std::move(info);
        d->items << std::move(item);
        d->updateProgress(d->items.last(), true);
    }
    d->sortItems();
    // A worker restarts only what it claims: the other items are other workers' to run.
    if (d->runner && !d->isWorker())
        d->restartInterrupted();
    if (d->options.limitBytesPerSecond > 0 && d->network && d->network->bandwidth()) {
        // A rate given for this run (--limit-rate) holds at every hour: the schedule steps aside.
        d->network->bandwidth()->setSchedule({});
        d->network->bandwidth()->setLimit(d->options.limitBytesPerSecond);
    }
    d->ticker.start();
    return success();
}

void DownloadQueue::start()
{
    // A follower remembers the wish: it runs the queue once the runner is gone.
    d->wantsToRun = true;
    if (!d->runner)
        return;
    d->started = true;
    d->wasIdle = false;
    QTimer::singleShot(0, this, [this] {
        // A worker claims its first items at once rather than at the first tick.
        if (d->isWorker())
            d->workerTick();
        else
            d->schedule();
        d->checkIdle();
    });
}

bool DownloadQueue::Private::takeLock()
{
    if (!lock->tryLock(0)) {
        // The holder may have died without cleaning up: QLockFile checks whether its PID lives.
        lock->removeStaleLockFile();
        if (!lock->tryLock(0))
            return false;
    }
    // A queue shared by several machines: another machine may run it.
    if (journal.tryTakeRunnerRole())
        return true;
    lock->unlock();
    return false;
}

void DownloadQueue::Private::restartInterrupted()
{
    // What was running when the last runner stopped starts again; .part files stay.
    for (auto &item : items) {
        if (item.info.state == QueueState::Resolving || isFetchState(item.info.state)
            || item.info.state == QueueState::Verifying) {
            item.info.state = QueueState::Waiting;
            save(item, QueueField::State);
        }
    }
}

void DownloadQueue::Private::takeOverIfRunnerGone()
{
    if (isWorker()) {
        // Waits for the runner of the store to stop, then works beside the other workers.
        if (!runner && wantsToRun && takeWorkerRole()) {
            runner = true;
            started = true;
            wasIdle = false;
        }
        return;
    }
    if (runner || !wantsToRun || !lock || options.watchOnly || !takeLock())
        return;
    // The journal as the last runner left it, then run it like a runner that just started.
    refreshFromJournal();
    runner = true;
    started = true;
    wasIdle = false;
    restartInterrupted();
    schedule();
    checkIdle();
}

void DownloadQueue::Private::handBack()
{
    if (!runner)
        return;
    if (isWorker()) {
        handBackHeld();
        return;
    }
    // Items this process was working on go back to the journal as waiting, their progress
    // written, so that a follower (or the next run) continues them from their .part files.
    for (auto &item : items) {
        if (!item.run->working() && item.info.state != QueueState::Resolving && !isFetchState(item.info.state)
            && item.info.state != QueueState::Verifying) {
            continue;
        }
        stopWork(item);
        if (item.info.state != QueueState::Ordered && item.info.state != QueueState::Done
            && item.info.state != QueueState::Failed) {
            item.info.state = QueueState::Waiting;
            item.info.updated = nowUtc();
            journal.update(item.info);
        }
    }
    runner = false;
    journal.releaseRunnerRole();
    if (lock)
        lock->unlock();
}

void DownloadQueue::Private::tick()
{
    takeOverIfRunnerGone();
    if (runner && isWorker()) {
        workerTick();
        return;
    }
    if (runner) {
        auto commands = journal.takeCommands({});
        if (commands) {
            for (const auto &[id, command] : commands.value())
                applyCommand(id, command);
        }
        // Items another process added to the journal.
        if (auto ids = journal.ids()) {
            for (qint64 id : ids.value()) {
                if (find(id))
                    continue;
                if (auto loaded = journal.load(id)) {
                    RunningItem item;
                    item.info = loaded.value();
                    items << std::move(item);
                    sortItems();
                    wasIdle = false;
                    Q_EMIT q->itemAdded(id);
                }
            }
        }
        schedule();
        checkIdle();
        return;
    }
    refreshFromJournal();
}

void DownloadQueue::Private::applyCommand(qint64 id, const QString &command)
{
    if (command == QLatin1String("pause"))
        q->pause(id);
    else if (command == QLatin1String("resume"))
        q->resume(id);
    else if (command == QLatin1String("cancel"))
        q->cancel(id);
    else if (command == QLatin1String("retry"))
        q->retry(id);
    else if (command == QLatin1String("remove"))
        q->remove(id);
    else if (command.startsWith(QLatin1String("priority:")))
        q->setPriority(id, command.mid(9).toInt());
    else if (command.startsWith(QLatin1String("move:"))) {
        // "move:BEFORE:ID,ID...", posted by moveBefore() in a process that does not run the queue.
        const QStringList parts = command.mid(5).split(QLatin1Char(':'));
        QList<qint64> ids;
        for (const QString &text : parts.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << text.toLongLong();
        if (parts.size() == 2 && !ids.isEmpty())
            q->moveBefore(ids, parts.first().toLongLong());
    }
}

void DownloadQueue::Private::refreshFromJournal()
{
    auto loaded = journal.loadAll();
    if (!loaded)
        return;
    QSet<qint64> seen;
    bool changed = false;
    QList<std::pair<qint64, QueueFields>> itemChanges;   // announced once the items are in order
    for (const auto &info : loaded.value()) {
        seen.insert(info.id);
        if (held.contains(info.id))
            continue;     // a worker's own items: it writes them, the store follows
        auto *item = find(info.id);
        if (!item) {
            RunningItem fresh;
            fresh.info = info;
            items << std::move(fresh);
            Q_EMIT q->itemAdded(info.id);
            changed = true;
            continue;
        }
        QueueFields fields;
        if (item->info.wish != info.wish)
            fields |= QueueField::Wish;
        if (item->info.state != info.state)
            fields |= QueueField::State;
        if (item->info.error.errorClass != info.error.errorClass || item->info.error.message != info.error.message)
            fields |= QueueField::Error;
        if (item->info.files != info.files)
            fields |= QueueField::Files | QueueField::Progress;
        if (item->info.priority != info.priority || item->info.position != info.position)
            fields |= QueueField::Priority;
        if (item->info.attempts != info.attempts)
            fields |= QueueField::Attempts;
        // The worker shows in the state, and so does a worker that stopped renewing its lease,
        // which the rows do not change for: time does.
        if (item->info.worker != info.worker || item->workerStopped != info.workerStopped())
            fields |= QueueField::State;
        item->workerStopped = info.workerStopped();
        if (fields) {
            const qint64 before = item->info.bytesDone;
            const qint64 beforeMs = item->lastProgressSignalMs;
            item->info = info;
            updateProgress(*item, true);
            const qint64 now = clock.elapsed();
            if (beforeMs >= 0 && now > beforeMs && info.state == QueueState::Downloading)
                item->info.bytesPerSecond = double(item->info.bytesDone - before) * 1000.0 / double(now - beforeMs);
            itemChanges.append({info.id, fields});
            changed = true;
        }
    }
    for (int i = int(items.size()) - 1; i >= 0; --i) {
        if (!seen.contains(items.at(i).info.id)) {
            const qint64 id = items.at(i).info.id;
            items.removeAt(i);
            Q_EMIT q->itemRemoved(id);
            changed = true;
        }
    }
    if (changed) {
        sortItems();
        for (const auto &[id, fields] : std::as_const(itemChanges))
            Q_EMIT q->itemChanged(id, fields);
        Q_EMIT q->totalsChanged();
        checkIdle();
    }
}

} // namespace eoc

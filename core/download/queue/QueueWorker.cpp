// A worker among several draining one queue (Options::worker): it claims items under leases,
// renews them with heartbeats, runs only what it holds, starts a transfer only once it holds one
// of the provider's shared connection slots, and lets go of what needs no more work. A worker that
// dies stops renewing: its items and slots are free again when their leases run out, and the next
// worker to claim an item continues it from its .part file when the output folder is shared.
#include "core/download/queue/DownloadQueuePrivate.h"

#include "core/net/NetworkAccess.h"

#include <QHostInfo>

namespace eoc {

namespace {

int leaseMs(const DownloadQueue::Options &options) { return qMax(1, options.leaseSeconds) * 1000; }

} // namespace

bool DownloadQueue::Private::takeWorkerRole()
{
    if (!journal.tryTakeWorkerRole())
        return false;
    // What a dead worker of the same name held is free for all again, this one included.
    if (auto s = journal.releaseAll(options.worker); !s)
        qWarning("%s", qPrintable(s.error().message));
    shareLimits(true);
    return true;
}

void DownloadQueue::Private::shareLimits(bool on)
{
    if (!network)
        return;
    if (on) {
        if (!sharedLimits)
            sharedLimits = std::make_unique<QueueSharedLimits>(journal, options.worker);
        network->setSharedLimits(sharedLimits.get());
        return;
    }
    // Only this worker's own: another queue of the process may have set its own since.
    if (sharedLimits && network->sharedLimits() == sharedLimits.get())
        network->setSharedLimits(nullptr);
}

void DownloadQueue::Private::workerTick()
{
    // Three heartbeats per lease: one lost to a slow database still leaves the lease running.
    if (clock.elapsed() - lastHeartbeatMs >= leaseMs(options) / 3)
        heartbeat();
    if (auto commands = journal.takeCommands(options.worker)) {
        for (const auto &[id, command] : commands.value())
            applyCommand(id, command);
    }
    // What the other workers and the people watching did meanwhile; the held items are this
    // worker's own to write.
    refreshFromJournal();
    claimMore();
    schedule();
    checkIdle();
}

void DownloadQueue::Private::heartbeat()
{
    if (!runner)
        return;
    lastHeartbeatMs = clock.elapsed();
    const auto kept = journal.renewLeases(options.worker, options.leaseSeconds);
    if (!kept) {
        // The database may be back at the next heartbeat; the leases last until then.
        qWarning("%s", qPrintable(kept.error().message));
        return;
    }
    const QSet<qint64> stillHeld(kept->cbegin(), kept->cend());
    for (qint64 id : QSet<qint64>(held)) {
        if (stillHeld.contains(id))
            continue;
        // Another worker took it over after this one's lease ran out (a pause of the whole
        // machine, a lost network): it is that worker's now, and nothing more is written here.
        held.remove(id);
        if (auto *item = find(id))
            stopWork(*item, false);
    }
    if (auto s = journal.renewSlots(options.worker, options.leaseSeconds); !s)
        qWarning("%s", qPrintable(s.error().message));
    QueueWorkerInfo report;
    report.name = options.worker;
    report.host = QHostInfo::localHostName();
    report.itemsHeld = int(held.size());
    report.bytesFetched = bytesFetched;
    for (const RunningItem &item : std::as_const(items)) {
        if (held.contains(item.info.id))
            report.bytesPerSecond += item.info.bytesPerSecond;
    }
    if (auto s = journal.reportWorker(report, options.leaseSeconds); !s)
        qWarning("%s", qPrintable(s.error().message));
}

void DownloadQueue::Private::claimMore()
{
    if (!runner || !started)
        return;
    int busy = 0;
    for (qint64 id : std::as_const(held)) {
        const RunningItem *item = find(id);
        // An item waiting for a provider's order holds no connection: it does not count.
        if (item && item->info.state != QueueState::Ordered)
            ++busy;
    }
    const int want = (options.workerItems > 0 ? options.workerItems : qMax(1, options.maxConnections)) - busy;
    if (want <= 0)
        return;
    const auto claimed = journal.claimItems(options.worker, options.leaseSeconds, want);
    if (!claimed) {
        qWarning("%s", qPrintable(claimed.error().message));
        return;
    }
    for (qint64 id : claimed.value()) {
        auto loaded = journal.load(id);
        if (!loaded) {
            journal.releaseItem(id, options.worker);
            continue;
        }
        RunningItem *item = find(id);
        if (!item) {
            items << RunningItem();
            item = &items.last();
            item->info.id = id;
            Q_EMIT q->itemAdded(id);
        }
        // Whatever a worker that died left in memory is gone with it: the item starts over from
        // the store's rows (its files, their .part files on a shared folder, its attempts).
        stopWork(*item, false);
        *item = RunningItem();
        item->info = std::move(loaded.value());
        held.insert(id);
        if (item->info.state == QueueState::Resolving || isFetchState(item->info.state)
            || item->info.state == QueueState::Verifying) {
            item->info.state = QueueState::Waiting;
        }
        updateProgress(*item, true);
        save(*item, QueueField::State | QueueField::Files | QueueField::Progress);
    }
    if (!claimed->isEmpty()) {
        sortItems();
        wasIdle = false;
    }
}

void DownloadQueue::Private::releaseIfSettled(RunningItem &item)
{
    if (!isWorker() || !held.contains(item.info.id))
        return;
    const bool settled = item.info.state == QueueState::Done || item.info.state == QueueState::Failed
                         || item.info.wish != QueueWish::Queued;
    if (!settled)
        return;
    held.remove(item.info.id);
    for (int index : item.run->connections.keys())
        giveBackConnection(item, index);
    if (auto s = journal.releaseItem(item.info.id, options.worker); !s)
        qWarning("%s", qPrintable(s.error().message));
    // Room for another item: claimed at once rather than at the next tick.
    QTimer::singleShot(0, q, [this] {
        claimMore();
        schedule();
    });
}

void DownloadQueue::Private::handBackHeld()
{
    // Unfinished items go back to the store as waiting, with their progress written, for another
    // worker to continue at once instead of after the lease.
    for (qint64 id : QSet<qint64>(held)) {
        RunningItem *item = find(id);
        if (!item)
            continue;
        stopWork(*item);
        if (item->info.state != QueueState::Ordered && item->info.state != QueueState::Done
            && item->info.state != QueueState::Failed) {
            item->info.state = QueueState::Waiting;
        }
        item->info.updated = nowUtc();
        journal.update(item->info);
        journal.releaseItem(id, options.worker);
    }
    held.clear();
    QueueWorkerInfo report;
    report.name = options.worker;
    report.host = QHostInfo::localHostName();
    report.bytesFetched = bytesFetched;
    // Reported with no lease left: the worker shows as stopped at once.
    journal.reportWorker(report, 0);
    journal.releaseWorkerRole();
    shareLimits(false);
    runner = false;
}

} // namespace eoc

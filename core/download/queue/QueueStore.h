#pragma once

#include "core/download/queue/QueueTypes.h"
#include "core/model/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace eoc {

// Slots whose key starts with this hold a provider's login session, not a connection
// (QueueSharedLimits::holdSession).
inline constexpr QLatin1String kSessionSlotPrefix("session:");

// Where the download queue keeps its items, their files, the requests of other processes and the
// sources' speeds: the local SQLite journal (SqliteQueueStore) or a PostgreSQL database shared by
// many machines (PostgresQueueStore). The queue writes every change through here before it acts
// on it, so a store that was written is the queue as it stands.
class QueueStore
{
    Q_DISABLE_COPY_MOVE(QueueStore)
public:
    QueueStore() = default;
    virtual ~QueueStore() = default;

    // Opens (creating or migrating) the store given at construction.
    virtual Status open() = 0;
    virtual bool isOpen() const = 0;
    // For a person: "the journal /path" or "postgresql://user@host:5432/db", never a password.
    virtual QString description() const = 0;

    virtual Result<QList<QueueItemInfo>> loadAll() const = 0;   // display order
    virtual Result<QueueItemInfo> load(qint64 id) const = 0;
    virtual Result<qint64> insert(const QueueItemInfo &item) = 0;   // returns the new id; files included
    virtual Status update(const QueueItemInfo &item) = 0;            // item row only, not its secrets
    // The reference and names of the item's secret headers (DownloadSecrets), apart from
    // update() so that a runner's snapshot never overwrites what another process set.
    virtual Status setSecrets(qint64 id, const QString &reference, const QStringList &headerNames) = 0;
    virtual Status updateFiles(const QueueItemInfo &item) = 0;       // replaces the item's file rows
    virtual Status updateFile(qint64 id, int index, const QueueFileInfo &file) = 0;
    virtual Status remove(qint64 id) = 0;
    // Rewrites the order of the queue (priority and position of each entry) in one transaction,
    // so that a reader never sees half of a move.
    struct OrderEntry {
        qint64 id = 0;
        int priority = 0;
        qint64 position = 0;
    };
    virtual Status setOrder(const QList<OrderEntry> &entries) = 0;

    // Requests written by a process that does not run the queue ("pause", "resume", "cancel",
    // "retry", "remove", "priority:N", "move:BEFORE:ID,ID..."), picked up and cleared by the one
    // that does: every request, (item, command) in the order they were posted, each taken once.
    // A worker (non-empty `worker`) takes only the requests for items it holds or nobody holds;
    // a request for an item another worker holds waits for that worker.
    virtual Status postCommand(qint64 id, const QString &command) = 0;
    virtual Result<QList<QPair<qint64, QString>>> takeCommands(const QString &worker) = 0;
    virtual Result<QList<qint64>> ids() const = 0;

    // Throughput history per source ("stac:earth-search"), for download.source_policy=fastest:
    // bytes fetched and the time their transfers took, summed.
    virtual Status addSourceSpeed(const QString &source, qint64 bytes, qint64 milliseconds) = 0;
    virtual Result<QHash<QString, double>> sourceSpeeds() const = 0;   // bytes per second

    // Leases, for a queue drained by several workers at once. A worker runs only the items it
    // holds; it holds an item until `lease_until`, renewed by its heartbeats, and an item whose
    // worker stopped renewing is free again once that time has passed. Times are the store's
    // own clock (the database server's), never a worker's, so machines with skewed clocks agree.
    //
    // Claims up to `max` items the worker does not hold yet: wished queued, neither done nor
    // failed, held by nobody or by a lease that ran out; by priority, then position. Workers
    // claiming at once never get the same item (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite has one
    // writer at a time). Returns the ids claimed.
    virtual Result<QList<qint64>> claimItems(const QString &worker, int leaseSeconds, int max) = 0;
    // The heartbeat: extends the lease of every item `worker` still holds, and returns their ids.
    // An item taken over by another worker after its lease ran out is not among them: its old
    // worker must stop working on it.
    virtual Result<QList<qint64>> renewLeases(const QString &worker, int leaseSeconds) = 0;
    // Lets go of an item `worker` holds (it is done, failed, paused or handed back).
    virtual Status releaseItem(qint64 id, const QString &worker) = 0;
    // Lets go of every item and slot held under `worker`'s name: a worker starting under the
    // name of one that died would otherwise renew what it never runs. Login sessions stay held
    // until their lease: the provider still counts a dead worker's session until it expires.
    virtual Status releaseAll(const QString &worker) = 0;

    // Connection slots shared by every worker: a provider's cap (`<provider>.max_connections`)
    // holds across machines because a transfer starts only once its worker holds one of the
    // key's `cap` slots. A slot is leased like an item and renewed by renewSlots(): a worker
    // that dies frees its slots when their lease runs out. Returns the slot (1..cap) or 0 when
    // all are taken.
    virtual Result<int> claimSlot(const QString &key, int cap, const QString &worker, int leaseSeconds) = 0;
    // Renews every slot of the worker but its login sessions (kSessionSlotPrefix), whose leases
    // follow the provider's session instead (renewSlot()).
    virtual Status renewSlots(const QString &worker, int leaseSeconds) = 0;
    virtual Status renewSlot(const QString &key, int slot, const QString &worker, int leaseSeconds) = 0;
    virtual Status releaseSlot(const QString &key, int slot, const QString &worker) = 0;

    // Request rates shared by every worker (schema 7): takes one token from `key`'s bucket,
    // refilled at `perSecond` up to `burst` tokens by the store's clock. Returns 0 when a token
    // was taken, else the milliseconds until one is there.
    virtual Result<qint64> takeRequestToken(const QString &key, double perSecond, int burst) = 0;

    // What each worker last said about itself, for the people watching the queue. A worker
    // reports at every heartbeat; it counts as alive until `leaseSeconds` after its last report.
    // leaseSeconds 0: the worker stopped.
    virtual Status reportWorker(const QueueWorkerInfo &report, int leaseSeconds) = 0;
    // Alive workers first, then by name.
    virtual Result<QList<QueueWorkerInfo>> workers() const = 0;

    // One process runs the queue at a time; the others show it and pass on requests. The run
    // lock file beside the local journal decides among the processes of one machine; a store
    // shared by several machines must also decide among the machines. True: this process may run
    // the queue (the local journal leaves it to the lock file). Let go by releaseRunnerRole(), and
    // by the store itself when its process dies.
    virtual bool tryTakeRunnerRole() { return true; }
    virtual void releaseRunnerRole() {}
    // Workers and a runner never drain one store together: a runner runs every item whoever
    // holds it. Any number of workers may hold this role at once, never while a runner holds
    // its own (PostgreSQL: the shared side of the runner's advisory lock).
    virtual bool tryTakeWorkerRole() { return true; }
    virtual void releaseWorkerRole() {}
};

} // namespace eoc

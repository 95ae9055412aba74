#pragma once

#include "core/download/Transfer.h"
#include "core/download/queue/ConnectionBudget.h"
#include "core/provider/Provider.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <utility>

namespace eoc {

// One run of one queue item: the jobs working on it now (its resolve or order, a transfer per
// file being fetched) and what the run has found out so far (which transfers hold a connection,
// which files are being checked, the digests streamed while fetching, the connections held).
// An item gets a new run each time its work is stopped (paused, cancelled, taken over, moved to
// another source): retire() cancels every job of the old one, and an answer arriving for a run
// that is no longer its item's (DownloadQueue::Private::current()) is dropped.
class ItemRun
{
public:
    ItemRun() = default;
    ~ItemRun();
    ItemRun(const ItemRun &) = delete;
    ItemRun &operator=(const ItemRun &) = delete;

    QPointer<PlanJob> planJob;                    // resolving or ordering
    QHash<int, QPointer<Transfer>> transfers;     // by file index
    QSet<int> connected;                          // file indexes whose transfer holds a connection
    QSet<int> verifying;                          // file indexes being checked after their transfer
    QSet<int> checkingExisting;                   // final files found on disk, being checked
    bool packing = false;                         // its folder is being packed (DownloadPlan::packFolder)
    // By file index: when its transfer started and the bytes it had then (for the source's speed).
    QHash<int, std::pair<qint64, qint64>> transferStarts;
    QHash<int, Checksums> streamedDigests;        // hashed during the transfer, until verified
    // By file index: the connection its transfer holds (ConnectionBudget).
    QHash<int, ConnectionGrant> connections;

    // Whether any of its jobs is still under way.
    bool working() const;

    enum class Disposal { Later, Now };
    // Cancels its jobs and forgets them (its connections are the queue's to give back first). Later: from inside a job's own signal, the jobs are
    // deleted once control is back in the event loop; Now: when the queue itself goes away.
    void retire(Disposal disposal = Disposal::Later);
};

} // namespace eoc

#pragma once

// The download queue's internals, shared by the files that implement it: DownloadQueue.cpp (the
// public calls and the user's wishes), QueueEngine.cpp (resolving, fetching, verifying, placing),
// QueueProgress.cpp (fetch state and progress), QueueRetries.cpp (failures, attempts, mirrors),
// QueueRunnerRole.cpp (which process runs the queue, and following or taking over from it),
// QueueWorker.cpp (a worker among several: claims, leases, heartbeats and shared limits) and
// QueueFilesOnDisk.cpp (files found on disk, names from the server, files two items would share).
// Each item's jobs belong to its ItemRun; how many transfers may run is the ConnectionBudget's
// to say; the rows live in a QueueStore.
#include "core/download/queue/DownloadQueue.h"

#include "core/download/Transfer.h"
#include "core/download/queue/DownloadSecrets.h"
#include "core/download/queue/FileVerifier.h"
#include "core/download/queue/ItemRun.h"
#include "core/download/queue/QueueSharedLimits.h"
#include "core/download/queue/QueueStore.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/Provider.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <limits>
#include <memory>

namespace eoc {

inline constexpr int kSpeedWindowMs = 5000;
inline constexpr int kJournalProgressEveryMs = 2000;
inline constexpr int kProgressSignalEveryMs = 250;
inline constexpr int kRefreshEveryMs = 1000;
inline constexpr int kMaxOrderPollSeconds = 3600;

inline QDateTime nowUtc() { return QDateTime::currentDateTimeUtc(); }


// What the engine knows about an item beyond its journaled snapshot.
struct RunningItem {
    QueueItemInfo info;
    std::optional<DownloadPlan> plan;             // from this session's resolve()
    std::shared_ptr<ItemRun> run = std::make_shared<ItemRun>();   // its jobs now (never null)
    QSet<int> existingRejected;                   // final files on disk that failed the checks
    int verifyFailures = 0;
    int orderPolls = 0;
    qint64 retryAtMs = 0;                         // after a transient failure: not before this
    std::deque<std::pair<qint64, qint64>> samples;   // (ms, bytes) for the speed window
    qint64 lastProgressSignalMs = -1;
    QHash<int, qint64> lastJournaledMs;
    QHash<int, int> mirrorsTried;                 // by file index: the plan's mirrors used so far
    bool loadingSecrets = false;                  // its secret headers are being read from the keychain
    QHash<int, int> failedAttempts;               // by file index: across transfers and runs of the item
    bool workerStopped = false;                   // as last shown (QueueItemInfo::workerStopped)
};

class DownloadQueue::Private
{
public:
    DownloadQueue *q;
    // A program may let its network go before its queue (the command-line program's commands
    // outlive its services): the queue then no longer touches it.
    QPointer<NetworkAccess> network;
    ProviderLookup providers;
    Options options;
    // The store Options::store names, opened by DownloadQueue::open(); `journal` is the name the
    // engine knows it by.
    std::unique_ptr<QueueStore> store;
    QueueStore &journal;
    DownloadSecrets secrets;
    std::unique_ptr<QLockFile> lock;
    bool runner = false;
    bool started = false;
    bool wantsToRun = false;                      // start() was called, also while following
    bool wasIdle = false;
    QList<RunningItem> items;                     // display order
    // Workers (Options::worker): the items this worker holds a lease on, the only ones it runs.
    QSet<qint64> held;
    qint64 lastHeartbeatMs = std::numeric_limits<qint64>::min() / 2;
    qint64 bytesFetched = 0;                      // by this process's transfers, for its reports
    // A worker's request rates and login sessions, shared with the other workers through the
    // store; set on the network while the worker runs (QueueWorker.cpp).
    std::unique_ptr<QueueSharedLimits> sharedLimits;
    // Transfers at once: in all, per provider, and for a worker across the workers.
    ConnectionBudget budget{*store};
    QTimer ticker;
    QElapsedTimer clock;

    Private(DownloadQueue *queue, NetworkAccess *n, ProviderLookup p, Options o)
        : q(queue), network(n), providers(std::move(p)), options(std::move(o)),
          store(makeQueueStore(options.store, options.journalPath.isEmpty() ? defaultJournalPath() : options.journalPath,
                               options.storePassword)),
          journal(*store)
    {
        clock.start();
        budget.setTotal(options.maxConnections);
        if (isWorker())
            budget.setWorker(options.worker, options.leaseSeconds);
    }

    // Whether `run` is still the item's run: answers of a retired run's jobs are dropped.
    static bool isCurrent(const RunningItem &item, const std::weak_ptr<ItemRun> &run) { return item.run == run.lock(); }

    // The item `id` while `run` is still its run; nullptr once it is not (or the item is gone).
    RunningItem *current(qint64 id, const std::weak_ptr<ItemRun> &run)
    {
        RunningItem *item = find(id);
        return item && isCurrent(*item, run) ? item : nullptr;
    }

    RunningItem *find(qint64 id)
    {
        for (auto &i : items) {
            if (i.info.id == id)
                return &i;
        }
        return nullptr;
    }
    void sortItems()
    {
        std::stable_sort(items.begin(), items.end(), [](const RunningItem &a, const RunningItem &b) {
            if (a.info.priority != b.info.priority)
                return a.info.priority > b.info.priority;
            return a.info.position < b.info.position;
        });
    }

    bool isWorker() const { return !options.worker.isEmpty(); }
    // Whether this process runs the item: the runner runs every item, a worker those it holds.
    bool runs(const RunningItem &item) const { return runner && (!isWorker() || held.contains(item.info.id)); }

    void save(RunningItem &item, QueueFields fields)
    {
        item.info.updated = nowUtc();
        if (runner || (fields & (QueueField::Wish | QueueField::Priority))) {
            if (auto s = journal.update(item.info); !s)
                qWarning("%s", qPrintable(s.error().message));
        }
        releaseIfSettled(item);
        Q_EMIT q->itemChanged(item.info.id, fields);
        Q_EMIT q->totalsChanged();
        checkIdle();
    }
    void saveFile(RunningItem &item, int index)
    {
        if (auto s = journal.updateFile(item.info.id, index, item.info.files.at(index)); !s)
            qWarning("%s", qPrintable(s.error().message));
        item.lastJournaledMs[index] = clock.elapsed();
    }

    static QString limitKey(const RunningItem &item)
    {
        if (item.plan && !item.plan->limitKey.isEmpty())
            return item.plan->limitKey;
        return item.info.provider;
    }
    int providerCap(RunningItem &item)
    {
        if (item.plan && item.plan->maxConnections > 0)
            return item.plan->maxConnections;
        auto p = providers(item.info.provider);
        return p ? qMax(1, p.value()->capabilities().maxConnections) : 1;
    }

    // ---- scheduling ----
    void schedule();
    void startResolve(RunningItem &item);
    bool secretsReady(RunningItem &item);
    void onPlan(qint64 id, const std::weak_ptr<ItemRun> &run, const DownloadPlan &plan);
    void onOrdered(qint64 id, const std::weak_ptr<ItemRun> &run, const DownloadPlan &plan);
    void applyPlan(RunningItem &item, const DownloadPlan &plan);
    void startFiles(RunningItem &item);
    void startFile(RunningItem &item, int index);
    // A connection from the budget for the item's file `index`; false when none is left now (the
    // file waits for the next scheduling).
    bool takeConnection(RunningItem &item, int index);
    void giveBackConnection(RunningItem &item, int index);
    void checkExisting(RunningItem &item, int index);
    void onExistingChecked(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const Error &error);
    // Checks a file (verifyFile) on a worker thread; `done` gets the answer with the item's id,
    // its run at the start and the file's index.
    using CheckDone = void (Private::*)(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const Error &error);
    void checkInBackground(RunningItem &item, int index, const VerifyRequest &request, CheckDone done);
    void onTransferFinished(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const TransferOutcome &outcome);
    void verify(RunningItem &item, int index);
    void onVerified(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const Error &error);
    // Runs the item again later when the error is transient and runs are left; `final` fails it.
    void fail(RunningItem &item, const Error &error, bool final = false);
    // QueuePacking.cpp: packs the plan's packFolder once every file is verified; true while the
    // item is not done yet because of it.
    bool packIfWanted(RunningItem &item);
    bool switchToNextMirror(RunningItem &item, int index, const Error &error);
    // QueueFailover.cpp: when the item's source failed for good, moves it to the next copy of the
    // scene at another source (same delivery format unless download.allow_format_change); false
    // when none is left.
    bool switchToNextSource(RunningItem &item, const Error &error);
    // Drops the item's secret headers from memory, the secret store and the journal (a done item
    // fetches nothing more; another source never gets the first one's secrets).
    void forgetSecretHeaders(RunningItem &item);
    // Whether another item's files include <base>/<relative> for one of `relatives`.
    bool claimedByAnotherItem(qint64 id, const QString &base, const QStringList &relatives) const;
    void recordSourceSpeed(RunningItem &item, int index, qint64 bytesOnDisk);
    RunningItem *commandTarget(qint64 id, const QString &command, Status &status);
    QString serverNamedPath(const RunningItem &item, int index, const QString &serverName) const;
    void onServerFileName(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const QString &serverName);
    void pauseForDisk(RunningItem &item, const Error &error);
    void finishIfComplete(RunningItem &item);
    // Files neither done, nor being fetched, nor being checked.
    static int filesLeftToFetch(const RunningItem &item)
    {
        int n = 0;
        for (int i = 0; i < item.info.files.size(); ++i) {
            if (!item.info.files.at(i).done && !item.run->transfers.value(i) && !item.run->verifying.contains(i)
                && !item.run->checkingExisting.contains(i))
                ++n;
        }
        return n;
    }
    // Cancels the item's jobs and transfers; `writeFiles` false for an item another worker took
    // over (its rows are no longer this process's to write).
    void stopWork(RunningItem &item, bool writeFiles = true);
    // Downloading while one of its transfers holds a connection, WaitingForConnection otherwise;
    // only for items in a fetch state. Saves and signals a change.
    void updateFetchState(RunningItem &item);
    static QueueState fetchState(const RunningItem &item)
    {
        return item.run->connected.isEmpty() ? QueueState::WaitingForConnection : QueueState::Downloading;
    }
    void updateProgress(RunningItem &item, bool force);
    void tick();
    bool takeLock();
    void restartInterrupted();
    void takeOverIfRunnerGone();
    void handBack();
    void refreshFromJournal();
    void applyCommand(qint64 id, const QString &command);
    bool idleNow() const;
    void checkIdle();

    // ---- workers (QueueWorker.cpp) ----
    bool takeWorkerRole();
    void workerTick();
    // Renews the leases of the held items and the slots, drops the items another worker took
    // over, and reports this worker.
    void heartbeat();
    void claimMore();
    // A held item that needs no more work (done, failed, paused, cancelled) is let go.
    void releaseIfSettled(RunningItem &item);
    void handBackHeld();
    // Sets the worker's shared limits on the network, or takes them off again.
    void shareLimits(bool on);
};

} // namespace eoc

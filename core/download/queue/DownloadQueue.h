#pragma once

#include "core/download/queue/QueueStoreLocation.h"
#include "core/download/queue/QueueTypes.h"
#include "core/model/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace eoc {

class DownloadSecrets;
class NetworkAccess;
class Provider;
class ProviderRegistry;
struct ProviderContext;

// The download queue: items journaled in SQLite before anything is fetched, scheduled by priority
// within the global and per-provider connection caps, resolved through their provider, fetched
// with resumable transfers, verified and renamed into place.
//
// One process runs the queue at a time (a QLockFile beside the journal). Another process that
// opens the same journal gets a read-only view (isRunner() false): it sees the items, refreshes
// them every second, and its pause/resume/cancel/retry/priority calls are written to the journal,
// where the running process picks them up within a second.
//
// Shaped for a Qt item model: items() in display order, item(id), and the signals itemAdded,
// itemChanged (with the fields that changed), itemRemoved and totalsChanged.
class DownloadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)
public:
    using ProviderLookup = std::function<Result<Provider *>(const QString &name)>;

    struct Options {
        QString journalPath;              // empty: defaultJournalPath()
        // Where the items are kept: the local journal at journalPath (the default), or a
        // PostgreSQL database shared by many machines, logged in to with storePassword (kept in
        // memory only). The run lock stays a file beside journalPath either way.
        QueueStoreLocation store;
        QString storePassword;
        int maxConnections = 4;           // transfers at once over the whole queue
        int verifyRetries = 2;            // downloads again after a failed check, then Integrity
        int maxAttempts = 3;              // transient failures of a whole item before Failed
        int maxFileAttempts = 8;          // failed attempts of one file in a row without new bytes,
                                          // across transfers and runs (download.max_attempts)
        qint64 limitBytesPerSecond = 0;   // 0: no limit (applied through the network core)
        int orderPollSeconds = 60;        // first poll of an ordered item; doubles up to an hour
        bool resolveRelativeToCwd = true;
        QString bdcVersion = QStringLiteral("1");   // collection version of the "bdc" layout
        // An item whose source failed moves to another source of its scene (SceneResult::
        // otherSources) with the same delivery format; with this, to any other format too.
        bool allowFormatChange = false;             // download.allow_format_change
        // A worker of a queue drained by several processes or machines (non-empty name): it
        // runs only the items it claims, at most `workerItems` at once (0: maxConnections),
        // holds them under leases of `leaseSeconds` renewed by heartbeats every third of that,
        // starts a transfer only once it holds one of the provider's shared connection slots,
        // and takes over the items of a worker that stopped renewing them. Without a name the
        // queue has one runner (the run lock) as before.
        QString worker;
        int leaseSeconds = 60;                      // queue.lease_seconds
        int workerItems = 0;
        // Never runs the queue, also when nothing else does: shows it and passes requests on
        // (queue.watch_only; a desktop application watching the workers of a shared queue).
        bool watchOnly = false;
    };

    DownloadQueue(NetworkAccess *network, ProviderLookup providers, Options options,
                  QObject *parent = nullptr);
    // Providers looked up through the registry with `context`.
    DownloadQueue(NetworkAccess *network, ProviderRegistry *registry, const ProviderContext &context,
                  Options options, QObject *parent = nullptr);
    ~DownloadQueue() override;

    // <XDG data>/eo-collector/queue.sqlite (HOME / XDG_DATA_HOME decide).
    static QString defaultJournalPath();
    // The journal a program built on the library keeps in its download folder, by this name.
    static QString folderJournalName() { return QStringLiteral(".eo-collector-queue.sqlite"); }

    // Opens (creating or migrating) the journal and loads every item. Takes the run lock when
    // it can; otherwise the queue is a read-only view of the process that runs it.
    Status open();
    bool isRunner() const;
    bool isWorker() const;                          // Options::worker was given
    bool isWatchOnly() const;                       // Options::watchOnly: never runs the queue
    QString workerName() const;                     // Options::worker
    QString journalPath() const;
    // The store's description for people ("the journal /path", "postgresql://user@host/db").
    QString storeDescription() const;
    // The workers of a shared queue as they last reported themselves (empty for a queue that
    // one process runs).
    Result<QList<QueueWorkerInfo>> workers() const;

    // Starts scheduling (runner or worker only). Items that were running when the program stopped resume
    // from the bytes in their .part files.
    void start();

    // Items with secret headers: keep them with secrets()->keep() under a new reference first, then
    // add the item with that reference (request.secretsRef) or give it to an existing item.
    Result<qint64> add(const QueueItemRequest &request);
    DownloadSecrets *secrets() const;
    Status setSecretHeaders(qint64 id, const QString &reference, const QStringList &names);

    QList<QueueItemInfo> items() const;             // display order: priority, then position
    std::optional<QueueItemInfo> item(qint64 id) const;
    QList<qint64> ids() const;
    QueueTotals totals() const;

    // Wishes: each returns a BadInput error for an unknown id.
    Status pause(qint64 id);
    Status resume(qint64 id);
    Status cancel(qint64 id);                       // deletes the partial data
    Status retry(qint64 id);                        // a failed or cancelled item starts over
    Status remove(qint64 id);                       // cancels, then drops it from the journal
    Status setPriority(qint64 id, int priority);
    // Moves the items, keeping their order among themselves, right before `beforeId` in the
    // display order (0: to the end). They take the priority of the item they land before (or of
    // the last one), and every item's position is rewritten to the new order, so the runner
    // starts the top waiting item next. Dragging rows and "Start sooner/later" both come here.
    Status moveBefore(const QList<qint64> &ids, qint64 beforeId);
    void pauseAll();                                // queued and running items only
    void resumeAll();
    void cancelAll();
    void retryAll();

    // True when no item can make progress without the user (all done, failed, paused or
    // cancelled, and nothing running or waiting for an order).
    bool isIdle() const;
    // The collection version of the "bdc" layout for items whose files are placed from now on.
    void setBdcVersion(const QString &version);

Q_SIGNALS:
    void itemAdded(qint64 id);
    void itemChanged(qint64 id, eoc::QueueFields fields);
    void itemRemoved(qint64 id);
    void totalsChanged();
    void idle();                                    // emitted when isIdle() becomes true

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace eoc

#include "core/download/queue/DownloadQueue.h"

#include "core/download/Transfer.h"
#include "core/download/queue/DownloadSecrets.h"
#include "core/download/queue/FileVerifier.h"
#include "core/download/queue/ItemFolder.h"
#include "core/download/queue/QueueJournal.h"
#include "core/download/queue/SafeFileName.h"
#include "core/net/BandwidthLimiter.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/Provider.h"
#include "core/provider/ProviderRegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>

namespace eoc {

namespace {

constexpr int kSpeedWindowMs = 5000;
constexpr int kJournalProgressEveryMs = 2000;
constexpr int kProgressSignalEveryMs = 250;
constexpr int kRefreshEveryMs = 1000;
constexpr int kMaxOrderPollSeconds = 3600;

QDateTime nowUtc() { return QDateTime::currentDateTimeUtc(); }

} // namespace

// What the engine knows about an item beyond its journaled snapshot.
struct RunningItem {
    QueueItemInfo info;
    std::optional<DownloadPlan> plan;             // from this session's resolve()
    QPointer<PlanJob> planJob;
    QHash<int, QPointer<Transfer>> transfers;     // by file index
    QSet<int> verifying;                          // file indexes being checked
    QSet<int> checkingExisting;                   // final files found on disk, being checked
    QSet<int> existingRejected;                   // final files on disk that failed the checks
    int verifyFailures = 0;
    int orderPolls = 0;
    qint64 retryAtMs = 0;                         // after a transient failure: not before this
    quint64 generation = 0;                       // bumps on pause/cancel: stale callbacks are ignored
    std::deque<std::pair<qint64, qint64>> samples;   // (ms, bytes) for the speed window
    qint64 lastProgressSignalMs = -1;
    QHash<int, qint64> lastJournaledMs;
    QHash<int, Checksums> streamedDigests;        // hashed during the transfer, until verified
    QHash<int, int> mirrorsTried;                 // by file index: the plan's mirrors used so far
    bool loadingSecrets = false;                  // its secret headers are being read from the keychain
};

class DownloadQueue::Private
{
public:
    DownloadQueue *q;
    NetworkAccess *network;
    ProviderLookup providers;
    Options options;
    QueueJournal journal;
    DownloadSecrets secrets;
    std::unique_ptr<QLockFile> lock;
    bool runner = false;
    bool started = false;
    bool wasIdle = false;
    QList<RunningItem> items;                     // display order
    QTimer ticker;
    QElapsedTimer clock;

    Private(DownloadQueue *queue, NetworkAccess *n, ProviderLookup p, Options o)
        : q(queue), network(n), providers(std::move(p)), options(std::move(o))
    {
        clock.start();
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

    void save(RunningItem &item, QueueFields fields)
    {
        item.info.updated = nowUtc();
        if (runner || (fields & (QueueField::Wish | QueueField::Priority))) {
            if (auto s = journal.update(item.info); !s)
                qWarning("%s", qPrintable(s.error().message));
        }
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

    int transfersRunning(const QString &key = {}) const
    {
        int n = 0;
        for (const auto &i : items) {
            if (!key.isEmpty() && limitKey(i) != key)
                continue;
            for (const auto &t : i.transfers)
                n += t ? 1 : 0;
        }
        return n;
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
    void onPlan(qint64 id, quint64 generation, const DownloadPlan &plan);
    void onOrdered(qint64 id, quint64 generation, const DownloadPlan &plan);
    void applyPlan(RunningItem &item, const DownloadPlan &plan);
    void startFiles(RunningItem &item);
    void startFile(RunningItem &item, int index);
    void checkExisting(RunningItem &item, int index);
    void onTransferFinished(qint64 id, quint64 generation, int index, const TransferOutcome &outcome);
    void verify(RunningItem &item, int index);
    void onVerified(qint64 id, quint64 generation, int index, const Error &error);
    void fail(RunningItem &item, const Error &error);
    bool switchToNextMirror(RunningItem &item, int index, const Error &error);
    RunningItem *commandTarget(qint64 id, const QString &command, Status &status);
    QString serverNamedPath(const RunningItem &item, int index, const QString &serverName) const;
    void onServerFileName(qint64 id, quint64 generation, int index, const QString &serverName);
    void pauseForDisk(RunningItem &item, const Error &error);
    void finishIfComplete(RunningItem &item);
    // Files neither done, nor being fetched, nor being checked.
    static int filesLeftToFetch(const RunningItem &item)
    {
        int n = 0;
        for (int i = 0; i < item.info.files.size(); ++i) {
            if (!item.info.files.at(i).done && !item.transfers.value(i) && !item.verifying.contains(i)
                && !item.checkingExisting.contains(i))
                ++n;
        }
        return n;
    }
    void stopWork(RunningItem &item);
    void updateProgress(RunningItem &item, bool force);
    void tick();
    void refreshFromJournal();
    void applyCommand(qint64 id, const QString &command);
    bool idleNow() const;
    void checkIdle();
};

DownloadQueue::DownloadQueue(NetworkAccess *network, ProviderLookup providers, Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, network, std::move(providers), std::move(options)))
{
    d->ticker.setInterval(kRefreshEveryMs);
    connect(&d->ticker, &QTimer::timeout, this, [this] { d->tick(); });
}

DownloadQueue::DownloadQueue(NetworkAccess *network, ProviderRegistry *registry, const ProviderContext &context,
                             Options options, QObject *parent)
    : DownloadQueue(network,
                    [registry, context](const QString &name) { return registry->provider(name, context); },
                    std::move(options), parent)
{
}

DownloadQueue::~DownloadQueue()
{
    for (auto &item : d->items) {
        ++item.generation;
        for (auto &t : item.transfers) {
            if (t) {
                t->cancel();
                delete t.data();
            }
        }
        if (item.planJob) {
            item.planJob->cancel();
            delete item.planJob.data();
        }
    }
}

QString DownloadQueue::defaultJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/eo-collector/queue.sqlite");
}

void DownloadQueue::setBdcVersion(const QString &version)
{
    d->options.bdcVersion = version;
}

QString DownloadQueue::journalPath() const
{
    return d->options.journalPath.isEmpty() ? defaultJournalPath() : d->options.journalPath;
}

bool DownloadQueue::isRunner() const { return d->runner; }

Status DownloadQueue::open()
{
    const QString path = journalPath();
    if (auto s = d->journal.open(path); !s)
        return s;
    d->lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    d->lock->setStaleLockTime(0);        // a lock of a dead process (kill -9) is taken over by PID check
    d->runner = d->lock->tryLock(0);
    if (!d->runner) {
        // The holder may have died without cleaning up: QLockFile checks whether its PID lives.
        d->lock->removeStaleLockFile();
        d->runner = d->lock->tryLock(0);
    }
    auto loaded = d->journal.loadAll();
    if (!loaded)
        return loaded.error();
    for (auto &info : loaded.value()) {
        RunningItem item;
        item.info = std::move(info);
        if (d->runner) {
            // What was running when the last process stopped starts again; .part files stay.
            if (item.info.state == QueueState::Resolving || item.info.state == QueueState::Downloading
                || item.info.state == QueueState::Verifying) {
                item.info.state = QueueState::Waiting;
                d->journal.update(item.info);
            }
        }
        d->items << std::move(item);
        d->updateProgress(d->items.last(), true);
    }
    d->sortItems();
    if (d->options.limitBytesPerSecond > 0 && d->network && d->network->bandwidth())
        d->network->bandwidth()->setLimit(d->options.limitBytesPerSecond);
    d->ticker.start();
    return success();
}

void DownloadQueue::start()
{
    if (!d->runner)
        return;
    d->started = true;
    d->wasIdle = false;
    QTimer::singleShot(0, this, [this] {
        d->schedule();
        d->checkIdle();
    });
}

DownloadSecrets *DownloadQueue::secrets() const
{
    return &d->secrets;
}

Status DownloadQueue::setSecretHeaders(qint64 id, const QString &reference, const QStringList &names)
{
    auto *item = d->find(id);
    if (!item)
        return Error(ErrorClass::BadInput, QStringLiteral("No queue item %1").arg(id));
    if (auto s = d->journal.setSecrets(id, reference, names); !s)
        return s;
    // The old headers are replaced, not added to.
    if (item->info.secretsRef != reference)
        d->secrets.forget(item->info.secretsRef);
    item->info.secretsRef = reference;
    item->info.secretHeaders = names;
    return success();
}

Result<qint64> DownloadQueue::add(const QueueItemRequest &request)
{
    if (request.provider.isEmpty())
        return Error(ErrorClass::BadInput, QStringLiteral("A queue item needs a provider"));
    if (request.outputFolder.isEmpty())
        return Error(ErrorClass::BadInput, QStringLiteral("A queue item needs an output folder"));
    if (d->runner) {
        if (auto p = d->providers(request.provider); !p)
            return p.error();
    }
    QueueItemInfo info;
    info.provider = request.provider;
    info.scene = request.scene;
    info.outputFolder = QDir::cleanPath(QDir::current().absoluteFilePath(request.outputFolder));
    info.layout = request.layout;
    info.priority = request.priority;
    info.wish = request.paused ? QueueWish::Paused : QueueWish::Queued;
    info.state = QueueState::Waiting;
    info.title = request.scene.sceneId;
    if (info.title.isEmpty()) {
        // Plain links have no scene id: the file name stands in for it (the journal needs one).
        info.title = sanitizeFileName(QUrl::fromPercentEncoding(request.scene.link.fileName(QUrl::FullyEncoded).toUtf8()));
        info.scene.sceneId = info.title;
    }
    info.added = info.updated = nowUtc();
    info.bytesTotal = request.scene.size;
    info.secretsRef = request.secretsRef;
    info.secretHeaders = request.secretHeaders;
    auto id = d->journal.insert(info);
    if (!id)
        return id.error();
    auto stored = d->journal.load(id.value());
    if (!stored)
        return stored.error();
    RunningItem item;
    item.info = stored.value();
    item.info.bytesTotal = request.scene.size;
    d->items << std::move(item);
    d->sortItems();
    d->wasIdle = false;
    Q_EMIT itemAdded(id.value());
    Q_EMIT totalsChanged();
    if (d->started)
        QTimer::singleShot(0, this, [this] { d->schedule(); });
    return id.value();
}

QList<QueueItemInfo> DownloadQueue::items() const
{
    QList<QueueItemInfo> out;
    out.reserve(d->items.size());
    for (const auto &i : d->items)
        out << i.info;
    return out;
}

std::optional<QueueItemInfo> DownloadQueue::item(qint64 id) const
{
    if (auto *i = d->find(id))
        return i->info;
    return std::nullopt;
}

QList<qint64> DownloadQueue::ids() const
{
    QList<qint64> out;
    for (const auto &i : d->items)
        out << i.info.id;
    return out;
}

QueueTotals DownloadQueue::totals() const
{
    QueueTotals t;
    for (const auto &i : d->items) {
        const auto &info = i.info;
        ++t.items;
        if (info.state == QueueState::Done)
            ++t.done;
        else if (info.state == QueueState::Failed)
            ++t.failed;
        else if (info.wish == QueueWish::Paused)
            ++t.paused;
        else if (info.state == QueueState::Resolving || info.state == QueueState::Downloading
                 || info.state == QueueState::Verifying)
            ++t.active;
        else if (info.wish == QueueWish::Queued)
            ++t.waiting;
        t.bytesDone += info.bytesDone;
        if (info.bytesTotal)
            t.bytesTotal += *info.bytesTotal;
        t.bytesPerSecond += info.bytesPerSecond;
    }
    return t;
}

// ---- user wishes ----

Status DownloadQueue::pause(qint64 id)
{
    Status status = success();
    auto *item = d->commandTarget(id, QStringLiteral("pause"), status);
    if (!item)
        return status;
    if (item->info.state == QueueState::Done || item->info.wish == QueueWish::Cancelled)
        return success();
    item->info.wish = QueueWish::Paused;
    d->stopWork(*item);
    if (item->info.state != QueueState::Ordered && item->info.state != QueueState::Failed)
        item->info.state = QueueState::Waiting;
    d->updateProgress(*item, true);
    d->save(*item, QueueField::Wish | QueueField::State | QueueField::Progress);
    return success();
}

Status DownloadQueue::resume(qint64 id)
{
    Status status = success();
    auto *item = d->commandTarget(id, QStringLiteral("resume"), status);
    if (!item)
        return status;
    if (item->info.wish != QueueWish::Paused)
        return success();
    item->info.wish = QueueWish::Queued;
    QueueFields fields = QueueField::Wish;
    if (item->info.error.errorClass == ErrorClass::LocalDisk) {
        item->info.error = {};
        fields |= QueueField::Error;
    }
    d->wasIdle = false;
    d->save(*item, fields);
    QTimer::singleShot(0, this, [this] { d->schedule(); });
    return success();
}

Status DownloadQueue::cancel(qint64 id)
{
    Status status = success();
    auto *item = d->commandTarget(id, QStringLiteral("cancel"), status);
    if (!item)
        return status;
    if (item->info.state == QueueState::Done)
        return success();
    d->stopWork(*item);
    item->info.wish = QueueWish::Cancelled;
    item->info.state = QueueState::Waiting;
    // Cancelling forgets the partial data; a retry starts from zero.
    for (int i = 0; i < item->info.files.size(); ++i) {
        auto &f = item->info.files[i];
        if (f.done)
            continue;
        QFile::remove(f.partPath);
        f.bytesOnDisk = 0;
        f.etag.clear();
        f.lastModified.clear();
        d->saveFile(*item, i);
    }
    d->updateProgress(*item, true);
    d->save(*item, QueueField::Wish | QueueField::State | QueueField::Files | QueueField::Progress);
    return success();
}

Status DownloadQueue::retry(qint64 id)
{
    Status status = success();
    auto *item = d->commandTarget(id, QStringLiteral("retry"), status);
    if (!item)
        return status;
    if (item->info.state == QueueState::Done)
        return success();
    d->stopWork(*item);
    item->info.wish = QueueWish::Queued;
    if (item->info.state != QueueState::Ordered)
        item->info.state = QueueState::Waiting;
    item->info.error = {};
    item->info.attempts = 0;
    item->verifyFailures = 0;
    d->wasIdle = false;
    d->save(*item, QueueField::Wish | QueueField::State | QueueField::Error | QueueField::Attempts);
    QTimer::singleShot(0, this, [this] { d->schedule(); });
    return success();
}

Status DownloadQueue::remove(qint64 id)
{
    Status status = success();
    auto *item = d->commandTarget(id, QStringLiteral("remove"), status);
    if (!item)
        return status;
    if (item->info.state != QueueState::Done) {
        if (auto s = cancel(id); !s)
            return s;
    }
    if (auto s = d->journal.remove(id); !s)
        return s;
    d->secrets.forget(item->info.secretsRef);
    d->items.removeIf([id](const RunningItem &i) { return i.info.id == id; });
    Q_EMIT itemRemoved(id);
    Q_EMIT totalsChanged();
    d->checkIdle();
    return success();
}

Status DownloadQueue::setPriority(qint64 id, int priority)
{
    Status status = success();
    auto *item = d->commandTarget(id, QStringLiteral("priority:%1").arg(priority), status);
    if (!item)
        return status;
    item->info.priority = priority;
    d->save(*item, QueueField::Priority);
    d->sortItems();
    return success();
}

void DownloadQueue::pauseAll()
{
    for (qint64 id : ids())
        pause(id);
}
void DownloadQueue::resumeAll()
{
    for (qint64 id : ids())
        resume(id);
}
void DownloadQueue::cancelAll()
{
    for (qint64 id : ids())
        cancel(id);
}
void DownloadQueue::retryAll()
{
    for (qint64 id : ids()) {
        const auto info = item(id);
        if (info && (info->state == QueueState::Failed || info->wish == QueueWish::Cancelled))
            retry(id);
    }
}

bool DownloadQueue::isIdle() const { return d->idleNow(); }

// ---- the engine ----

bool DownloadQueue::Private::idleNow() const
{
    for (const auto &i : items) {
        if (i.info.wish != QueueWish::Queued)
            continue;
        if (i.info.state != QueueState::Done && i.info.state != QueueState::Failed)
            return false;
    }
    return true;
}

void DownloadQueue::Private::checkIdle()
{
    const bool now = idleNow();
    if (now && !wasIdle && (started || !runner)) {
        wasIdle = true;
        Q_EMIT q->idle();
    } else if (!now) {
        wasIdle = false;
    }
}

void DownloadQueue::Private::schedule()
{
    if (!runner || !started)
        return;
    for (auto &item : items) {
        if (item.info.wish != QueueWish::Queued)
            continue;
        switch (item.info.state) {
        case QueueState::Waiting:
            if (clock.elapsed() >= item.retryAtMs)
                startResolve(item);
            break;
        case QueueState::Ordered:
            if (!item.planJob && (!item.info.nextPoll.isValid() || item.info.nextPoll <= nowUtc()))
                startResolve(item);
            break;
        case QueueState::Downloading:
            startFiles(item);
            break;
        default:
            break;
        }
    }
}

void DownloadQueue::Private::startResolve(RunningItem &item)
{
    if (item.planJob || !secretsReady(item))
        return;
    auto provider = providers(item.info.provider);
    if (!provider) {
        fail(item, provider.error());
        return;
    }
    const bool wasOrdered = item.info.state == QueueState::Ordered;
    if (!wasOrdered)
        item.info.state = QueueState::Resolving;
    ++item.info.attempts;
    PlanJob *job = provider.value()->resolve(item.info.scene);
    item.planJob = job;
    const qint64 id = item.info.id;
    const quint64 generation = item.generation;
    QObject::connect(job, &PlanJob::finished, q, [this, id, generation, job](const DownloadPlan &plan) {
        job->deleteLater();
        onPlan(id, generation, plan);
    });
    QObject::connect(job, &PlanJob::failed, q, [this, id, generation, job](const Error &error) {
        job->deleteLater();
        auto *it = find(id);
        if (!it || it->generation != generation)
            return;
        it->planJob = nullptr;
        fail(*it, error);
    });
    save(item, QueueField::State | QueueField::Attempts);
    job->start();
}

// Whether the item's secret headers are at hand; when they are not, they are read from the
// keychain and the item is scheduled again, or fails (never runs without them).
bool DownloadQueue::Private::secretsReady(RunningItem &item)
{
    if (item.loadingSecrets)
        return false;
    // Another process may have given the item new headers since it was loaded.
    if (auto stored = journal.load(item.info.id)) {
        item.info.secretsRef = stored->secretsRef;
        item.info.secretHeaders = stored->secretHeaders;
    }
    if (secrets.ready(item.info))
        return true;
    item.loadingSecrets = true;
    const qint64 id = item.info.id;
    const quint64 generation = item.generation;
    secrets.load(item.info, q, [this, id, generation](const Status &status) {
        auto *it = find(id);
        if (!it)
            return;
        it->loadingSecrets = false;
        if (it->generation != generation)
            return;
        if (!status)
            fail(*it, status.error());
        else
            schedule();
    });
    return false;
}

void DownloadQueue::Private::onPlan(qint64 id, quint64 generation, const DownloadPlan &plan)
{
    auto *item = find(id);
    if (!item || item->generation != generation)
        return;
    item->planJob = nullptr;
    if (plan.offline && !plan.ordered && item->info.state != QueueState::Ordered) {
        auto provider = providers(item->info.provider);
        if (!provider || !provider.value()->capabilities().canOrderOffline) {
            fail(*item, Error(ErrorClass::Offline, plan.offlineReason.isEmpty()
                                                      ? QStringLiteral("The product is offline and the provider cannot order it")
                                                      : plan.offlineReason));
            return;
        }
        PlanJob *job = provider.value()->order(item->info.scene);
        item->planJob = job;
        QObject::connect(job, &PlanJob::finished, q, [this, id, generation, job](const DownloadPlan &p) {
            job->deleteLater();
            onOrdered(id, generation, p);
        });
        QObject::connect(job, &PlanJob::failed, q, [this, id, generation, job](const Error &error) {
            job->deleteLater();
            auto *it = find(id);
            if (!it || it->generation != generation)
                return;
            it->planJob = nullptr;
            fail(*it, error);
        });
        job->start();
        return;
    }
    if (plan.offline || plan.ordered) {
        onOrdered(id, generation, plan);
        return;
    }
    if (plan.files.isEmpty()) {
        fail(*item, Error(ErrorClass::Protocol, QStringLiteral("The provider returned no file to download")));
        return;
    }
    applyPlan(*item, plan);
    item->info.state = QueueState::Downloading;
    item->info.nextPoll = {};
    updateProgress(*item, true);
    save(*item, QueueField::State | QueueField::Files | QueueField::Progress);
    startFiles(*item);
}

void DownloadQueue::Private::onOrdered(qint64 id, quint64 generation, const DownloadPlan &plan)
{
    auto *item = find(id);
    if (!item || item->generation != generation)
        return;
    item->planJob = nullptr;
    Q_UNUSED(plan);
    // Poll with back-off: the first after orderPollSeconds, doubling up to an hour.
    const int delay = qMin(kMaxOrderPollSeconds, options.orderPollSeconds * (1 << qMin(item->orderPolls, 6)));
    ++item->orderPolls;
    item->info.state = QueueState::Ordered;
    item->info.attempts = 0;     // waiting for an order is not a failure
    item->info.nextPoll = nowUtc().addSecs(delay);
    save(*item, QueueField::State | QueueField::Attempts);
}

void DownloadQueue::Private::applyPlan(RunningItem &item, const DownloadPlan &plan)
{
    item.plan = plan;
    const QString base = itemFolder(item.info, options.bdcVersion);
    QList<QueueFileInfo> files;
    for (int i = 0; i < plan.files.size(); ++i) {
        const DownloadFile &pf = plan.files.at(i);
        QString rel = sanitizeRelativePath(pf.relativePath);
        if (rel.isEmpty())
            rel = sanitizeFileName(QUrl::fromPercentEncoding(pf.url.fileName(QUrl::FullyEncoded).toUtf8()));
        QueueFileInfo f;
        f.url = pf.url;
        f.relativePath = rel;
        f.finalPath = QDir::cleanPath(base + QLatin1Char('/') + rel);
        f.partPath = f.finalPath + QStringLiteral(".part");
        f.totalSize = pf.size;
        f.checksums = pf.checksums;
        // Keep what the journal knows from an earlier run of the same file.
        for (const auto &old : std::as_const(item.info.files)) {
            if (old.relativePath == rel || old.url == pf.url) {
                f.etag = old.etag;
                f.lastModified = old.lastModified;
                f.bytesOnDisk = old.bytesOnDisk;
                f.done = old.done && QFileInfo::exists(old.finalPath);
                if (f.done)
                    f.finalPath = old.finalPath;
                if (!f.totalSize)
                    f.totalSize = old.totalSize;
                break;
            }
        }
        files << f;
    }
    item.info.files = files;
    if (auto s = journal.updateFiles(item.info); !s)
        qWarning("%s", qPrintable(s.error().message));
}

void DownloadQueue::Private::startFiles(RunningItem &item)
{
    if (item.info.wish != QueueWish::Queued || item.info.state != QueueState::Downloading || !item.plan)
        return;
    if (!secrets.ready(item.info)) {
        fail(item, DownloadSecrets::goneError(item.info.secretHeaders));
        return;
    }
    const QString key = limitKey(item);
    const int cap = providerCap(item);
    for (int i = 0; i < item.info.files.size(); ++i) {
        const auto &f = item.info.files.at(i);
        if (f.done || item.transfers.value(i) || item.verifying.contains(i) || item.checkingExisting.contains(i))
            continue;
        if (QFileInfo::exists(f.finalPath) && !item.existingRejected.contains(i)) {
            checkExisting(item, i);
            continue;
        }
        if (transfersRunning() >= qMax(1, options.maxConnections) || transfersRunning(key) >= cap)
            return;
        startFile(item, i);
        if (item.info.wish != QueueWish::Queued)
            return;
    }
    finishIfComplete(item);
}

void DownloadQueue::Private::checkExisting(RunningItem &item, int index)
{
    // A complete file of the same name is verified instead of fetched again, and never overwritten
    // unless it fails the plan's checks.
    item.checkingExisting.insert(index);
    const auto &f = item.info.files.at(index);
    VerifyRequest request{f.finalPath, f.finalPath, f.totalSize, f.checksums, {}};
    auto *watcher = new QFutureWatcher<Error>(q);
    const qint64 id = item.info.id;
    const quint64 generation = item.generation;
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, q, [this, watcher, id, generation, index] {
        const Error error = watcher->result();
        watcher->deleteLater();
        auto *it = find(id);
        if (!it || it->generation != generation)
            return;
        it->checkingExisting.remove(index);
        auto &file = it->info.files[index];
        if (!error.isError()) {
            file.done = true;
            file.bytesOnDisk = QFileInfo(file.finalPath).size();
            QFile::remove(file.partPath);
            saveFile(*it, index);
            updateProgress(*it, true);
            Q_EMIT q->itemChanged(id, QueueField::Files | QueueField::Progress);
            finishIfComplete(*it);
        } else {
            // The file on disk is not the one the plan describes: fetch a good copy next to it;
            // the rename after verification replaces it.
            file.done = false;
            it->existingRejected.insert(index);
            startFiles(*it);
        }
    });
    watcher->setFuture(QtConcurrent::run([request] { return verifyFile(request); }));
}

void DownloadQueue::Private::startFile(RunningItem &item, int index)
{
    auto &f = item.info.files[index];
    if (!QDir().mkpath(QFileInfo(f.partPath).absolutePath())) {
        pauseForDisk(item, Error(ErrorClass::LocalDisk, QStringLiteral("Cannot create the folder %1")
                                                            .arg(QFileInfo(f.partPath).absolutePath())));
        return;
    }
    // The .part file's size is the truth about what is on disk, whatever the journal last saw.
    const QFileInfo part(f.partPath);
    f.bytesOnDisk = part.exists() ? part.size() : 0;
    if (f.bytesOnDisk == 0) {
        f.etag.clear();
        f.lastModified.clear();
    }
    if (f.totalSize) {
        const qint64 remaining = *f.totalSize - f.bytesOnDisk;
        const QStorageInfo storage(QFileInfo(f.partPath).absolutePath());
        if (storage.isValid() && remaining > 0 && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < remaining) {
            pauseForDisk(item, Error(ErrorClass::LocalDisk,
                                     QStringLiteral("Not enough free space in %1: %2 bytes needed, %3 available. "
                                                    "Free some space, then resume.")
                                         .arg(storage.rootPath()).arg(remaining).arg(storage.bytesAvailable())));
            return;
        }
    }
    TransferSpec spec;
    spec.url = f.url;
    spec.partPath = f.partPath;
    spec.resumeOffset = f.bytesOnDisk;
    spec.etag = f.etag;
    spec.lastModified = f.lastModified;
    spec.expectedSize = f.totalSize;
    spec.headers = item.plan->headers + secrets.headersFor(item.info);
    spec.trustedHosts = item.plan->trustedHosts;
    spec.auth = item.plan->auth;
    spec.limitKey = limitKey(item);
    spec.digestAlgorithms = f.checksums.keys();
    auto *transfer = new Transfer(network, spec, q);
    item.transfers.insert(index, transfer);
    const qint64 id = item.info.id;
    const quint64 generation = item.generation;
    QObject::connect(transfer, &Transfer::validatorsKnown, q,
                     [this, id, generation, index](const QByteArray &etag, const QByteArray &lastModified, qint64 total) {
                         auto *it = find(id);
                         if (!it || it->generation != generation)
                             return;
                         auto &file = it->info.files[index];
                         file.etag = etag;
                         file.lastModified = lastModified;
                         if (total >= 0)
                             file.totalSize = total;
                         saveFile(*it, index);
                     });
    QObject::connect(transfer, &Transfer::serverFileNameKnown, q, [this, id, generation, index](const QString &name) {
        onServerFileName(id, generation, index, name);
    });
    QObject::connect(transfer, &Transfer::progress, q, [this, id, generation, index](qint64 bytes, qint64 total) {
        auto *it = find(id);
        if (!it || it->generation != generation)
            return;
        auto &file = it->info.files[index];
        file.bytesOnDisk = bytes;
        if (total >= 0)
            file.totalSize = total;
        if (clock.elapsed() - it->lastJournaledMs.value(index, -kJournalProgressEveryMs) >= kJournalProgressEveryMs)
            saveFile(*it, index);
        updateProgress(*it, false);
    });
    QObject::connect(transfer, &Transfer::finished, q, [this, id, generation, index, transfer](const TransferOutcome &o) {
        transfer->deleteLater();
        onTransferFinished(id, generation, index, o);
    });
    transfer->start();
}

void DownloadQueue::Private::onTransferFinished(qint64 id, quint64 generation, int index, const TransferOutcome &outcome)
{
    auto *item = find(id);
    if (!item || item->generation != generation)
        return;
    item->transfers.remove(index);
    auto &f = item->info.files[index];
    item->streamedDigests.insert(index, outcome.digests);
    f.bytesOnDisk = outcome.bytesOnDisk;
    if (outcome.totalSize)
        f.totalSize = outcome.totalSize;
    if (!outcome.etag.isEmpty())
        f.etag = outcome.etag;
    if (!outcome.lastModified.isEmpty())
        f.lastModified = outcome.lastModified;
    // A name the server gives (Content-Disposition) wins over the URL's when the plan had none.
    if (const QString candidate = serverNamedPath(*item, index, outcome.serverFileName); !candidate.isEmpty()) {
        f.relativePath = QFileInfo(candidate).fileName();
        f.finalPath = candidate;
        if (item->info.files.size() == 1 && item->info.provider == QLatin1String("http"))
            item->info.title = f.relativePath;
    }
    saveFile(*item, index);
    if (outcome.error.isError()) {
        const Error &e = outcome.error;
        if (e.errorClass == ErrorClass::Cancelled)
            return;
        if (e.errorClass == ErrorClass::LocalDisk) {
            pauseForDisk(*item, e);
            return;
        }
        if (switchToNextMirror(*item, index, e))
            return;
        fail(*item, e);
        return;
    }
    verify(*item, index);
}

void DownloadQueue::Private::verify(RunningItem &item, int index)
{
    item.verifying.insert(index);
    if (filesLeftToFetch(item) == 0) {
        item.info.state = QueueState::Verifying;
        save(item, QueueField::State);
    }
    const auto &f = item.info.files.at(index);
    VerifyRequest request{f.partPath, f.finalPath, f.totalSize, f.checksums, item.streamedDigests.take(index)};
    auto *watcher = new QFutureWatcher<Error>(q);
    const qint64 id = item.info.id;
    const quint64 generation = item.generation;
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, q, [this, watcher, id, generation, index] {
        const Error error = watcher->result();
        watcher->deleteLater();
        onVerified(id, generation, index, error);
    });
    watcher->setFuture(QtConcurrent::run([request] { return verifyFile(request); }));
    // Another file of the item may start while this one is checked.
    startFiles(item);
}

void DownloadQueue::Private::onVerified(qint64 id, quint64 generation, int index, const Error &error)
{
    auto *item = find(id);
    if (!item || item->generation != generation)
        return;
    item->verifying.remove(index);
    auto &f = item->info.files[index];
    if (error.isError()) {
        // Bad bytes are never kept: the .part goes, and the file is fetched again a limited number
        // of times before the item fails.
        QFile::remove(f.partPath);
        f.bytesOnDisk = 0;
        f.etag.clear();
        f.lastModified.clear();
        saveFile(*item, index);
        if (error.errorClass == ErrorClass::Integrity && item->verifyFailures < options.verifyRetries) {
            ++item->verifyFailures;
            item->info.error = error;
            item->info.state = QueueState::Downloading;
            save(*item, QueueField::State | QueueField::Error | QueueField::Files);
            startFiles(*item);
            return;
        }
        if (error.errorClass == ErrorClass::Integrity && switchToNextMirror(*item, index, error)) {
            item->verifyFailures = 0;
            return;
        }
        fail(*item, error);
        return;
    }
    if (QFileInfo::exists(f.finalPath) && !QFile::remove(f.finalPath)) {
        pauseForDisk(*item, Error(ErrorClass::LocalDisk, QStringLiteral("Cannot replace %1").arg(f.finalPath)));
        return;
    }
    // Same folder, so the rename is atomic: the final name only ever holds verified bytes.
    if (!QFile::rename(f.partPath, f.finalPath)) {
        pauseForDisk(*item, Error(ErrorClass::LocalDisk, QStringLiteral("Cannot rename %1 to %2")
                                                             .arg(f.partPath, f.finalPath)));
        return;
    }
    f.done = true;
    saveFile(*item, index);
    if (item->info.state == QueueState::Verifying && filesLeftToFetch(*item) > 0) {
        item->info.state = QueueState::Downloading;
        save(*item, QueueField::State);
    }
    updateProgress(*item, true);
    Q_EMIT q->itemChanged(id, QueueField::Files | QueueField::Progress);
    finishIfComplete(*item);
    schedule();
}

void DownloadQueue::Private::finishIfComplete(RunningItem &item)
{
    if (item.info.files.isEmpty() || item.info.state == QueueState::Done)
        return;
    for (const auto &f : std::as_const(item.info.files)) {
        if (!f.done)
            return;
    }
    item.info.state = QueueState::Done;
    item.info.error = {};
    item.samples.clear();
    // Nothing more is fetched for a done item: its secret headers are dropped.
    if (!item.info.secretsRef.isEmpty()) {
        secrets.forget(item.info.secretsRef);
        item.info.secretsRef.clear();
        item.info.secretHeaders.clear();
        if (auto s = journal.setSecrets(item.info.id, {}, {}); !s)
            qWarning("%s", qPrintable(s.error().message));
    }
    updateProgress(item, true);
    save(item, QueueField::State | QueueField::Error | QueueField::Progress);
    schedule();
}

void DownloadQueue::Private::stopWork(RunningItem &item)
{
    ++item.generation;
    for (auto &t : item.transfers) {
        if (t) {
            t->cancel();
            t->deleteLater();
        }
    }
    item.transfers.clear();
    if (item.planJob) {
        item.planJob->cancel();
        item.planJob->deleteLater();
        item.planJob = nullptr;
    }
    item.verifying.clear();
    item.checkingExisting.clear();
    item.samples.clear();
    item.info.bytesPerSecond = 0;
    item.info.etaSeconds.reset();
    for (int i = 0; i < item.info.files.size(); ++i)
        saveFile(item, i);
}

// The item a command acts on here, or nullptr when there is nothing more to do: the item is
// unknown (status is the error) or another process runs the queue and the command went to it
// through the journal (status says whether it was recorded).
RunningItem *DownloadQueue::Private::commandTarget(qint64 id, const QString &command, Status &status)
{
    status = success();
    auto *item = find(id);
    if (!item) {
        status = Error(ErrorClass::BadInput, QStringLiteral("No queue item %1").arg(id));
        return nullptr;
    }
    if (!runner) {
        status = journal.postCommand(id, command);
        return nullptr;
    }
    return item;
}

QString DownloadQueue::Private::serverNamedPath(const RunningItem &item, int index, const QString &serverName) const
{
    if (serverName.isEmpty() || !item.plan || index >= item.plan->files.size()
        || !item.plan->files.at(index).relativePath.isEmpty()) {
        return {};
    }
    const auto &f = item.info.files.at(index);
    const QString name = sanitizeFileName(serverName, f.relativePath);
    const QString candidate = QDir::cleanPath(QFileInfo(f.finalPath).absolutePath() + QLatin1Char('/') + name);
    return isInsideFolder(candidate, item.info.outputFolder) ? candidate : QString();
}

void DownloadQueue::Private::onServerFileName(qint64 id, quint64 generation, int index, const QString &serverName)
{
    auto *item = find(id);
    if (!item || item->generation != generation)
        return;
    const QString candidate = serverNamedPath(*item, index, serverName);
    if (candidate.isEmpty() || candidate == item->info.files.at(index).finalPath || !QFileInfo::exists(candidate)
        || item->existingRejected.contains(index)) {
        return;   // the name is taken when the transfer ends, as usual
    }
    // Only the server knew the name, and a file of that name is already there: check it rather
    // than fetch it again. Cancelling runs onTransferFinished, which takes the name.
    if (QPointer<Transfer> transfer = item->transfers.value(index))
        transfer->cancel();
    item = find(id);
    if (!item || item->generation != generation)
        return;
    auto &f = item->info.files[index];
    QFile::remove(f.partPath);
    f.partPath = f.finalPath + QStringLiteral(".part");
    f.bytesOnDisk = 0;
    f.etag.clear();
    f.lastModified.clear();
    saveFile(*item, index);
    checkExisting(*item, index);
}

bool DownloadQueue::Private::switchToNextMirror(RunningItem &item, int index, const Error &error)
{
    if (!item.plan || index >= item.plan->files.size())
        return false;
    const QList<QUrl> &mirrors = item.plan->files.at(index).mirrors;
    const int next = item.mirrorsTried.value(index, 0);
    if (next >= mirrors.size())
        return false;
    item.mirrorsTried.insert(index, next + 1);
    auto &f = item.info.files[index];
    // Another server's validators say nothing about these bytes. What was fetched is kept (and
    // resumed with a plain Range) only when a checksum will prove the joined file right.
    f.etag.clear();
    f.lastModified.clear();
    if (f.checksums.isEmpty() && f.bytesOnDisk > 0) {
        QFile::remove(f.partPath);
        f.bytesOnDisk = 0;
    }
    f.url = mirrors.at(next);
    item.info.error = Error(error.errorClass, QStringLiteral("%1; trying the mirror %2")
                                                  .arg(error.message, f.url.host()));
    saveFile(item, index);
    save(item, QueueField::Error);
    startFiles(item);
    return true;
}

void DownloadQueue::Private::fail(RunningItem &item, const Error &error)
{
    stopWork(item);
    if (error.isRetryable() && item.info.attempts < options.maxAttempts) {
        // Transient trouble: wait a little and run the item again (the .part files stay).
        item.info.error = error;
        item.info.state = QueueState::Waiting;
        const int delayMs = error.retryAfter ? int(error.retryAfter->count() * 1000) : 1000 * item.info.attempts;
        item.retryAtMs = clock.elapsed() + delayMs;
        save(item, QueueField::State | QueueField::Error);
        const qint64 id = item.info.id;
        QTimer::singleShot(delayMs, q, [this, id] {
            if (find(id))
                schedule();
        });
        return;
    }
    item.info.error = error;
    item.info.state = QueueState::Failed;
    // Empty .part files of a failed item are clutter; ones with data stay for a retry to resume.
    for (const auto &f : std::as_const(item.info.files)) {
        if (!f.done && QFileInfo(f.partPath).exists() && QFileInfo(f.partPath).size() == 0)
            QFile::remove(f.partPath);
    }
    updateProgress(item, true);
    save(item, QueueField::State | QueueField::Error | QueueField::Progress);
    schedule();
}

void DownloadQueue::Private::pauseForDisk(RunningItem &item, const Error &error)
{
    // The partial data stays: once space is freed, resume continues from it.
    stopWork(item);
    item.info.wish = QueueWish::Paused;
    item.info.state = QueueState::Waiting;
    item.info.error = error;
    updateProgress(item, true);
    save(item, QueueField::Wish | QueueField::State | QueueField::Error | QueueField::Progress);
    schedule();
}

void DownloadQueue::Private::updateProgress(RunningItem &item, bool force)
{
    qint64 done = 0;
    qint64 total = 0;
    bool totalKnown = !item.info.files.isEmpty();
    for (const auto &f : std::as_const(item.info.files)) {
        done += f.done && f.totalSize ? *f.totalSize : f.bytesOnDisk;
        if (f.totalSize)
            total += *f.totalSize;
        else
            totalKnown = false;
    }
    if (item.info.files.isEmpty()) {
        totalKnown = item.info.scene.size.has_value();
        total = item.info.scene.size.value_or(0);
    }
    item.info.bytesDone = done;
    item.info.bytesTotal = totalKnown ? std::optional<qint64>(total) : std::nullopt;
    const qint64 now = clock.elapsed();
    if (!item.transfers.isEmpty()) {
        item.samples.emplace_back(now, done);
        while (item.samples.size() > 2 && now - item.samples.front().first > kSpeedWindowMs)
            item.samples.pop_front();
        const auto &first = item.samples.front();
        const qint64 dt = now - first.first;
        item.info.bytesPerSecond = dt > 0 ? double(done - first.second) * 1000.0 / double(dt) : 0;
        if (item.info.bytesPerSecond > 0 && item.info.bytesTotal)
            item.info.etaSeconds = qint64(double(*item.info.bytesTotal - done) / item.info.bytesPerSecond);
        else
            item.info.etaSeconds.reset();
    } else {
        item.info.bytesPerSecond = 0;
        item.info.etaSeconds.reset();
    }
    if (!force && item.lastProgressSignalMs >= 0 && now - item.lastProgressSignalMs < kProgressSignalEveryMs)
        return;
    item.lastProgressSignalMs = now;
    Q_EMIT q->itemChanged(item.info.id, QueueField::Progress);
    Q_EMIT q->totalsChanged();
}

void DownloadQueue::Private::tick()
{
    if (runner) {
        auto commands = journal.takeCommands();
        if (commands) {
            for (auto it = commands.value().cbegin(); it != commands.value().cend(); ++it)
                applyCommand(it.key(), it.value());
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
}

void DownloadQueue::Private::refreshFromJournal()
{
    auto loaded = journal.loadAll();
    if (!loaded)
        return;
    QSet<qint64> seen;
    bool changed = false;
    for (const auto &info : loaded.value()) {
        seen.insert(info.id);
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
        if (item->info.priority != info.priority)
            fields |= QueueField::Priority;
        if (item->info.attempts != info.attempts)
            fields |= QueueField::Attempts;
        if (fields) {
            const qint64 before = item->info.bytesDone;
            const qint64 beforeMs = item->lastProgressSignalMs;
            item->info = info;
            updateProgress(*item, true);
            const qint64 now = clock.elapsed();
            if (beforeMs >= 0 && now > beforeMs && info.state == QueueState::Downloading)
                item->info.bytesPerSecond = double(item->info.bytesDone - before) * 1000.0 / double(now - beforeMs);
            Q_EMIT q->itemChanged(info.id, fields);
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
        Q_EMIT q->totalsChanged();
        checkIdle();
    }
}

} // namespace eoc

// The queue's public calls: adding items, snapshots of them, and the user's wishes.
#include "core/download/queue/DownloadQueuePrivate.h"

#include "core/download/queue/SafeFileName.h"
#include "core/net/BandwidthLimiter.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace eoc {

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
    d->handBack();
    d->shareLimits(false);
    // The event loop may not run again: the jobs go now, not later.
    for (auto &item : d->items)
        item.run->retire(ItemRun::Disposal::Now);
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

bool DownloadQueue::isWorker() const { return d->isWorker(); }

bool DownloadQueue::isWatchOnly() const { return d->options.watchOnly; }

QString DownloadQueue::workerName() const { return d->options.worker; }

QString DownloadQueue::storeDescription() const { return d->journal.description(); }

Result<QList<QueueWorkerInfo>> DownloadQueue::workers() const
{
    if (!d->journal.isOpen())
        return QList<QueueWorkerInfo>();
    return d->journal.workers();
}

DownloadSecrets *DownloadQueue::secrets() const
{
    return &d->secrets;
}

Status DownloadQueue::setSecretHeaders(qint64 id, const QString &reference, const QStringList &names)
{
    auto *item = d->find(id);
    if (!item)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadQueue", "No queue item %1").arg(id));
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
        return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadQueue", "A queue item needs a provider"));
    if (request.outputFolder.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadQueue", "A queue item needs an output folder"));
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
        else if ((info.state == QueueState::Resolving || info.state == QueueState::Downloading
                  || info.state == QueueState::Verifying) && !info.workerStopped())
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
    item->failedAttempts.clear();
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
    const qint64 itemId = item->info.id;
    // Sorted before the change is announced, so that a model that follows it sees the new order.
    d->sortItems();
    item = d->find(itemId);
    d->save(*item, QueueField::Priority);
    return success();
}

Status DownloadQueue::moveBefore(const QList<qint64> &ids, qint64 beforeId)
{
    if (ids.isEmpty())
        return success();
    for (qint64 id : ids) {
        if (!d->find(id))
            return Error(ErrorClass::BadInput, QStringLiteral("No queue item %1").arg(id));
    }
    if (beforeId != 0 && !d->find(beforeId))
        return Error(ErrorClass::BadInput, QStringLiteral("No queue item %1 to move items before").arg(beforeId));
    if (!d->runner) {
        QStringList idTexts;
        for (qint64 id : ids)
            idTexts << QString::number(id);
        // One request, on the first item, so that the runner moves them all at once.
        return d->journal.postCommand(ids.first(), QStringLiteral("move:%1:%2").arg(beforeId).arg(idTexts.join(QLatin1Char(','))));
    }
    const QSet<qint64> moving(ids.cbegin(), ids.cend());
    QList<RunningItem *> moved, rest;
    for (auto &item : d->items)
        (moving.contains(item.info.id) ? moved : rest).append(&item);
    // Dropped on one of the moved items: they land before the first item after it that stays.
    qsizetype at = rest.size();
    if (beforeId != 0) {
        const qsizetype anchor = std::find_if(d->items.cbegin(), d->items.cend(),
                                              [&](const RunningItem &i) { return i.info.id == beforeId; }) - d->items.cbegin();
        for (qsizetype i = anchor; i < d->items.size(); ++i) {
            if (!moving.contains(d->items.at(i).info.id)) {
                at = rest.indexOf(&d->items[i]);
                break;
            }
        }
    }
    const int priority = at < rest.size() ? rest.at(at)->info.priority
                         : !rest.isEmpty()  ? rest.last()->info.priority
                                            : moved.first()->info.priority;
    QList<RunningItem *> order = rest;
    for (qsizetype i = 0; i < moved.size(); ++i)
        order.insert(at + i, moved.at(i));
    QList<QueueStore::OrderEntry> entries;
    for (qsizetype i = 0; i < order.size(); ++i)
        entries.append({order.at(i)->info.id, moving.contains(order.at(i)->info.id) ? priority : order.at(i)->info.priority, i + 1});
    if (auto s = d->journal.setOrder(entries); !s)
        return s;
    QList<qint64> changed;
    for (qsizetype i = 0; i < order.size(); ++i) {
        QueueItemInfo &info = order.at(i)->info;
        if (info.priority != entries.at(i).priority || info.position != entries.at(i).position) {
            info.priority = entries.at(i).priority;
            info.position = entries.at(i).position;
            changed << info.id;
        }
    }
    // Sorted before the change is announced, so that a model that follows it sees the new order.
    d->sortItems();
    for (qint64 id : std::as_const(changed))
        Q_EMIT itemChanged(id, QueueField::Priority);
    if (!changed.isEmpty())
        Q_EMIT totalsChanged();
    return success();
}

void DownloadQueue::pauseAll()
{
    // Only what is queued or running: a failed item stays failed (its cause stays visible and
    // Retry stays the way out), a done or cancelled one has nothing to pause.
    for (const auto &info : items()) {
        if (info.wish == QueueWish::Queued && info.state != QueueState::Done && info.state != QueueState::Failed)
            pause(info.id);
    }
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


// The item a command acts on here, or nullptr when there is nothing more to do: the item is
// unknown (status is the error) or another process runs the queue and the command went to it
// through the journal (status says whether it was recorded).
RunningItem *DownloadQueue::Private::commandTarget(qint64 id, const QString &command, Status &status)
{
    status = success();
    auto *item = find(id);
    if (!item) {
        status = Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadQueue", "No queue item %1").arg(id));
        return nullptr;
    }
    // Another worker holds the item under a running lease: the request waits for it there.
    const bool heldElsewhere = isWorker() && !held.contains(id) && !item->info.worker.isEmpty()
                               && item->info.worker != options.worker && item->info.leaseUntil > nowUtc();
    if (!runner || heldElsewhere) {
        status = journal.postCommand(id, command);
        return nullptr;
    }
    return item;
}

} // namespace eoc

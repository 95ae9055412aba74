// The queue's engine: scheduling, resolving through the provider, transfers, verification and
// the final placement of each file.
#include "core/download/queue/DownloadQueuePrivate.h"

#include "core/download/queue/FileVerifier.h"
#include "core/download/queue/ItemFolder.h"
#include "core/download/queue/SafeFileName.h"
#include "core/net/NetworkAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace eoc {

void DownloadQueue::Private::schedule()
{
    if (!runner || !started)
        return;
    for (auto &item : items) {
        if (item.info.wish != QueueWish::Queued || !runs(item))
            continue;
        switch (item.info.state) {
        case QueueState::Waiting:
            if (clock.elapsed() >= item.retryAtMs)
                startResolve(item);
            break;
        case QueueState::Ordered:
            if (!item.run->planJob && (!item.info.nextPoll.isValid() || item.info.nextPoll <= nowUtc()))
                startResolve(item);
            break;
        case QueueState::WaitingForConnection:
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
    if (item.run->planJob || !secretsReady(item))
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
    item.run->planJob = job;
    const qint64 id = item.info.id;
    const std::weak_ptr<ItemRun> run = item.run;
    QObject::connect(job, &PlanJob::finished, q, [this, id, run, job](const DownloadPlan &plan) {
        job->deleteLater();
        onPlan(id, run, plan);
    });
    QObject::connect(job, &PlanJob::failed, q, [this, id, run, job](const Error &error) {
        job->deleteLater();
        auto *it = current(id, run);
        if (!it)
            return;
        it->run->planJob = nullptr;
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
    const std::weak_ptr<ItemRun> run = item.run;
    secrets.load(item.info, q, [this, id, run](const Status &status) {
        auto *it = find(id);
        if (!it)
            return;
        it->loadingSecrets = false;
        if (!isCurrent(*it, run))
            return;
        if (!status)
            fail(*it, status.error());
        else
            schedule();
    });
    return false;
}

void DownloadQueue::Private::onPlan(qint64 id, const std::weak_ptr<ItemRun> &run, const DownloadPlan &plan)
{
    auto *item = current(id, run);
    if (!item)
        return;
    item->run->planJob = nullptr;
    if (plan.offline && !plan.ordered && item->info.state != QueueState::Ordered) {
        auto provider = providers(item->info.provider);
        if (!provider || !provider.value()->capabilities().canOrderOffline) {
            fail(*item, Error(ErrorClass::Offline, plan.offlineReason.isEmpty()
                                                      ? QCoreApplication::translate("QueueEngine", "The product is offline and the provider cannot order it")
                                                      : plan.offlineReason));
            return;
        }
        PlanJob *job = provider.value()->order(item->info.scene);
        item->run->planJob = job;
        QObject::connect(job, &PlanJob::finished, q, [this, id, run, job](const DownloadPlan &p) {
            job->deleteLater();
            onOrdered(id, run, p);
        });
        QObject::connect(job, &PlanJob::failed, q, [this, id, run, job](const Error &error) {
            job->deleteLater();
            auto *it = current(id, run);
            if (!it)
                return;
            it->run->planJob = nullptr;
            fail(*it, error);
        });
        job->start();
        return;
    }
    if (plan.offline || plan.ordered) {
        onOrdered(id, run, plan);
        return;
    }
    if (plan.files.isEmpty()) {
        fail(*item, Error(ErrorClass::Protocol, QCoreApplication::translate("QueueEngine", "The provider returned no file to download")));
        return;
    }
    applyPlan(*item, plan);
    item->info.state = fetchState(*item);
    item->info.nextPoll = {};
    updateProgress(*item, true);
    save(*item, QueueField::State | QueueField::Files | QueueField::Progress);
    startFiles(*item);
}

void DownloadQueue::Private::onOrdered(qint64 id, const std::weak_ptr<ItemRun> &run, const DownloadPlan &plan)
{
    auto *item = current(id, run);
    if (!item)
        return;
    item->run->planJob = nullptr;
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
    QStringList relatives;
    for (const DownloadFile &pf : plan.files) {
        QString rel = sanitizeRelativePath(pf.relativePath);
        if (rel.isEmpty())
            rel = sanitizeFileName(QUrl::fromPercentEncoding(pf.url.fileName(QUrl::FullyEncoded).toUtf8()));
        relatives << rel;
    }
    QString base = itemFolder(item.info, options.bdcVersion);
    // The flat layout puts every scene's files in one folder, where the assets of two scenes share
    // names (B04.tif). Two items must never write, verify or claim the same file: a scene whose
    // file is already another item's goes into its own scene folder.
    if (item.info.layout == QueueLayout::Flat && !item.info.scene.sceneId.isEmpty() && plan.packFolder.isEmpty()
        && claimedByAnotherItem(item.info.id, base, relatives))
        base = sceneFolderOf(item.info);
    QList<QueueFileInfo> files;
    for (int i = 0; i < plan.files.size(); ++i) {
        const DownloadFile &pf = plan.files.at(i);
        const QString &rel = relatives.at(i);
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
    if (item.info.wish != QueueWish::Queued || !isFetchState(item.info.state) || !item.plan)
        return;
    if (!secrets.ready(item.info)) {
        fail(item, DownloadSecrets::goneError(item.info.secretHeaders));
        return;
    }
    for (int i = 0; i < item.info.files.size(); ++i) {
        const auto &f = item.info.files.at(i);
        if (f.done || item.run->transfers.value(i) || item.run->verifying.contains(i) || item.run->checkingExisting.contains(i))
            continue;
        if (QFileInfo::exists(f.finalPath) && !item.existingRejected.contains(i)) {
            checkExisting(item, i);
            continue;
        }
        if (!takeConnection(item, i))
            return;
        startFile(item, i);
        if (!item.run->transfers.value(i))
            giveBackConnection(item, i);     // it did not start (no room on the disk)
        if (item.info.wish != QueueWish::Queued)
            return;
    }
    finishIfComplete(item);
}

bool DownloadQueue::Private::takeConnection(RunningItem &item, int index)
{
    const auto grant = budget.take(limitKey(item), providerCap(item));
    if (!grant)
        return false;
    item.run->connections.insert(index, *grant);
    return true;
}

void DownloadQueue::Private::giveBackConnection(RunningItem &item, int index)
{
    if (item.run->connections.contains(index))
        budget.giveBack(item.run->connections.take(index));
}

void DownloadQueue::Private::startFile(RunningItem &item, int index)
{
    auto &f = item.info.files[index];
    if (!QDir().mkpath(QFileInfo(f.partPath).absolutePath())) {
        pauseForDisk(item, Error(ErrorClass::LocalDisk, QCoreApplication::translate("QueueEngine", "Cannot create the folder %1")
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
                                     QCoreApplication::translate("QueueEngine", "Not enough free space in %1: %2 bytes needed, %3 available. "
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
    spec.ftpCredentials = item.plan->ftpCredentials;
    spec.secretQueryItems = item.plan->secretQueryItems;
    spec.limitKey = limitKey(item);
    spec.digestAlgorithms = f.checksums.keys();
    spec.maxAttempts = options.maxFileAttempts;
    spec.attemptsMade = item.failedAttempts.value(index);
    auto *transfer = new Transfer(network, spec, q);
    item.run->transfers.insert(index, transfer);
    item.run->transferStarts.insert(index, {clock.elapsed(), item.info.files.at(index).bytesOnDisk});
    const qint64 id = item.info.id;
    const std::weak_ptr<ItemRun> run = item.run;
    QObject::connect(transfer, &Transfer::validatorsKnown, q,
                     [this, id, run, index](const QByteArray &etag, const QByteArray &lastModified, qint64 total) {
                         auto *it = current(id, run);
                         if (!it)
                             return;
                         auto &file = it->info.files[index];
                         file.etag = etag;
                         file.lastModified = lastModified;
                         if (total >= 0)
                             file.totalSize = total;
                         saveFile(*it, index);
                     });
    // The item shows as downloading only while bytes can flow: a transfer waiting for a
    // connection slot (or for its next attempt) moves nothing.
    QObject::connect(transfer, &Transfer::connected, q, [this, id, run, index] {
        auto *it = current(id, run);
        if (!it)
            return;
        it->run->connected.insert(index);
        updateFetchState(*it);
    });
    QObject::connect(transfer, &Transfer::retrying, q, [this, id, run, index] {
        auto *it = current(id, run);
        if (!it)
            return;
        it->run->connected.remove(index);
        updateFetchState(*it);
    });
    QObject::connect(transfer, &Transfer::serverFileNameKnown, q, [this, id, run, index](const QString &name) {
        onServerFileName(id, run, index, name);
    });
    QObject::connect(transfer, &Transfer::progress, q, [this, id, run, index](qint64 bytes, qint64 total) {
        auto *it = current(id, run);
        if (!it)
            return;
        auto &file = it->info.files[index];
        file.bytesOnDisk = bytes;
        if (total >= 0)
            file.totalSize = total;
        if (clock.elapsed() - it->lastJournaledMs.value(index, -kJournalProgressEveryMs) >= kJournalProgressEveryMs)
            saveFile(*it, index);
        updateProgress(*it, false);
    });
    QObject::connect(transfer, &Transfer::finished, q, [this, id, run, index, transfer](const TransferOutcome &o) {
        transfer->deleteLater();
        onTransferFinished(id, run, index, o);
    });
    transfer->start();
}

void DownloadQueue::Private::onTransferFinished(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const TransferOutcome &outcome)
{
    auto *item = current(id, run);
    if (!item)
        return;
    item->run->transfers.remove(index);
    item->run->connected.remove(index);
    giveBackConnection(*item, index);
    auto &f = item->info.files[index];
    if (const auto start = item->run->transferStarts.value(index); outcome.bytesOnDisk > start.second)
        bytesFetched += outcome.bytesOnDisk - start.second;
    item->run->streamedDigests.insert(index, outcome.digests);
    item->failedAttempts.insert(index, outcome.error.isError() ? outcome.failedAttempts : 0);
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
    if (!outcome.error.isError())
        recordSourceSpeed(*item, index, outcome.bytesOnDisk);
    if (outcome.error.isError()) {
        const Error &e = outcome.error;
        if (e.errorClass == ErrorClass::Cancelled)
            return;
        updateFetchState(*item);
        if (e.errorClass == ErrorClass::LocalDisk) {
            pauseForDisk(*item, e);
            return;
        }
        if (switchToNextMirror(*item, index, e))
            return;
        // The file had all its attempts: running the item again would only ask again.
        fail(*item, e, outcome.attemptsExhausted);
        return;
    }
    verify(*item, index);
}

void DownloadQueue::Private::verify(RunningItem &item, int index)
{
    item.run->verifying.insert(index);
    // Verifying only once nothing is left to fetch: a transfer that waits to try again (a 503
    // with Retry-After) still has its file to bring, and the item says so.
    if (filesLeftToFetch(item) == 0 && item.run->transfers.isEmpty()) {
        item.info.state = QueueState::Verifying;
        save(item, QueueField::State);
    } else {
        updateFetchState(item);
    }
    const auto &f = item.info.files.at(index);
    checkInBackground(item, index,
                      VerifyRequest{f.partPath, f.finalPath, f.totalSize, f.checksums, item.run->streamedDigests.take(index)},
                      &Private::onVerified);
    // Another file of the item may start while this one is checked.
    startFiles(item);
}

void DownloadQueue::Private::checkInBackground(RunningItem &item, int index, const VerifyRequest &request, CheckDone done)
{
    auto *watcher = new QFutureWatcher<Error>(q);
    const qint64 id = item.info.id;
    const std::weak_ptr<ItemRun> run = item.run;
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, q, [this, watcher, id, run, index, done] {
        const Error error = watcher->result();
        watcher->deleteLater();
        (this->*done)(id, run, index, error);
    });
    watcher->setFuture(QtConcurrent::run([request] { return verifyFile(request); }));
}

void DownloadQueue::Private::onVerified(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const Error &error)
{
    auto *item = current(id, run);
    if (!item)
        return;
    item->run->verifying.remove(index);
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
            item->info.state = fetchState(*item);
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
        pauseForDisk(*item, Error(ErrorClass::LocalDisk, QCoreApplication::translate("QueueEngine", "Cannot replace %1").arg(f.finalPath)));
        return;
    }
    // Same folder, so the rename is atomic: the final name only ever holds verified bytes.
    if (!QFile::rename(f.partPath, f.finalPath)) {
        pauseForDisk(*item, Error(ErrorClass::LocalDisk, QCoreApplication::translate("QueueEngine", "Cannot rename %1 to %2")
                                                             .arg(f.partPath, f.finalPath)));
        return;
    }
    f.done = true;
    saveFile(*item, index);
    if (item->info.state == QueueState::Verifying && filesLeftToFetch(*item) > 0) {
        item->info.state = fetchState(*item);
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
    if (packIfWanted(item))
        return;
    item.info.state = QueueState::Done;
    item.info.error = {};
    item.samples.clear();
    // Nothing more is fetched for a done item: its secret headers are dropped.
    forgetSecretHeaders(item);
    updateProgress(item, true);
    save(item, QueueField::State | QueueField::Error | QueueField::Progress);
    schedule();
}

void DownloadQueue::Private::stopWork(RunningItem &item, bool writeFiles)
{
    for (int index : item.run->connections.keys())
        giveBackConnection(item, index);
    // The item's next work is a new run: what the old run's jobs still say (a cancelled transfer
    // reports at once) is no longer the item's.
    const std::shared_ptr<ItemRun> old = std::exchange(item.run, std::make_shared<ItemRun>());
    old->retire();
    item.samples.clear();
    item.info.bytesPerSecond = 0;
    item.info.etaSeconds.reset();
    if (!writeFiles)
        return;
    for (int i = 0; i < item.info.files.size(); ++i)
        saveFile(item, i);
}

} // namespace eoc

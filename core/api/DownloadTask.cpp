#include "core/api/ApiConversions.h"
#include "core/api/TaskPrivate.h"
#include "core/download/queue/JournaledItem.h"
#include "core/download/queue/QueueSettings.h"
#include "core/provider/AssetSelection.h"
#include "core/settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace EOCollector {

namespace {

eoc::QueueLayout queueLayout(Layout layout)
{
    switch (layout) {
    case Layout::Flat: return eoc::QueueLayout::Flat;
    case Layout::SceneFolder: return eoc::QueueLayout::SceneFolder;
    case Layout::DataCube: return eoc::QueueLayout::Bdc;
    }
    return eoc::QueueLayout::SceneFolder;
}

// The folder every file of a done item lies in (the deepest one they share).
QString commonFolder(const QStringList &files)
{
    if (files.isEmpty())
        return {};
    QString folder = QFileInfo(files.first()).absolutePath();
    for (const QString &file : files) {
        while (!folder.isEmpty() && !file.startsWith(folder + QLatin1Char('/'))) {
            const QString parent = QFileInfo(folder).absolutePath();
            folder = parent == folder ? QString() : parent;
        }
    }
    return folder;
}

} // namespace

DownloadTask::DownloadTask() : d(std::make_unique<Private>(this)) {}

DownloadTask::~DownloadTask()
{
    // The queue (a child) stops its transfers when it is deleted; partial data stays for later.
}

void DownloadTask::cancel()
{
    if (d->finished)
        return;
    DownloadOutcome outcome = d->outcome;
    if (d->queue) {
        for (qint64 id : std::as_const(d->order)) {
            const auto item = d->queue->item(id);
            if (item && item->state == eoc::QueueState::Done)
                continue;
            outcome.failed.insert(d->items.value(id), QStringLiteral("cancelled; its partial data is kept and a later "
                                                                      "download of the scene continues it"));
        }
    }
    d->finish(outcome);
}

bool DownloadTask::isFinished() const
{
    return d->finished;
}

DownloadOutcome DownloadTask::outcome() const
{
    return d->outcome;
}

void DownloadTask::Private::fail(const QString &error)
{
    QTimer::singleShot(0, q, [this, error] {
        DownloadOutcome failed;
        failed.error = error;
        finish(failed);
    });
}

void DownloadTask::Private::finish(DownloadOutcome result)
{
    if (finished)
        return;
    finished = true;
    outcome = std::move(result);
    // Nothing runs after the end: ordered items are polled by the next download of them.
    if (queue) {
        queue->disconnect(q);
        queue->deleteLater();
    }
    Q_EMIT q->finished(outcome);
}

void DownloadTask::Private::begin(const TaskContext &context, const QList<Scene> &scenes, const DownloadRequest &request)
{
    if (request.outputFolder.trimmed().isEmpty()) {
        fail(QStringLiteral("DownloadRequest::outputFolder is empty"));
        return;
    }
    const QString folder = QDir::cleanPath(QDir::current().absoluteFilePath(request.outputFolder));
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable()) {
        fail(QStringLiteral("The output folder %1 cannot be created or written").arg(folder));
        return;
    }
    QList<eoc::SceneResult> results;
    for (const Scene &scene : scenes) {
        auto result = eoc::api::fromPublic(scene);
        if (!result) {
            fail(result.error().message);
            return;
        }
        results.append(result.value());
    }
    if (auto chosen = eoc::applyAssetChoice(results, request.assets); !chosen) {
        fail(chosen.error().message);
        return;
    }

    eoc::DownloadQueue::Options options;
    if (auto applied = eoc::applyQueueSettings(*context.settings, options); !applied) {
        fail(applied.error().message);
        return;
    }
    options.journalPath = request.journalPath.isEmpty() ? folder + QLatin1Char('/') + eoc::DownloadQueue::folderJournalName()
                                                        : request.journalPath;
    options.maxConnections = std::clamp(request.connections, 1, 64);
    queue = new eoc::DownloadQueue(context.providerContext.network, &context.services->registry(),
                                   context.providerContext, options, q);
    if (auto opened = queue->open(); !opened) {
        fail(opened.error().message);
        return;
    }
    if (!queue->isRunner()) {
        fail(QStringLiteral("Another process runs the download queue of %1; use another journal").arg(options.journalPath));
        return;
    }
    for (const eoc::SceneResult &scene : std::as_const(results)) {
        const QString provider = scene.provider.isEmpty() ? QStringLiteral("http") : scene.provider;
        auto existing = eoc::findJournaledItem(queue->items(), scene, provider, folder);
        if (existing && existing->state == eoc::QueueState::Done && !eoc::journaledFilesThere(*existing)) {
            // Done earlier, but its files have since been moved or deleted: fetch them again.
            queue->remove(existing->id);
            existing.reset();
        }
        qint64 id = 0;
        if (existing) {
            id = existing->id;
            if (existing->state == eoc::QueueState::Failed || existing->wish == eoc::QueueWish::Cancelled)
                queue->retry(id);
            else if (existing->wish == eoc::QueueWish::Paused)
                queue->resume(id);
        } else {
            eoc::QueueItemRequest item;
            item.provider = provider;
            item.scene = scene;
            item.outputFolder = folder;
            item.layout = queueLayout(request.layout);
            auto added = queue->add(item);
            if (!added) {
                fail(added.error().message);
                return;
            }
            id = added.value();
        }
        if (!items.contains(id))
            order.append(id);
        items.insert(id, scene.sceneId);
    }
    QObject::connect(queue, &eoc::DownloadQueue::itemChanged, q, [this] { check(); });
    QObject::connect(queue, &eoc::DownloadQueue::itemRemoved, q, [this] { check(); });
    QObject::connect(queue, &eoc::DownloadQueue::totalsChanged, q, [this] { reportProgress(); });
    queue->start();
    // Everything may have been done before.
    QTimer::singleShot(0, q, [this] { check(); });
}

void DownloadTask::Private::reportProgress()
{
    qint64 done = 0;
    qint64 total = 0;
    bool totalKnown = true;
    for (qint64 id : std::as_const(order)) {
        const auto item = queue->item(id);
        if (!item)
            continue;
        done += item->bytesDone;
        if (item->bytesTotal)
            total += *item->bytesTotal;
        else
            totalKnown = false;
    }
    Q_EMIT q->progress(done, totalKnown ? total : -1);
}

void DownloadTask::Private::check()
{
    if (finished || !queue)
        return;
    DownloadOutcome result;
    for (qint64 id : std::as_const(order)) {
        const QString sceneId = items.value(id);
        const auto item = queue->item(id);
        if (!item) {
            result.failed.insert(sceneId, QStringLiteral("removed from the queue by another program"));
            continue;
        }
        if (item->wish == eoc::QueueWish::Cancelled) {
            result.failed.insert(sceneId, QStringLiteral("cancelled"));
        } else if (item->state == eoc::QueueState::Done) {
            DownloadOutcome::Done done;
            done.sceneId = sceneId;
            for (const auto &file : item->files)
                done.files.append(file.finalPath);
            done.folder = commonFolder(done.files);
            result.done.append(done);
        } else if (item->state == eoc::QueueState::Failed) {
            result.failed.insert(sceneId, item->error.message);
        } else if (item->state == eoc::QueueState::Ordered) {
            result.scheduled.append(sceneId);
        } else {
            return;   // still on its way
        }
    }
    finish(result);
}

} // namespace EOCollector

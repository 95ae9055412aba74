// Packing a finished item's folder into one zip (DownloadPlan::packFolder): a Sentinel-2 SAFE
// downloaded object by object becomes <name>.SAFE.zip for users of BDC-Collectors' layout. Runs
// off the event loop once every file is verified; the item is done when the zip is.
#include "core/download/queue/DownloadQueuePrivate.h"

#include "core/download/queue/FolderZip.h"
#include "core/download/queue/ItemFolder.h"
#include "core/download/queue/SafeFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace eoc {

bool DownloadQueue::Private::packIfWanted(RunningItem &item)
{
    if (item.run->packing)
        return true;
    if (!item.plan || item.plan->packFolder.isEmpty())
        return false;
    const QString relative = sanitizeRelativePath(item.plan->packFolder);
    if (relative.isEmpty())
        return false;
    const QString base = itemFolder(item.info, options.bdcVersion);
    const QString folder = QDir::cleanPath(base + QLatin1Char('/') + relative);
    const QString zipPath = folder + QStringLiteral(".zip");
    if (!isInsideFolder(folder, base))
        return false;

    item.run->packing = true;
    item.info.state = QueueState::Verifying;
    save(item, QueueField::State);
    auto *watcher = new QFutureWatcher<Error>(q);
    const qint64 id = item.info.id;
    const std::weak_ptr<ItemRun> run = item.run;
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, q, [this, watcher, id, run, zipPath, relative] {
        const Error error = watcher->result();
        watcher->deleteLater();
        auto *it = current(id, run);
        if (!it)
            return;
        it->run->packing = false;
        if (error.isError()) {
            fail(*it, error, true);
            return;
        }
        // The item is now the zip: the files packed into it are gone from the disk.
        QList<QueueFileInfo> files;
        for (const QueueFileInfo &f : std::as_const(it->info.files)) {
            if (!f.relativePath.startsWith(relative + QLatin1Char('/')))
                files << f;
        }
        QueueFileInfo zip;
        zip.url = it->info.scene.link;
        zip.relativePath = relative + QStringLiteral(".zip");
        zip.finalPath = zipPath;
        zip.partPath = zipPath + QStringLiteral(".part");
        zip.totalSize = QFileInfo(zipPath).size();
        zip.bytesOnDisk = *zip.totalSize;
        zip.done = true;
        files << zip;
        it->info.files = files;
        if (auto s = journal.updateFiles(it->info); !s)
            qWarning("%s", qPrintable(s.error().message));
        it->plan->packFolder.clear();
        finishIfComplete(*it);
    });
    watcher->setFuture(QtConcurrent::run([folder, zipPath] { return zipFolderAndRemove(folder, zipPath); }));
    return true;
}

} // namespace eoc

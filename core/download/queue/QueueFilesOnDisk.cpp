// Files the queue finds already on disk, and the names it gives them: a complete file of the same
// name is checked instead of fetched again, a name only the server knows (Content-Disposition) is
// taken when it stays inside the output folder, and two items never claim the same file.
#include "core/download/queue/DownloadQueuePrivate.h"

#include "core/download/queue/FileVerifier.h"
#include "core/download/queue/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace eoc {

bool DownloadQueue::Private::claimedByAnotherItem(qint64 id, const QString &base, const QStringList &relatives) const
{
    QSet<QString> wanted;
    for (const QString &rel : relatives)
        wanted.insert(QDir::cleanPath(base + QLatin1Char('/') + rel));
    for (const RunningItem &other : items) {
        if (other.info.id == id)
            continue;
        for (const QueueFileInfo &f : other.info.files) {
            if (wanted.contains(f.finalPath))
                return true;
        }
    }
    return false;
}

void DownloadQueue::Private::checkExisting(RunningItem &item, int index)
{
    // A complete file of the same name is verified instead of fetched again, and never overwritten
    // unless it fails the plan's checks.
    item.run->checkingExisting.insert(index);
    const auto &f = item.info.files.at(index);
    checkInBackground(item, index, VerifyRequest{f.finalPath, f.finalPath, f.totalSize, f.checksums, {}},
                      &Private::onExistingChecked);
}

void DownloadQueue::Private::onExistingChecked(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const Error &error)
{
    auto *it = current(id, run);
    if (!it)
        return;
    it->run->checkingExisting.remove(index);
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

void DownloadQueue::Private::onServerFileName(qint64 id, const std::weak_ptr<ItemRun> &run, int index, const QString &serverName)
{
    auto *item = current(id, run);
    if (!item)
        return;
    const QString candidate = serverNamedPath(*item, index, serverName);
    if (candidate.isEmpty() || candidate == item->info.files.at(index).finalPath || !QFileInfo::exists(candidate)
        || item->existingRejected.contains(index)) {
        return;   // the name is taken when the transfer ends, as usual
    }
    // Only the server knew the name, and a file of that name is already there: check it rather
    // than fetch it again. Cancelling runs onTransferFinished, which takes the name.
    if (QPointer<Transfer> transfer = item->run->transfers.value(index))
        transfer->cancel();
    item = current(id, run);
    if (!item)
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

} // namespace eoc

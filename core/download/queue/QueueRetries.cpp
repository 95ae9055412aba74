// What the queue does when something fails: another mirror, another run of the item later,
// a pause for the disk, or giving up.
#include "core/download/queue/DownloadQueuePrivate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace eoc {

bool DownloadQueue::Private::switchToNextMirror(RunningItem &item, int index, const Error &error)
{
    if (!item.plan || index >= item.plan->files.size())
        return false;
    const QList<QUrl> &mirrors = item.plan->files.at(index).mirrors;
    const int next = item.mirrorsTried.value(index, 0);
    if (next >= mirrors.size())
        return false;
    item.mirrorsTried.insert(index, next + 1);
    item.failedAttempts.remove(index);   // another server gets attempts of its own
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
    item.info.error = Error(error.errorClass, QCoreApplication::translate("QueueRetries", "%1; trying the mirror %2")
                                                  .arg(error.message, f.url.host()));
    saveFile(item, index);
    save(item, QueueField::Error);
    startFiles(item);
    return true;
}

void DownloadQueue::Private::fail(RunningItem &item, const Error &error, bool final)
{
    stopWork(item);
    if (!final && error.isRetryable() && item.info.attempts < options.maxAttempts) {
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
    // Another source of the same scene may still have it.
    if (switchToNextSource(item, error))
        return;
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

} // namespace eoc

// What an item shows while it runs: downloading or waiting for a connection, bytes, speed and
// the time left.
#include "core/download/queue/DownloadQueuePrivate.h"

namespace eoc {

void DownloadQueue::Private::updateFetchState(RunningItem &item)
{
    if (!isFetchState(item.info.state) || item.info.state == fetchState(item))
        return;
    item.info.state = fetchState(item);
    save(item, QueueField::State);
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
    if (!item.run->transfers.isEmpty()) {
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

} // namespace eoc

// Moving an item to another source of its scene when its source fails for good, and the speed
// history that download.source_policy=fastest reads.
#include "core/download/queue/DownloadQueuePrivate.h"

#include "core/provider/SourcePolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace eoc {

namespace {

// Failures another source can do nothing about.
bool otherSourceCanHelp(const Error &error)
{
    return error.errorClass != ErrorClass::Cancelled && error.errorClass != ErrorClass::LocalDisk
           && error.errorClass != ErrorClass::BadInput;
}

} // namespace

bool DownloadQueue::Private::switchToNextSource(RunningItem &item, const Error &error)
{
    if (!otherSourceCanHelp(error) || item.info.scene.otherSources.empty())
        return false;
    std::vector<SceneResult> copies = copiesOf(item.info.scene);
    const SceneResult failed = copies.front();
    const QString format = deliveryFormat(failed);
    std::size_t next = 0;
    for (std::size_t i = 1; i < copies.size() && next == 0; ++i) {
        if (!options.allowFormatChange && deliveryFormat(copies[i]) != format)
            continue;
        if (providers(copies[i].provider))
            next = i;
    }
    if (next == 0)
        return false;

    // The next copy leads; the failed one is dropped, the others stay behind it in their order.
    std::vector<SceneResult> remaining;
    remaining.push_back(copies[next]);
    for (std::size_t i = 1; i < copies.size(); ++i) {
        if (i != next)
            remaining.push_back(copies[i]);
    }
    SceneResult scene = joinCopies(std::move(remaining));
    // The sources tried before, with why they failed, travel with the item (queue list shows them).
    QJsonArray tried = failed.attributes.value(QLatin1String(kFailedSourcesAttribute)).toArray();
    tried.append(QJsonObject{{QStringLiteral("source"), failed.sourceName()},
                             {QStringLiteral("class"), errorClassName(error.errorClass)},
                             {QStringLiteral("message"), error.message}});
    scene.attributes.insert(QLatin1String(kFailedSourcesAttribute), tried);
    // Which copy the user sees is the one being fetched: footprint and dates are the scene's.
    if (scene.footprint.isEmpty())
        scene.footprint = failed.footprint;

    stopWork(item);
    // Partial files came from another server: without a common checksum their bytes prove nothing.
    for (const auto &f : std::as_const(item.info.files)) {
        if (!f.done)
            QFile::remove(f.partPath);
    }
    item.info.files.clear();
    item.plan.reset();
    item.mirrorsTried.clear();
    item.failedAttempts.clear();
    item.run->streamedDigests.clear();
    item.existingRejected.clear();
    item.run->transferStarts.clear();
    item.verifyFailures = 0;
    item.orderPolls = 0;
    item.retryAtMs = 0;
    item.info.attempts = 0;
    item.info.provider = scene.provider;
    item.info.scene = scene;
    // Secret headers were given for the first source's host: another source never gets them.
    // (No command makes such an item today: --header goes with --url, whose items have one source.)
    forgetSecretHeaders(item);
    item.info.state = QueueState::Waiting;
    item.info.error = Error(error.errorClass, QCoreApplication::translate("QueueFailover", "%1 failed (%2); fetching from %3")
                                                 .arg(failed.sourceName(), error.message, scene.sourceName()));
    if (auto s = journal.updateFiles(item.info); !s)
        qWarning("%s", qPrintable(s.error().message));
    updateProgress(item, true);
    save(item, QueueField::All);
    schedule();
    return true;
}

void DownloadQueue::Private::forgetSecretHeaders(RunningItem &item)
{
    if (!item.info.secretsRef.isEmpty()) {
        secrets.forget(item.info.secretsRef);
        item.info.secretsRef.clear();
        item.info.secretHeaders.clear();
        if (auto s = journal.setSecrets(item.info.id, {}, {}); !s)
            qWarning("%s", qPrintable(s.error().message));
    }
}

void DownloadQueue::Private::recordSourceSpeed(RunningItem &item, int index, qint64 bytesOnDisk)
{
    const auto start = item.run->transferStarts.take(index);
    const qint64 bytes = bytesOnDisk - start.second;
    const qint64 ms = clock.elapsed() - start.first;
    if (!runner || bytes <= 0 || ms <= 0 || item.info.provider == QLatin1String("http"))
        return;
    if (auto s = journal.addSourceSpeed(item.info.scene.sourceName(), bytes, ms); !s)
        qWarning("%s", qPrintable(s.error().message));
}

} // namespace eoc

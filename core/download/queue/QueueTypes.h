#pragma once

#include "core/model/Error.h"
#include "core/model/SceneResult.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace eoc {

// The scene attribute in which an item that moved to another source keeps the sources that
// failed before: [{"source", "class", "message"}].
inline constexpr char kFailedSourcesAttribute[] = "eoc:failed_sources";

// What the user asked for. Kept apart from what is happening (QueueState) so that "paused while
// verifying" or "cancelled while resolving" are plain combinations, not extra states.
enum class QueueWish {
    Queued,      // run it when there is room
    Paused,      // keep it, with its partial data, but do not run it
    Cancelled,   // stop and forget the partial data; kept in the list until removed
};

// What the engine is doing with the item.
enum class QueueState {
    Waiting,      // nothing running (yet, or again after a pause/failure)
    Resolving,    // asking the provider for a download plan
    Ordered,      // offline product ordered at the provider; polled until it is online
    // The plan is known and its transfers are started, but none of them holds a connection slot
    // yet (the global or the provider's cap is reached): nothing is moving for this item.
    WaitingForConnection,
    Downloading,  // at least one of its transfers holds a connection slot
    Verifying,    // size, checksums, archive integrity
    Done,         // every file verified and in its final place
    Failed,       // see QueueItemInfo::error
};

QString queueWishName(QueueWish wish);                // "queued", stable for JSON and the journal
std::optional<QueueWish> queueWishFromName(const QString &name);
QString queueStateName(QueueState state);             // "downloading", stable for JSON and the journal
std::optional<QueueState> queueStateFromName(const QString &name);
// The item's files are being fetched or wait for a connection to be fetched.
inline bool isFetchState(QueueState state)
{
    return state == QueueState::WaitingForConnection || state == QueueState::Downloading;
}

// How the files of an item are placed in its output folder.
enum class QueueLayout {
    Flat,          // <output>/<file>
    SceneFolder,   // <output>/<scene id>/<file>
    Bdc,           // <output>/<BDC collection layout>/<file>, see ItemFolder.h
};
QString queueLayoutName(QueueLayout layout);          // "flat", "scene-folder", "bdc"
std::optional<QueueLayout> queueLayoutFromName(const QString &name);

// A file's checksums as the journal's files.checksums column holds them ({"sha256": "..."}),
// shared by the journal and by the archive scan that reads the column back on its own.
QString checksumsToJournalText(const Checksums &checksums);
Checksums checksumsFromJournalText(const QString &text);

// One file of an item as journaled.
struct QueueFileInfo {
    QUrl url;
    QString relativePath;                 // sanitised, inside the item's folder
    QString partPath;                     // absolute: <finalPath>.part
    QString finalPath;                    // absolute
    qint64 bytesOnDisk = 0;
    std::optional<qint64> totalSize;
    QByteArray etag;
    QByteArray lastModified;
    Checksums checksums;                  // expected values from the plan
    bool done = false;                    // verified and renamed into place

    friend bool operator==(const QueueFileInfo &, const QueueFileInfo &) = default;
};

// What to enqueue.
struct QueueItemRequest {
    QString provider;                     // "http" for plain links
    SceneResult scene;                    // for "http": link, checksums, attributes.headers
    QString outputFolder;                 // absolute or relative to the current folder
    QueueLayout layout = QueueLayout::Flat;
    int priority = 0;                     // higher runs first
    bool paused = false;                  // add without starting
    // Secret request headers, kept by DownloadSecrets under this reference before the item is
    // added; only the reference and the header names are journaled.
    QString secretsRef;
    QStringList secretHeaders;
};

// A snapshot of one item: a value, safe to keep in a model's row cache.
// What a worker of a shared queue last said about itself (QueueStore::reportWorker), for the
// people watching the queue.
struct QueueWorkerInfo {
    QString name;
    QString host;
    int itemsHeld = 0;
    double bytesPerSecond = 0;
    qint64 bytesFetched = 0;              // since the worker started
    QDateTime lastSeen;                   // UTC, the store's clock
    bool alive = false;                   // reported within its lease
};

struct QueueItemInfo {
    qint64 id = 0;
    QString provider;
    QString title;                        // scene id, or the file name for plain links
    SceneResult scene;
    QString outputFolder;
    QueueLayout layout = QueueLayout::Flat;
    int priority = 0;
    qint64 position = 0;                  // insertion order; ties of priority run in this order
    QueueWish wish = QueueWish::Queued;
    QueueState state = QueueState::Waiting;
    Error error;                          // the last failure (class + message); None when fine
    int attempts = 0;                     // runs started (resolve + transfer + verify)
    QList<QueueFileInfo> files;           // empty until the provider resolved the item
    QDateTime added;                      // UTC
    QDateTime updated;                    // UTC
    QDateTime nextPoll;                   // Ordered items: when the provider is asked again
    QString secretsRef;                   // DownloadSecrets reference; empty: no secret headers
    QStringList secretHeaders;            // their names (the values are never journaled)
    // For a queue drained by many machines (a PostgreSQL store): the worker that holds the item
    // and when its hold runs out unless renewed (QueueStore::claimItems); empty and invalid
    // while one process runs the queue.
    QString worker;
    QDateTime leaseUntil;                 // UTC

    // Progress (not journaled except bytes on disk).
    qint64 bytesDone = 0;
    std::optional<qint64> bytesTotal;
    double bytesPerSecond = 0;            // averaged over the last few seconds
    std::optional<qint64> etaSeconds;

    bool isFinal() const { return state == QueueState::Done || wish == QueueWish::Cancelled; }
    // A shared queue: the item shows a worker's work in progress, but that worker stopped renewing
    // its lease (it died or lost the database); another worker takes it over when it has room.
    bool workerStopped() const
    {
        const bool working = state == QueueState::Resolving || state == QueueState::WaitingForConnection
                             || state == QueueState::Downloading || state == QueueState::Verifying;
        return working && !worker.isEmpty() && leaseUntil.isValid() && leaseUntil < QDateTime::currentDateTimeUtc();
    }
};

// Which parts of an item changed, for a model's dataChanged() on the right columns.
enum class QueueField : quint32 {
    Wish = 0x1,
    State = 0x2,
    Error = 0x4,
    Progress = 0x8,       // bytesDone, bytesTotal, bytesPerSecond, etaSeconds
    Files = 0x10,
    Priority = 0x20,      // priority and position (the order of the list may change)
    Attempts = 0x40,
    All = 0xffffffff,
};
Q_DECLARE_FLAGS(QueueFields, QueueField)
Q_DECLARE_OPERATORS_FOR_FLAGS(QueueFields)

// Sums over the whole queue.
struct QueueTotals {
    int items = 0;
    int active = 0;                       // resolving, downloading (holding a connection) or verifying
    int waiting = 0;                      // queued and not started, or waiting for a connection
    int done = 0;
    int failed = 0;
    int paused = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;                // of the items whose size is known
    double bytesPerSecond = 0;
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::QueueItemInfo)
Q_DECLARE_METATYPE(eoc::QueueFields)

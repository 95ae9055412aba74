#pragma once

#include "core/model/SceneResult.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace eoc {

// Hashes a file's bytes on worker threads (one per algorithm) while they are being written, so the check before the
// final rename need not read the file a second time, and hashing overlaps the network instead of
// following it. Work is done strictly in the order it is given.
//
// The owner feeds the same buffers it writes (add() shares them, no copy) and limits the backlog
// with backlogBytes()/wakeWhenBacklogBelow(): when hashing is slower than the network, the owner
// stops reading the socket and TCP slows the sender, so memory stays bounded.
class StreamingHasher final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Checksums &digests, qint64 bytesHashed)>;

    // Unknown algorithm names are skipped; isEmpty() when none is left.
    explicit StreamingHasher(const QStringList &algorithms, QObject *parent = nullptr);
    ~StreamingHasher() override;   // stops the worker; work not done yet is dropped

    bool isEmpty() const;

    // Forgets everything hashed so far and starts again with the first `bytes` bytes of the file
    // at `path` (read on the worker; 0 for none), followed by whatever add() gives afterwards.
    void restart(const QString &path, qint64 bytes);
    void add(const QByteArray &data);
    qint64 backlogBytes() const;   // given to add() but not hashed yet

    // backlogCleared() once the backlog is below `bytes` (at once if it already is).
    void wakeWhenBacklogBelow(qint64 bytes);

    // When everything given so far is hashed, calls `done` on this object's thread with the
    // digests (algorithm -> lower-case hex) of all the bytes and their count. The digests are
    // empty when the start of the file could not be read back. Not called if the hasher is
    // destroyed first.
    void finish(Done done);

Q_SIGNALS:
    void backlogCleared();

private:
    class Worker;
    void workerCaughtUp();
    void workerFinished(quint64 round, const Checksums &digests, qint64 bytesHashed);

    std::vector<std::unique_ptr<Worker>> m_workers;
    int m_workersBehind = 0;          // asked to say when their backlog is small, not answered yet
    // The finish() in progress.
    quint64 m_finishRound = 0;
    int m_workersFinishing = 0;
    Done m_pendingDone;
    Checksums m_finishedDigests;
    qint64 m_finishedBytes = -1;
    bool m_finishConsistent = true;
};

} // namespace eoc

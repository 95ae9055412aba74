#include "core/download/hash/StreamingHasher.h"

#include "core/download/hash/Digest.h"

#include <QFile>
#include <QMetaObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace eoc {

namespace {

constexpr qint64 kPrefixReadChunk = 1 << 20;

struct Command {
    enum class Kind { Restart, Data, Finish } kind;
    QByteArray data;                  // Data
    QString path;                     // Restart
    qint64 bytes = 0;                 // Restart
    quint64 epoch = 0;                // Restart: a later restart makes this one moot; Finish: round
};

} // namespace

// One thread per algorithm, each with a command queue rather than QThreadPool jobs: the order of
// the bytes is the whole point, a hash's state lives on one thread only, and two algorithms (Data
// Space publishes MD5 and BLAKE3) run side by side instead of one after the other.
class StreamingHasher::Worker
{
public:
    Worker(StreamingHasher *owner, const QString &algorithm)
        : m_owner(owner)
        , m_digests(QStringList{algorithm})
    {
        m_thread = std::thread([this] { run(); });
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

    void push(Command command)
    {
        {
            std::lock_guard lock(m_mutex);
            if (command.kind == Command::Kind::Data)
                m_backlog += command.data.size();
            if (command.kind == Command::Kind::Restart)
                command.epoch = ++m_epoch;
            m_commands.push_back(std::move(command));
        }
        m_wake.notify_one();
    }

    qint64 backlog() const
    {
        std::lock_guard lock(m_mutex);
        return m_backlog;
    }

    void wakeWhenBelow(qint64 bytes)
    {
        std::lock_guard lock(m_mutex);
        if (m_backlog < bytes) {
            notifyOwner();
            return;
        }
        m_wakeBelow = bytes;
    }

private:
    void run()
    {
        for (;;) {
            Command command;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_commands.empty(); });
                if (m_stopping)
                    return;
                command = std::move(m_commands.front());
                m_commands.pop_front();
            }
            switch (command.kind) {
            case Command::Kind::Restart:
                restart(command);
                break;
            case Command::Kind::Data:
                if (m_prefixReadable)
                    m_digests.add(command.data);
                m_hashed += command.data.size();
                {
                    std::lock_guard lock(m_mutex);
                    m_backlog -= command.data.size();
                    if (m_wakeBelow > 0 && m_backlog < m_wakeBelow) {
                        m_wakeBelow = 0;
                        notifyOwner();
                    }
                }
                break;
            case Command::Kind::Finish: {
                const Checksums digests = m_prefixReadable ? m_digests.hexDigests() : Checksums();
                const qint64 hashed = m_hashed;
                StreamingHasher *owner = m_owner;
                const quint64 round = command.epoch;
                QMetaObject::invokeMethod(owner, [owner, round, digests, hashed] {
                    owner->workerFinished(round, digests, hashed);
                }, Qt::QueuedConnection);
                break;
            }
            }
        }
    }

    void restart(const Command &command)
    {
        m_digests.reset();
        m_hashed = 0;
        m_prefixReadable = true;
        if (command.bytes <= 0)
            return;
        QFile file(command.path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_prefixReadable = false;
            return;
        }
        QByteArray buffer(kPrefixReadChunk, Qt::Uninitialized);
        while (m_hashed < command.bytes) {
            if (isMoot(command))
                return;   // a newer restart follows in the queue and starts over anyway
            const qint64 n = file.read(buffer.data(), std::min(kPrefixReadChunk, command.bytes - m_hashed));
            if (n <= 0) {
                m_prefixReadable = false;   // shorter than promised: the digest would be wrong
                return;
            }
            m_digests.add(QByteArrayView(buffer.constData(), n));
            m_hashed += n;
        }
    }

    bool isMoot(const Command &command) const
    {
        std::lock_guard lock(m_mutex);
        return m_stopping || m_epoch != command.epoch;
    }

    // Called with m_mutex held. The queued call is dropped if the owner is gone by then.
    void notifyOwner()
    {
        StreamingHasher *owner = m_owner;
        QMetaObject::invokeMethod(owner, [owner] { owner->workerCaughtUp(); }, Qt::QueuedConnection);
    }

    StreamingHasher *m_owner;

    // Shared with the owner's thread, under m_mutex.
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Command> m_commands;
    qint64 m_backlog = 0;
    qint64 m_wakeBelow = 0;
    quint64 m_epoch = 0;
    bool m_stopping = false;

    // The worker thread's own.
    DigestSet m_digests;
    qint64 m_hashed = 0;
    bool m_prefixReadable = true;
    std::thread m_thread;
};

StreamingHasher::StreamingHasher(const QStringList &algorithms, QObject *parent)
    : QObject(parent)
{
    for (const QString &algorithm : algorithms) {
        if (Digest::isKnown(algorithm))
            m_workers.push_back(std::make_unique<Worker>(this, algorithm));
    }
}

StreamingHasher::~StreamingHasher()
{
    // Joined here, before QObject's destructor discards the calls the workers posted.
    m_workers.clear();
}

bool StreamingHasher::isEmpty() const
{
    return m_workers.empty();
}

void StreamingHasher::restart(const QString &path, qint64 bytes)
{
    for (auto &worker : m_workers)
        worker->push(Command{Command::Kind::Restart, {}, path, bytes, 0});
}

void StreamingHasher::add(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    for (auto &worker : m_workers)
        worker->push(Command{Command::Kind::Data, data, {}, 0, 0});
}

qint64 StreamingHasher::backlogBytes() const
{
    qint64 most = 0;
    for (const auto &worker : m_workers)
        most = std::max(most, worker->backlog());
    return most;
}

void StreamingHasher::wakeWhenBacklogBelow(qint64 bytes)
{
    if (m_workersBehind > 0)
        return;   // already waiting for them
    m_workersBehind = int(m_workers.size());
    if (m_workersBehind == 0) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT backlogCleared(); }, Qt::QueuedConnection);
        return;
    }
    for (auto &worker : m_workers)
        worker->wakeWhenBelow(bytes);
}

void StreamingHasher::workerCaughtUp()
{
    if (m_workersBehind > 0 && --m_workersBehind == 0)
        Q_EMIT backlogCleared();
}

void StreamingHasher::finish(Done done)
{
    ++m_finishRound;
    m_pendingDone = std::move(done);
    m_finishedDigests.clear();
    m_finishedBytes = -1;
    m_finishConsistent = true;
    m_workersFinishing = int(m_workers.size());
    if (m_workersFinishing == 0) {
        const quint64 round = m_finishRound;
        QMetaObject::invokeMethod(this, [this, round] {
            if (round == m_finishRound && m_pendingDone)
                std::exchange(m_pendingDone, {})({}, 0);
        }, Qt::QueuedConnection);
        return;
    }
    for (auto &worker : m_workers)
        worker->push(Command{Command::Kind::Finish, {}, {}, 0, m_finishRound});
}

void StreamingHasher::workerFinished(quint64 round, const Checksums &digests, qint64 bytesHashed)
{
    if (round != m_finishRound || m_workersFinishing == 0)
        return;
    // Every worker saw the same bytes; if one could not read the start of the file, no digest
    // is trustworthy enough to skip reading the file again.
    if (digests.isEmpty() || (m_finishedBytes >= 0 && m_finishedBytes != bytesHashed))
        m_finishConsistent = false;
    m_finishedBytes = bytesHashed;
    m_finishedDigests.insert(digests);
    if (--m_workersFinishing > 0)
        return;
    if (auto done = std::exchange(m_pendingDone, {}))
        done(m_finishConsistent ? m_finishedDigests : Checksums(), m_finishedBytes);
}

} // namespace eoc

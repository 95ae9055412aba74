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
    quint64 epoch = 0;                // Restart: a later restart makes this one moot
    StreamingHasher::Done done;       // Finish
};

} // namespace

// A plain thread with a command queue rather than QThreadPool jobs: the order of the bytes is the
// whole point, and the hasher's state lives on one thread only.
class StreamingHasher::Worker
{
public:
    Worker(StreamingHasher *owner, const QStringList &algorithms)
        : m_owner(owner)
        , m_digests(algorithms)
    {
        if (!m_digests.isEmpty())
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

    bool isEmpty() const { return m_digests.isEmpty(); }

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
                QMetaObject::invokeMethod(m_owner, [done = std::move(command.done), digests, hashed] {
                    done(digests, hashed);
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
        QMetaObject::invokeMethod(owner, [owner] { Q_EMIT owner->backlogCleared(); }, Qt::QueuedConnection);
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
    , m_worker(std::make_unique<Worker>(this, algorithms))
{
}

StreamingHasher::~StreamingHasher()
{
    // Joined here, before QObject's destructor discards the calls the worker posted.
    m_worker.reset();
}

bool StreamingHasher::isEmpty() const
{
    return m_worker->isEmpty();
}

void StreamingHasher::restart(const QString &path, qint64 bytes)
{
    if (isEmpty())
        return;
    Command command{Command::Kind::Restart, {}, path, bytes, 0, {}};
    m_worker->push(std::move(command));
}

void StreamingHasher::add(const QByteArray &data)
{
    if (isEmpty() || data.isEmpty())
        return;
    m_worker->push(Command{Command::Kind::Data, data, {}, 0, 0, {}});
}

qint64 StreamingHasher::backlogBytes() const
{
    return m_worker->backlog();
}

void StreamingHasher::wakeWhenBacklogBelow(qint64 bytes)
{
    m_worker->wakeWhenBelow(bytes);
}

void StreamingHasher::finish(Done done)
{
    if (isEmpty()) {
        QMetaObject::invokeMethod(this, [done = std::move(done)] { done({}, 0); }, Qt::QueuedConnection);
        return;
    }
    m_worker->push(Command{Command::Kind::Finish, {}, {}, 0, 0, std::move(done)});
}

} // namespace eoc

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace eoc {

class ConnectionLimiter;
class SharedLimits;

// Limits for one key (usually a provider name). Zero means "no limit".
struct ConnectionLimits {
    int maxConnections = 0;         // requests of this key in flight at once
    double requestsPerSecond = 0;   // token bucket refill rate
    int burst = 1;                  // tokens the bucket holds: requests that may start back to back
};

// The right to have one request in flight. Move-only; the slot goes back to the limiter when the
// object is destroyed or release() is called, so a job cannot leak a connection.
class ConnectionSlot final
{
public:
    ConnectionSlot() = default;
    ~ConnectionSlot();
    ConnectionSlot(ConnectionSlot &&other) noexcept;
    ConnectionSlot &operator=(ConnectionSlot &&other) noexcept;
    ConnectionSlot(const ConnectionSlot &) = delete;
    ConnectionSlot &operator=(const ConnectionSlot &) = delete;

    bool isHeld() const { return m_held; }
    const QString &key() const { return m_key; }
    void release();

private:
    friend class ConnectionLimiter;
    ConnectionSlot(ConnectionLimiter *limiter, QString key);

    QPointer<ConnectionLimiter> m_limiter;
    QString m_key;
    bool m_held = false;
};

// Hands out connection slots in request order: a request waits until its key has a free slot and
// a rate token and the global pool has a free slot. A key that is full does not hold up other keys.
// QNetworkAccessManager opens up to six connections per host by itself, so caps are enforced here.
class ConnectionLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionLimiter)
public:
    using Granted = std::function<void(ConnectionSlot slot)>;

    explicit ConnectionLimiter(QObject *parent = nullptr);
    ~ConnectionLimiter() override;

    void setLimits(const QString &key, const ConnectionLimits &limits);
    ConnectionLimits limits(const QString &key) const { return m_limits.value(key); }
    void setGlobalConnectionCap(int maxConnections);     // 0: no global cap
    int globalConnectionCap() const { return m_globalCap; }
    // Request rates shared with other processes: a key with a rate takes its tokens from
    // `shared` instead of this limiter's own bucket (nullptr: its own again). Not owned; whoever
    // sets it unsets it before it goes away.
    void setSharedLimits(SharedLimits *shared);
    SharedLimits *sharedLimits() const { return m_shared; }

    // Calls `granted` from the event loop once a slot is free (never synchronously). Nothing is
    // called if `context` is destroyed or the ticket is withdrawn first. Returns a ticket.
    quint64 acquire(const QString &key, QObject *context, Granted granted);
    void withdraw(quint64 ticket);

    int inFlight(const QString &key) const { return m_inFlight.value(key); }
    int inFlightTotal() const { return m_inFlightTotal; }
    int waiting() const { return int(m_waiters.size()); }

private:
    friend class ConnectionSlot;
    struct Waiter {
        quint64 ticket = 0;
        QString key;
        QPointer<QObject> context;
        Granted granted;
    };
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = -1;
    };

    void releaseSlot(const QString &key);
    void scheduleDispatch();
    void dispatch();
    // Refills the key's bucket; returns ms until a token is there (0 if one is there now).
    qint64 msUntilToken(const QString &key, qint64 nowMs);
    // Takes a request token of the key, from the shared bucket when there is one: 0 when taken,
    // else ms until one is there.
    qint64 takeToken(const QString &key, qint64 nowMs);

    QHash<QString, ConnectionLimits> m_limits;
    QHash<QString, int> m_inFlight;
    QHash<QString, Bucket> m_buckets;
    QList<Waiter> m_waiters;
    int m_inFlightTotal = 0;
    int m_globalCap = 0;
    quint64 m_nextTicket = 1;
    bool m_dispatchQueued = false;
    QElapsedTimer m_clock;
    QTimer *m_rateTimer = nullptr;
    SharedLimits *m_shared = nullptr;
};

} // namespace eoc

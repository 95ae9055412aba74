#include "core/net/ConnectionLimiter.h"

#include "core/net/SharedLimits.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace eoc {

ConnectionSlot::ConnectionSlot(ConnectionLimiter *limiter, QString key)
    : m_limiter(limiter)
    , m_key(std::move(key))
    , m_held(true)
{
}

ConnectionSlot::~ConnectionSlot()
{
    release();
}

ConnectionSlot::ConnectionSlot(ConnectionSlot &&other) noexcept
    : m_limiter(std::move(other.m_limiter))
    , m_key(std::move(other.m_key))
    , m_held(std::exchange(other.m_held, false))
{
}

ConnectionSlot &ConnectionSlot::operator=(ConnectionSlot &&other) noexcept
{
    if (this != &other) {
        release();
        m_limiter = std::move(other.m_limiter);
        m_key = std::move(other.m_key);
        m_held = std::exchange(other.m_held, false);
    }
    return *this;
}

void ConnectionSlot::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_limiter)
        m_limiter->releaseSlot(m_key);
    m_limiter = nullptr;
}

ConnectionLimiter::ConnectionLimiter(QObject *parent)
    : QObject(parent)
    , m_rateTimer(new QTimer(this))
{
    m_clock.start();
    m_rateTimer->setSingleShot(true);
    connect(m_rateTimer, &QTimer::timeout, this, &ConnectionLimiter::dispatch);
}

ConnectionLimiter::~ConnectionLimiter() = default;

void ConnectionLimiter::setLimits(const QString &key, const ConnectionLimits &limits)
{
    ConnectionLimits sane = limits;
    sane.maxConnections = std::max(0, sane.maxConnections);
    sane.requestsPerSecond = std::max(0.0, sane.requestsPerSecond);
    sane.burst = std::max(1, sane.burst);
    // Providers set their limits again before each job (settings may change per run): the same
    // limits must not refill the bucket, or every job would start with a full one.
    if (const auto it = m_limits.constFind(key); it != m_limits.cend() && it->maxConnections == sane.maxConnections
        && it->requestsPerSecond == sane.requestsPerSecond && it->burst == sane.burst)
        return;
    m_limits.insert(key, sane);
    m_buckets.remove(key);
    scheduleDispatch();
}

void ConnectionLimiter::setSharedLimits(SharedLimits *shared)
{
    m_shared = shared;
    scheduleDispatch();
}

void ConnectionLimiter::setGlobalConnectionCap(int maxConnections)
{
    m_globalCap = std::max(0, maxConnections);
    scheduleDispatch();
}

quint64 ConnectionLimiter::acquire(const QString &key, QObject *context, Granted granted)
{
    Waiter waiter;
    waiter.ticket = m_nextTicket++;
    waiter.key = key;
    waiter.context = context;
    waiter.granted = std::move(granted);
    m_waiters.append(std::move(waiter));
    scheduleDispatch();
    return m_waiters.constLast().ticket;
}

void ConnectionLimiter::withdraw(quint64 ticket)
{
    m_waiters.removeIf([ticket](const Waiter &w) { return w.ticket == ticket; });
}

void ConnectionLimiter::releaseSlot(const QString &key)
{
    auto it = m_inFlight.find(key);
    if (it != m_inFlight.end() && --it.value() <= 0)
        m_inFlight.erase(it);
    m_inFlightTotal = std::max(0, m_inFlightTotal - 1);
    scheduleDispatch();
}

void ConnectionLimiter::scheduleDispatch()
{
    // Always from the event loop: a slot released inside a reply's finished() handler must not
    // start the next request in the middle of that handler.
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QTimer::singleShot(0, this, &ConnectionLimiter::dispatch);
}

qint64 ConnectionLimiter::msUntilToken(const QString &key, qint64 nowMs)
{
    const ConnectionLimits limits = m_limits.value(key);
    if (limits.requestsPerSecond <= 0)
        return 0;
    Bucket &bucket = m_buckets[key];
    if (bucket.updatedMs < 0) {
        bucket.tokens = limits.burst;
    } else {
        bucket.tokens = std::min<double>(limits.burst,
                                         bucket.tokens + double(nowMs - bucket.updatedMs) * limits.requestsPerSecond / 1000.0);
    }
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0)
        return 0;
    return std::max<qint64>(1, qint64(std::ceil((1.0 - bucket.tokens) * 1000.0 / limits.requestsPerSecond)));
}

qint64 ConnectionLimiter::takeToken(const QString &key, qint64 nowMs)
{
    const ConnectionLimits limits = m_limits.value(key);
    if (limits.requestsPerSecond <= 0)
        return 0;
    if (m_shared) {
        // Other processes (workers on other machines) draw on the same bucket.
        if (const qint64 wait = m_shared->takeRequestToken(key, limits.requestsPerSecond, limits.burst); wait >= 0)
            return wait;
    }
    const qint64 wait = msUntilToken(key, nowMs);
    if (wait == 0)
        m_buckets[key].tokens -= 1.0;
    return wait;
}

void ConnectionLimiter::dispatch()
{
    m_dispatchQueued = false;
    const qint64 now = m_clock.elapsed();
    qint64 wakeInMs = -1;
    QSet<QString> blockedKeys;   // keeps each key's own order: once one waits, the later ones wait
    QList<Waiter> grants;
    for (qsizetype i = 0; i < m_waiters.size();) {
        Waiter &waiter = m_waiters[i];
        if (!waiter.context) {
            m_waiters.removeAt(i);
            continue;
        }
        if (m_globalCap > 0 && m_inFlightTotal >= m_globalCap)
            break;
        if (blockedKeys.contains(waiter.key)) {
            ++i;
            continue;
        }
        const ConnectionLimits limits = m_limits.value(waiter.key);
        if (limits.maxConnections > 0 && m_inFlight.value(waiter.key) >= limits.maxConnections) {
            blockedKeys.insert(waiter.key);
            ++i;
            continue;
        }
        if (const qint64 wait = takeToken(waiter.key, now); wait > 0) {
            blockedKeys.insert(waiter.key);
            wakeInMs = wakeInMs < 0 ? wait : std::min(wakeInMs, wait);
            ++i;
            continue;
        }
        ++m_inFlight[waiter.key];
        ++m_inFlightTotal;
        grants.append(m_waiters.takeAt(i));
    }
    if (wakeInMs >= 0 && (!m_rateTimer->isActive() || m_rateTimer->remainingTime() > wakeInMs))
        m_rateTimer->start(int(wakeInMs));

    // Callbacks run last: they may acquire, withdraw or release re-entrantly.
    QPointer<ConnectionLimiter> alive(this);
    for (auto &grant : grants) {
        ConnectionSlot slot(this, grant.key);
        if (!alive)
            return;
        if (grant.context)
            grant.granted(std::move(slot));
    }
}

} // namespace eoc

#include "core/net/BandwidthLimiter.h"

#include <QTimer>

#include <algorithm>

namespace eoc {

namespace {
constexpr int kWakeIntervalMs = 25;
}

BandwidthLimiter::BandwidthLimiter(QObject *parent)
    : QObject(parent)
    , m_wake(new QTimer(this))
{
    m_clock.start();
    m_wake->setSingleShot(true);
    m_wake->setInterval(kWakeIntervalMs);
    connect(m_wake, &QTimer::timeout, this, &BandwidthLimiter::available);
}

BandwidthLimiter::~BandwidthLimiter() = default;

qint64 BandwidthLimiter::capacity() const
{
    // A fifth of a second's worth: smooth pacing without starving small reads.
    return std::max<qint64>(4096, m_rate / 5);
}

void BandwidthLimiter::setLimit(qint64 bytesPerSecond)
{
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_tokens = 0;
    m_updatedMs = m_clock.elapsed();
    // Whoever waits for bytes re-checks under the new limit (at once when it was lifted).
    m_wake->start(0);
}

void BandwidthLimiter::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min<double>(double(capacity()), m_tokens + double(now - m_updatedMs) * double(m_rate) / 1000.0);
    m_updatedMs = now;
}

qint64 BandwidthLimiter::take(qint64 wanted)
{
    if (wanted <= 0)
        return 0;
    if (m_rate <= 0)
        return wanted;
    refill();
    const qint64 granted = std::min<qint64>(wanted, qint64(m_tokens));
    m_tokens -= double(granted);
    if (granted < wanted && !m_wake->isActive())
        m_wake->start(kWakeIntervalMs);
    return granted;
}

} // namespace eoc

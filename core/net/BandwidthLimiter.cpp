#include "core/net/BandwidthLimiter.h"

#include <QTimer>

#include <algorithm>

namespace eoc {

namespace {
constexpr int kWakeIntervalMs = 25;
// The timer runs on the monotonic clock, which stands still while the machine sleeps and does
// not follow changes of the wall clock: the rate is looked at again at least this often.
constexpr qint64 kLongestSwitchWaitMs = 3600 * 1000;
}

BandwidthLimiter::BandwidthLimiter(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_switch(new QTimer(this))
    , m_wake(new QTimer(this))
{
    m_clock.start();
    m_switch->setSingleShot(true);
    m_switch->setTimerType(Qt::PreciseTimer);   // the new rate starts on the minute the rule says
    connect(m_switch, &QTimer::timeout, this, &BandwidthLimiter::applySchedule);
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
    m_baseRate = std::max<qint64>(0, bytesPerSecond);
    applySchedule();
}

void BandwidthLimiter::setSchedule(const BandwidthSchedule &schedule)
{
    m_schedule = schedule;
    applySchedule();
}

void BandwidthLimiter::setClock(Clock clock)
{
    m_now = std::move(clock);
    applySchedule();
}

int BandwidthLimiter::msUntilNextSwitch() const { return m_switch->isActive() ? m_switch->remainingTime() : -1; }

void BandwidthLimiter::applySchedule()
{
    m_switch->stop();
    if (m_schedule.isEmpty()) {
        applyRate(m_baseRate);
        return;
    }
    const QDateTime now = m_now();
    applyRate(m_schedule.rateAt(now).value_or(m_baseRate));
    const QDateTime next = m_schedule.nextChangeAfter(now);
    if (next.isValid())
        m_switch->start(int(std::clamp<qint64>(now.msecsTo(next), 0, kLongestSwitchWaitMs)));
}

void BandwidthLimiter::applyRate(qint64 bytesPerSecond)
{
    const bool changed = m_rate != bytesPerSecond;
    m_rate = bytesPerSecond;
    if (changed)
        Q_EMIT limitChanged(m_rate);
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

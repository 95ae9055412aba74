#pragma once

#include "core/net/BandwidthSchedule.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;

namespace eoc {

// A global download rate for streaming transfers, as a token bucket of bytes. Transfers read only
// what take() grants and leave the rest in the (bounded) reply buffer, so TCP flow control slows
// the server down; when take() granted less than asked, available() follows once bytes refill.
//
// The rate comes from a schedule (network.bandwidth_schedule) where one of its rules covers the
// present, and from setLimit() (network.bandwidth_limit) elsewhere. A single-shot timer set to
// the schedule's next change switches the rate there; nothing polls.
class BandwidthLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthLimiter)
public:
    explicit BandwidthLimiter(QObject *parent = nullptr);
    ~BandwidthLimiter() override;

    void setLimit(qint64 bytesPerSecond);   // outside the schedule's rules; 0: unlimited
    void setSchedule(const BandwidthSchedule &schedule);
    // The rate in force now (0: unlimited), and the one outside the schedule's rules.
    qint64 limit() const { return m_rate; }
    qint64 baseLimit() const { return m_baseRate; }
    const BandwidthSchedule &schedule() const { return m_schedule; }

    // The wall clock the schedule is read with (tests move it); the current time by default.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);
    // Milliseconds until the rate is looked at again; -1 when nothing is scheduled.
    int msUntilNextSwitch() const;

    // Up to `wanted` bytes that may be read now (all of them when unlimited; possibly 0).
    qint64 take(qint64 wanted);

Q_SIGNALS:
    void available();
    void limitChanged(qint64 bytesPerSecond);

private:
    void refill();
    qint64 capacity() const;
    // Applies the rate in force now and sets the timer to the next change.
    void applySchedule();
    void applyRate(qint64 bytesPerSecond);

    qint64 m_rate = 0;
    qint64 m_baseRate = 0;
    BandwidthSchedule m_schedule;
    Clock m_now;
    QTimer *m_switch = nullptr;
    double m_tokens = 0;
    qint64 m_updatedMs = 0;
    QElapsedTimer m_clock;
    QTimer *m_wake = nullptr;
};

} // namespace eoc

#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace eoc {

// A global download rate for streaming transfers, as a token bucket of bytes. Transfers read only
// what take() grants and leave the rest in the (bounded) reply buffer, so TCP flow control slows
// the server down; when take() granted less than asked, available() follows once bytes refill.
class BandwidthLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthLimiter)
public:
    explicit BandwidthLimiter(QObject *parent = nullptr);
    ~BandwidthLimiter() override;

    void setLimit(qint64 bytesPerSecond);   // 0: unlimited
    qint64 limit() const { return m_rate; }

    // Up to `wanted` bytes that may be read now (all of them when unlimited; possibly 0).
    qint64 take(qint64 wanted);

Q_SIGNALS:
    void available();

private:
    void refill();
    qint64 capacity() const;

    qint64 m_rate = 0;
    double m_tokens = 0;
    qint64 m_updatedMs = 0;
    QElapsedTimer m_clock;
    QTimer *m_wake = nullptr;
};

} // namespace eoc

#pragma once

#include <QObject>

class QSocketNotifier;

namespace eoc::cli {

// SIGINT (Ctrl-C) and SIGTERM (kill, systemd stopping a service) as a Qt signal, so that a
// command ends the way it does when it finishes: a queue hands its unfinished items back (a
// worker's go to the other workers at once instead of after their lease), files and journal are
// left consistent. The handler only writes the signal's number to a socket pair, which is all a
// signal handler may safely do; the event loop reads it. A second signal kills the program
// as usual, for a user who does not want to wait.
class StopSignals final : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace eoc::cli

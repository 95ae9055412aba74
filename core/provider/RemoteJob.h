#pragma once

#include <QObject>

namespace eoc {

// The contract of every remote operation (search, plan, order, collection listing): created
// stopped, start() sends it, and it ends with exactly one terminal signal carrying a result or an
// error. cancel() aborts the network request and still ends the job exactly once (failed with
// ErrorClass::Cancelled) unless it had ended already. Subclasses end only through their
// emit...Once() helpers, which keep that promise in one place.
class RemoteJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;
    bool isDone() const { return m_done; }

protected:
    // Marks the job ended; false when it had ended already (then nothing may be emitted).
    bool markDone()
    {
        if (m_done)
            return false;
        m_done = true;
        return true;
    }

private:
    bool m_done = false;
};

} // namespace eoc

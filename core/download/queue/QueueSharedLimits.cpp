#include "core/download/queue/QueueSharedLimits.h"

#include "core/download/queue/QueueStore.h"

namespace eoc {

qint64 QueueSharedLimits::takeRequestToken(const QString &key, double requestsPerSecond, int burst)
{
    const auto wait = m_store.takeRequestToken(key, requestsPerSecond, burst);
    if (!wait) {
        // The store may be back for the next request; this one keeps to the process's own rate.
        qWarning("%s", qPrintable(wait.error().message));
        return -1;
    }
    return wait.value();
}

int QueueSharedLimits::holdSession(const QString &key, int cap, int seconds)
{
    const auto slot = m_store.claimSlot(kSessionSlotPrefix + key, cap, m_holder, seconds);
    if (!slot) {
        qWarning("%s", qPrintable(slot.error().message));
        return -1;
    }
    return slot.value();
}

void QueueSharedLimits::renewSession(const QString &key, int slot, int seconds)
{
    if (auto s = m_store.renewSlot(kSessionSlotPrefix + key, slot, m_holder, seconds); !s)
        qWarning("%s", qPrintable(s.error().message));
}

void QueueSharedLimits::endSession(const QString &key, int slot)
{
    if (auto s = m_store.releaseSlot(kSessionSlotPrefix + key, slot, m_holder); !s)
        qWarning("%s", qPrintable(s.error().message));
}

} // namespace eoc

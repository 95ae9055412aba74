#include "core/download/queue/ConnectionBudget.h"

#include "core/download/queue/QueueStore.h"

namespace eoc {

std::optional<ConnectionGrant> ConnectionBudget::take(const QString &key, int cap)
{
    if (m_inUseTotal >= qMax(1, m_total) || m_inUse.value(key) >= qMax(1, cap))
        return std::nullopt;
    ConnectionGrant grant{key, 0};
    if (!m_worker.isEmpty()) {
        // Every slot may be another worker's transfer, on this machine or another.
        const auto slot = m_store.claimSlot(key, qMax(1, cap), m_worker, m_leaseSeconds);
        if (!slot) {
            qWarning("%s", qPrintable(slot.error().message));
            return std::nullopt;
        }
        if (slot.value() == 0)
            return std::nullopt;
        grant.slot = slot.value();
    }
    ++m_inUse[key];
    ++m_inUseTotal;
    return grant;
}

void ConnectionBudget::giveBack(const ConnectionGrant &grant)
{
    if (auto it = m_inUse.find(grant.key); it != m_inUse.end() && --it.value() <= 0)
        m_inUse.erase(it);
    m_inUseTotal = qMax(0, m_inUseTotal - 1);
    if (grant.slot > 0) {
        if (auto s = m_store.releaseSlot(grant.key, grant.slot, m_worker); !s)
            qWarning("%s", qPrintable(s.error().message));
    }
}

} // namespace eoc

#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace eoc {

class QueueStore;

// One transfer's right to a connection: of its limit key (a provider, or a provider and account)
// and, for a worker, the key's connection slot shared with the other workers (0: none).
struct ConnectionGrant {
    QString key;
    int slot = 0;
};

// How many transfers the queue may run at once: download.max_connections in all, each limit
// key's cap (<provider>.max_connections), and for a worker of a shared queue the key's cap across
// every worker, kept as leased slots in the store. The queue's scheduling asks it before each
// transfer and gives the grant back when the transfer ends or its item stops.
class ConnectionBudget
{
public:
    explicit ConnectionBudget(QueueStore &store) : m_store(store) {}

    void setTotal(int maxConnections) { m_total = maxConnections; }
    // A worker's name and lease: its grants also hold one of the store's slots. Empty: this
    // process alone runs the queue, and only its own counts matter.
    void setWorker(const QString &worker, int leaseSeconds)
    {
        m_worker = worker;
        m_leaseSeconds = leaseSeconds;
    }

    // A connection for one transfer of `key`, whose cap is `cap`; nothing when the queue's total,
    // the key's cap or (for a worker) every shared slot of the key is taken.
    std::optional<ConnectionGrant> take(const QString &key, int cap);
    void giveBack(const ConnectionGrant &grant);

    int inUse() const { return m_inUseTotal; }
    int inUse(const QString &key) const { return m_inUse.value(key); }

private:
    QueueStore &m_store;
    int m_total = 0;            // 0 or less: one at a time
    QString m_worker;
    int m_leaseSeconds = 60;
    QHash<QString, int> m_inUse;
    int m_inUseTotal = 0;
};

} // namespace eoc

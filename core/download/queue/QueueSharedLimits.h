#pragma once

#include "core/net/SharedLimits.h"

namespace eoc {

class QueueStore;

// The limits every worker of one queue shares, kept in the queue's store: request-rate buckets
// (QueueStore::takeRequestToken) and login sessions, which are connection slots of their own
// (kSessionSlotPrefix) held as long as the provider keeps the session. A worker installs it on its
// NetworkAccess while it runs the queue.
class QueueSharedLimits final : public SharedLimits
{
public:
    QueueSharedLimits(QueueStore &store, QString holder) : m_store(store), m_holder(std::move(holder)) {}

    qint64 takeRequestToken(const QString &key, double requestsPerSecond, int burst) override;
    int holdSession(const QString &key, int cap, int seconds) override;
    void renewSession(const QString &key, int slot, int seconds) override;
    void endSession(const QString &key, int slot) override;

private:
    QueueStore &m_store;
    QString m_holder;     // the worker's name: its slots are renewed and let go under it
};

} // namespace eoc

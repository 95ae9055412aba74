#include "core/download/queue/ItemRun.h"

#include <algorithm>

namespace eoc {

ItemRun::~ItemRun()
{
    retire();
}

bool ItemRun::working() const
{
    const bool transferring = std::any_of(transfers.cbegin(), transfers.cend(), [](const QPointer<Transfer> &t) { return !t.isNull(); });
    return transferring || planJob || !verifying.isEmpty() || !checkingExisting.isEmpty() || packing;
}

void ItemRun::retire(Disposal disposal)
{
    const auto dispose = [disposal](QObject *job) {
        if (disposal == Disposal::Now)
            delete job;
        else
            job->deleteLater();
    };
    for (auto &t : transfers) {
        if (t) {
            t->cancel();
            dispose(t.data());
        }
    }
    transfers.clear();
    connected.clear();
    if (planJob) {
        planJob->cancel();
        dispose(planJob.data());
        planJob = nullptr;
    }
    verifying.clear();
    checkingExisting.clear();
    packing = false;
    transferStarts.clear();
    streamedDigests.clear();
    connections.clear();
}

} // namespace eoc

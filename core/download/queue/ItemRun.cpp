#include "core/download/queue/ItemRun.h"

namespace eoc {

ItemRun::~ItemRun()
{
    retire();
}

bool ItemRun::working() const
{
    return transfersRunning() > 0 || planJob || !verifying.isEmpty() || !checkingExisting.isEmpty() || packing;
}

int ItemRun::transfersRunning() const
{
    int n = 0;
    for (const auto &t : transfers)
        n += t ? 1 : 0;
    return n;
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

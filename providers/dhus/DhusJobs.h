#pragma once

#include "core/provider/RequestPlanJob.h"

#include <QPointer>

namespace eoc::dhus {

class DhusProvider;

// A plan job of requests to a hub, on behalf of the provider.
class DhusPlanJob : public RequestPlanJob
{
    Q_OBJECT
public:
    DhusPlanJob(DhusProvider *provider, SceneResult scene);

protected:
    QPointer<DhusProvider> m_provider;
    SceneResult m_scene;
};

// Resolves a result: asks the product's Online flag with the next account in turn; online gives
// the $value URL with its size and MD5, offline a plan marked offline (the queue then orders it
// and polls this job until the product is online).
class DhusResolveJob final : public DhusPlanJob
{
    Q_OBJECT
public:
    using DhusPlanJob::DhusPlanJob;
    void start() override;
};

// Requests an offline product from the long-term archive: its $value answers 202 Accepted. The
// hub's limit of archive requests per account and hour is kept: past it the order fails as a
// quota, naming the limit, instead of being refused by the hub.
class DhusOrderJob final : public DhusPlanJob
{
    Q_OBJECT
public:
    using DhusPlanJob::DhusPlanJob;
    void start() override;
};

} // namespace eoc::dhus

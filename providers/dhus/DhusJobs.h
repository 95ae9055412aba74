#pragma once

#include "core/provider/Provider.h"

#include <QPointer>

namespace eoc {
class HttpJob;
}

namespace eoc::dhus {

class DhusProvider;

// One request of a plan job against a hub, ended exactly once (finished or failed).
class DhusPlanJob : public PlanJob
{
    Q_OBJECT
public:
    DhusPlanJob(DhusProvider *provider, SceneResult scene);
    ~DhusPlanJob() override;
    void cancel() override;

protected:
    void send(const HttpRequest &request, std::function<void(const HttpResponse &)> handle);
    void finish(const Result<DownloadPlan> &plan);
    bool done() const { return m_done; }

    QPointer<DhusProvider> m_provider;
    SceneResult m_scene;

private:
    QPointer<HttpJob> m_request;
    bool m_done = false;
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

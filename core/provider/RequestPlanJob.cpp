#include "core/provider/RequestPlanJob.h"

#include "core/net/NetworkAccess.h"

#include <QCoreApplication>

namespace eoc {

RequestPlanJob::RequestPlanJob(QObject *owner, NetworkAccess *network)
    : m_owner(owner)
    , m_network(network)
{
}

RequestPlanJob::~RequestPlanJob()
{
    // Nothing may be emitted from here: the request's answer is no longer wanted.
    m_done = true;
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
}

void RequestPlanJob::cancel()
{
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
    finish(Error(ErrorClass::Cancelled, QCoreApplication::translate("RequestPlanJob", "Cancelled")));
}

bool RequestPlanJob::failIfOwnerGone()
{
    if (m_owner && m_network)
        return false;
    finish(Error(ErrorClass::Permanent, QCoreApplication::translate("RequestPlanJob", "The provider is gone")));
    return true;
}

void RequestPlanJob::send(const HttpRequest &request, std::function<void(const HttpResponse &)> handle)
{
    if (failIfOwnerGone())
        return;
    m_request = m_network->send(request);
    connect(m_request, &HttpJob::finished, this, [this, handle = std::move(handle)](const HttpResponse &response) {
        if (m_done || failIfOwnerGone())
            return;
        handle(response);
    });
}

void RequestPlanJob::finish(const Result<DownloadPlan> &plan)
{
    if (m_done)
        return;
    m_done = true;
    if (plan)
        Q_EMIT finished(*plan);
    else
        Q_EMIT failed(plan.error());
}

} // namespace eoc

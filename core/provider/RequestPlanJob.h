#pragma once

#include "core/net/HttpTypes.h"
#include "core/provider/Provider.h"

#include <QPointer>

#include <functional>

namespace eoc {

class HttpJob;
class NetworkAccess;

// A plan job (resolve, order) made of requests to a provider's service, one at a time. It ends
// exactly once; cancel() aborts the request in flight; an answer that arrives after the job ended,
// or after the provider that made it was deleted, is dropped.
class RequestPlanJob : public PlanJob
{
    Q_OBJECT
public:
    // `owner` is the provider: the job fails ("the provider is gone") when it goes away.
    RequestPlanJob(QObject *owner, NetworkAccess *network);
    ~RequestPlanJob() override;
    void cancel() override;

protected:
    // Sends `request`; `handle` gets the answer while the job and its provider are alive.
    void send(const HttpRequest &request, std::function<void(const HttpResponse &)> handle);
    // Ends the job with the plan or the error (the first call only).
    void finish(const Result<DownloadPlan> &plan);
    bool done() const { return m_done; }
    // Fails the job when the provider is gone; true when it did.
    bool failIfOwnerGone();

private:
    QPointer<QObject> m_owner;
    QPointer<NetworkAccess> m_network;
    QPointer<HttpJob> m_request;
    bool m_done = false;
};

} // namespace eoc

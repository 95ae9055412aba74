#include "providers/onda/OndaJobs.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/ODataErrors.h"
#include "providers/onda/OndaCatalogue.h"
#include "providers/onda/OndaProvider.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc::onda {

namespace {

Error goneError()
{
    return Error(ErrorClass::Permanent, QCoreApplication::translate("OndaProvider", "The provider is gone"));
}

Error cancelledError()
{
    return Error(ErrorClass::Cancelled, QCoreApplication::translate("OndaProvider", "Cancelled"));
}

} // namespace

OndaResolveJob::OndaResolveJob(OndaProvider *provider, SceneResult scene)
    : m_provider(provider)
    , m_scene(std::move(scene))
{
}

OndaResolveJob::~OndaResolveJob()
{
    m_done = true;
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
}

void OndaResolveJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        if (!m_provider || !m_provider->network()) {
            finish(goneError());
            return;
        }
        if (m_scene.remoteId.isEmpty()) {
            finish(Error(ErrorClass::BadInput,
                         QCoreApplication::translate("OndaProvider", "%1 has no ONDA product id: search for it first").arg(m_scene.sceneId)));
            return;
        }
        HttpRequest request;
        request.url = productUrl(m_provider->catalogueUrl(), m_scene.remoteId);
        request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        request.limitKey = m_provider->name();
        m_request = m_provider->network()->send(request);
        connect(m_request, &HttpJob::finished, this, [this](const HttpResponse &response) {
            if (m_done)
                return;
            if (!m_provider) {
                finish(goneError());
                return;
            }
            if (!response.ok()) {
                finish(odata::serviceError(response, QCoreApplication::translate("OndaProvider", "Reading the product from the ONDA catalogue"),
                                           m_provider->name()));
                return;
            }
            odata::ParseContext context;
            context.provider = m_provider->name();
            context.collection = m_scene.collection;
            context.downloadBase = m_provider->catalogueUrl();
            auto page = parseOndaPage(response.body, context);
            if (!page) {
                finish(page.error());
                return;
            }
            if (page->results.isEmpty()) {
                finish(Error(ErrorClass::NotFound,
                             QCoreApplication::translate("OndaProvider", "%1 is not in the ONDA catalogue").arg(m_scene.sceneId)));
                return;
            }
            const SceneResult current = page->results.first();
            DownloadPlan plan;
            if (!current.online) {
                plan.offline = true;
                plan.offlineReason = QCoreApplication::translate("OndaProvider", "%1 is offline at ONDA: it is ordered and downloaded once it "
                                                                                "is restored (for 24 hours; at most 20 orders an hour)")
                                         .arg(m_scene.sceneId);
                finish(plan);
                return;
            }
            DownloadFile file;
            file.url = productValueUrl(m_provider->catalogueUrl(), current.remoteId);
            file.relativePath = m_scene.sceneId + QStringLiteral(".zip");
            file.size = current.size;
            file.checksums = current.checksums;
            plan.files = {file};
            plan.auth = m_provider->session();
            plan.trustedHosts = {m_provider->catalogueUrl().host()};
            plan.limitKey = m_provider->name();
            plan.maxConnections = m_provider->capabilities().maxConnections;
            finish(plan);
        });
    });
}

void OndaResolveJob::cancel()
{
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
    finish(cancelledError());
}

void OndaResolveJob::finish(const Result<DownloadPlan> &plan)
{
    if (m_done)
        return;
    m_done = true;
    if (plan)
        Q_EMIT finished(*plan);
    else
        Q_EMIT failed(plan.error());
}

OndaOrderJob::OndaOrderJob(OndaProvider *provider, SceneResult scene)
    : m_provider(provider)
    , m_scene(std::move(scene))
{
}

OndaOrderJob::~OndaOrderJob()
{
    m_done = true;
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
}

void OndaOrderJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        if (!m_provider || !m_provider->network()) {
            finish(goneError());
            return;
        }
        HttpRequest request;
        request.method = "POST";
        request.url = orderUrl(m_provider->catalogueUrl(), m_scene.remoteId);
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        request.body = "{}";
        request.auth = m_provider->session();
        request.trustedHosts = {m_provider->catalogueUrl().host()};
        request.limitKey = m_provider->name();
        request.maxAttempts = 1;       // an order is not repeated blindly
        m_request = m_provider->network()->send(request);
        connect(m_request, &HttpJob::finished, this, [this](const HttpResponse &response) {
            if (m_done)
                return;
            if (!response.ok()) {
                Error e = odata::serviceError(response, QCoreApplication::translate("OndaProvider", "Ordering %1 from ONDA").arg(m_scene.sceneId),
                                              QStringLiteral("onda"));
                if (response.status == 429)
                    e.errorClass = ErrorClass::RateLimited;   // 20 orders an hour: the queue waits and asks again
                finish(e);
                return;
            }
            DownloadPlan plan;
            plan.ordered = true;
            plan.offline = true;
            plan.offlineReason = QCoreApplication::translate("OndaProvider", "%1 was ordered from ONDA's archive").arg(m_scene.sceneId);
            finish(plan);
        });
    });
}

void OndaOrderJob::cancel()
{
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
    finish(cancelledError());
}

void OndaOrderJob::finish(const Result<DownloadPlan> &plan)
{
    if (m_done)
        return;
    m_done = true;
    if (plan)
        Q_EMIT finished(*plan);
    else
        Q_EMIT failed(plan.error());
}

} // namespace eoc::onda

#include "providers/onda/OndaJobs.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/ODataErrors.h"
#include "providers/onda/OndaCatalogue.h"
#include "providers/onda/OndaProvider.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc::onda {


OndaResolveJob::OndaResolveJob(OndaProvider *provider, SceneResult scene)
    : RequestPlanJob(provider, provider ? provider->network() : nullptr)
    , m_provider(provider)
    , m_scene(std::move(scene))
{
}

void OndaResolveJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (done() || failIfOwnerGone())
            return;
        if (m_scene.remoteId.isEmpty()) {
            finish(Error(ErrorClass::BadInput,
                         QCoreApplication::translate("OndaProvider", "%1 has no ONDA product id: search for it first").arg(m_scene.sceneId)));
            return;
        }
        HttpRequest request;
        request.url = productUrl(m_provider->catalogueUrl(), m_scene.remoteId);
        request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        request.limitKey = m_provider->name();
        send(request, [this](const HttpResponse &response) {
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

OndaOrderJob::OndaOrderJob(OndaProvider *provider, SceneResult scene)
    : RequestPlanJob(provider, provider ? provider->network() : nullptr)
    , m_provider(provider)
    , m_scene(std::move(scene))
{
}

void OndaOrderJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (done() || failIfOwnerGone())
            return;
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
        send(request, [this](const HttpResponse &response) {
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

} // namespace eoc::onda

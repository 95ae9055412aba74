#include "providers/dhus/DhusJobs.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/DhusODataParser.h"
#include "providers/dhus/DhusHub.h"
#include "providers/dhus/DhusProvider.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc::dhus {

DhusPlanJob::DhusPlanJob(DhusProvider *provider, SceneResult scene)
    : RequestPlanJob(provider, provider ? provider->network() : nullptr)
    , m_provider(provider)
    , m_scene(std::move(scene))
{
}

void DhusResolveJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (done())
            return;
        if (failIfOwnerGone())
            return;
        const auto root = m_provider->root();
        if (!root) {
            finish(root.error());
            return;
        }
        if (m_scene.remoteId.isEmpty()) {
            finish(Error(ErrorClass::BadInput,
                         QCoreApplication::translate("DhusProvider", "%1 has no hub product id: search for it first").arg(m_scene.sceneId)));
            return;
        }
        const QString account = m_provider->nextAccount();
        HttpRequest request;
        request.url = productOnlineUrl(*root, m_scene.remoteId);
        request.auth = m_provider->session(account);
        request.trustedHosts = {root->host()};
        request.limitKey = m_provider->name();
        const QUrl hub = *root;
        send(request, [this, hub, account](const HttpResponse &response) {
            if (!response.ok()) {
                finish(odata::hubError(response, QCoreApplication::translate("DhusProvider", "Asking the hub whether %1 is online").arg(m_scene.sceneId)));
                return;
            }
            const std::optional<bool> online = odata::parseOnlineValue(response.body);
            if (!online) {
                finish(Error(ErrorClass::Protocol,
                             QCoreApplication::translate("DhusProvider", "The hub answered '%1' when asked whether %2 is online")
                                 .arg(QString::fromUtf8(response.body.left(80)).simplified(), m_scene.sceneId)));
                return;
            }
            const QString who = m_provider->session(account)->account();
            DownloadPlan plan;
            if (!*online) {
                plan.offline = true;
                plan.offlineReason = QCoreApplication::translate("DhusProvider", "%1 is in the hub's long-term archive: it is requested and "
                                                                                "downloaded once online (archive requests this hour: %2 of %3)")
                                         .arg(m_scene.sceneId)
                                         .arg(m_provider->archiveRequests(who))
                                         .arg(m_provider->archiveRequestLimit());
                finish(plan);
                return;
            }
            DownloadFile file;
            file.url = productValueUrl(hub, m_scene.remoteId);
            file.relativePath = m_scene.sceneId + QStringLiteral(".zip");
            file.size = m_scene.size;
            file.checksums = m_scene.checksums;        // the MD5 of the product's Checksum
            plan.files = {file};
            plan.auth = m_provider->session(account);
            plan.trustedHosts = {hub.host()};
            // Each account has its own connection cap at the hub.
            plan.limitKey = m_provider->name() + QLatin1Char(':') + (who.isEmpty() ? account : who);
            plan.maxConnections = m_provider->connectionsPerAccount();
            finish(plan);
        });
    });
}

void DhusOrderJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (done())
            return;
        if (failIfOwnerGone())
            return;
        const auto root = m_provider->root();
        if (!root) {
            finish(root.error());
            return;
        }
        const QString account = m_provider->nextAccount();
        const auto session = m_provider->session(account);
        const QString who = session->account().isEmpty() ? account : session->account();
        const int limit = m_provider->archiveRequestLimit();
        if (m_provider->archiveRequests(who) >= limit) {
            Error e(ErrorClass::Quota,
                    QCoreApplication::translate("DhusProvider", "The hub allows %1 long-term archive requests an hour per account, and they are "
                                                               "used up; %2 is requested again later")
                        .arg(limit)
                        .arg(m_scene.sceneId));
            e.retryAfter = std::chrono::seconds(600);
            finish(e);
            return;
        }
        HttpRequest request;
        request.url = productValueUrl(*root, m_scene.remoteId);
        // One byte at most: an online product answers with its bytes, and only the status matters.
        request.headers.append({QByteArray("Range"), QByteArray("bytes=0-0")});
        request.auth = session;
        request.trustedHosts = {root->host()};
        request.limitKey = m_provider->name();
        request.maxAttempts = 1;       // an archive request is not repeated blindly
        send(request, [this, session, account](const HttpResponse &response) {
            if (!response.ok()) {
                finish(odata::hubError(response, QCoreApplication::translate("DhusProvider", "Requesting %1 from the hub's archive").arg(m_scene.sceneId)));
                return;
            }
            const QString who = session->account().isEmpty() ? account : session->account();
            if (response.status == 202)
                m_provider->recordArchiveRequest(who);
            // 202: the retrieval was started; 200/206: it is online already. Either way the queue
            // polls the Online flag next.
            DownloadPlan plan;
            plan.ordered = true;
            plan.offline = true;
            plan.offlineReason = QCoreApplication::translate("DhusProvider", "%1 was requested from the hub's long-term archive "
                                                                            "(archive requests this hour: %2 of %3)")
                                     .arg(m_scene.sceneId)
                                     .arg(m_provider->archiveRequests(who))
                                     .arg(m_provider->archiveRequestLimit());
            finish(plan);
        });
    });
}

} // namespace eoc::dhus

#include "core/odata/ODataResolveJob.h"

#include "core/auth/CredentialSource.h"
#include "core/odata/EodataMount.h"
#include "core/odata/ODataParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace eoc::odata {

namespace {

// OData product keys are UUIDs; a result found through the STAC service carries the product name.
bool isProductKey(const QString &id)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    return uuid.match(id).hasMatch();
}

bool isOnHost(const QUrl &url, const QStringList &hosts)
{
    return url.scheme() == QLatin1String("https") && hosts.contains(url.host(), Qt::CaseInsensitive);
}

} // namespace

ODataResolveJob::ODataResolveJob(Provider *provider, ODataDownloadService *service, const ProviderContext &context,
                                 SceneResult scene)
    : m_provider(provider)
    , m_service(service)
    , m_context(context)
    , m_scene(std::move(scene))
{
}

void ODataResolveJob::start()
{
    QTimer::singleShot(0, this, [this] {
        // The product's key, or (STAC results) its "Product" asset on the download service;
        // otherwise the product is looked up by name to learn its key.
        if (isProductKey(m_scene.remoteId) || (m_provider && isOnHost(m_scene.link, m_service->downloadHosts()))) {
            planFor(m_scene);
            return;
        }
        if (!m_provider) {
            fail(Error(ErrorClass::Permanent, QCoreApplication::translate("eoc::odata", "The provider is gone")));
            return;
        }
        m_lookup = m_service->lookupProduct(m_scene.collection, m_scene.sceneId);
        auto found = std::make_shared<std::optional<SceneResult>>();
        connect(m_lookup, &SearchJob::pageReady, this, [found](const QList<SceneResult> &page) {
            if (!*found && !page.isEmpty())
                *found = page.first();
        });
        connect(m_lookup, &SearchJob::failed, this, [this](const Error &error) {
            m_lookup->deleteLater();
            fail(error);
        });
        connect(m_lookup, &SearchJob::finished, this, [this, found] {
            m_lookup->deleteLater();
            if (!*found) {
                fail(Error(ErrorClass::NotFound, m_provider ? m_service->notInCatalogue(m_scene.sceneId) : m_scene.sceneId));
                return;
            }
            planFor(**found);
        });
        m_lookup->start();
    });
}

void ODataResolveJob::cancel()
{
    if (m_lookup)
        m_lookup->cancel();
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("eoc::odata", "Cancelled")));
}

void ODataResolveJob::planFor(const SceneResult &scene)
{
    if (m_done)
        return;
    if (!m_provider) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("eoc::odata", "The provider is gone")));
        return;
    }
    DownloadPlan plan;
    if (!scene.online) {
        plan.offline = true;
        plan.offlineReason = m_service->offlineReason(scene.sceneId);
        m_done = true;
        Q_EMIT finished(plan);
        return;
    }
    // On a machine with the eodata store mounted, the product is copied from there: no login,
    // no download.
    if (auto copy = eodataCopyPlan(scene, m_service->eodataMount(), m_provider->name())) {
        m_done = true;
        Q_EMIT finished(*copy);
        return;
    }
    if (!m_context.credentials) {
        fail(Error(ErrorClass::Auth, m_service->accountNeeded()));
        return;
    }
    // Ask for the account now, so a missing one is reported before any transfer starts.
    m_context.credentials->credentials(m_provider->name(), m_context.account, this,
                                       [this, scene](const Result<Credentials> &credentials) {
        if (!credentials) {
            fail(credentials.error());
            return;
        }
        if (!m_provider) {
            fail(Error(ErrorClass::Permanent, QCoreApplication::translate("eoc::odata", "The provider is gone")));
            return;
        }
        DownloadFile file;
        const bool byKey = isProductKey(scene.remoteId);
        file.url = byKey ? productValueUrl(m_service->productDownloadBase(), scene.remoteId) : scene.link;
        file.relativePath = scene.sceneId + QStringLiteral(".zip");
        file.size = scene.size;
        file.checksums = scene.checksums;
        DownloadPlan plan;
        plan.files = {file};
        plan.auth = m_service->downloadSession(credentials->account);
        plan.trustedHosts = m_service->downloadHosts();
        // The connection cap is per user, so the limit key is the account's.
        plan.limitKey = m_provider->name() + QLatin1Char(':') + credentials->account;
        plan.maxConnections = m_service->downloadConnections();
        m_done = true;
        Q_EMIT finished(plan);
    });
}

void ODataResolveJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace eoc::odata

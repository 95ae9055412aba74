#include "providers/dataspace/DataspaceResolveJob.h"

#include "core/auth/CredentialSource.h"
#include "core/odata/ODataParser.h"
#include "providers/dataspace/DataspaceProvider.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace eoc::dataspace {

using namespace eoc::odata;

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

DataspaceResolveJob::DataspaceResolveJob(DataspaceProvider *provider, const ProviderContext &context,
                                         SceneResult scene)
    : m_provider(provider)
    , m_context(context)
    , m_scene(std::move(scene))
{
}

void DataspaceResolveJob::start()
{
    QTimer::singleShot(0, this, [this] {
        // The product's key, or (STAC results) its "Product" asset on the download service;
        // otherwise the product is looked up by name to learn its key.
        if (isProductKey(m_scene.remoteId) || (m_provider && isOnHost(m_scene.link, m_provider->trustedHosts()))) {
            planFor(m_scene);
            return;
        }
        if (!m_provider) {
            fail(Error(ErrorClass::Permanent, QCoreApplication::translate("DataspaceProvider", "The provider is gone")));
            return;
        }
        m_lookup = m_provider->lookup(m_scene.collection, m_scene.sceneId);
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
                fail(Error(ErrorClass::NotFound,
                           QCoreApplication::translate("DataspaceProvider", "%1 is not in the Copernicus Data Space catalogue").arg(m_scene.sceneId)));
                return;
            }
            planFor(**found);
        });
        m_lookup->start();
    });
}

void DataspaceResolveJob::cancel()
{
    if (m_lookup)
        m_lookup->cancel();
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("DataspaceProvider", "Cancelled")));
}

void DataspaceResolveJob::planFor(const SceneResult &scene)
{
    if (m_done || !m_provider)
        return;
    DownloadPlan plan;
    if (!scene.online) {
        plan.offline = true;
        plan.offlineReason = DataspaceProvider::offlineExplanation(scene.sceneId);
        m_done = true;
        Q_EMIT finished(plan);
        return;
    }
    if (!m_context.credentials) {
        fail(Error(ErrorClass::Auth,
                   QCoreApplication::translate("DataspaceProvider", "Downloading from the Copernicus Data Space needs an account: add one with "
                                  "`eo-collector-cli account add dataspace --account NAME` (sign up at "
                                  "https://dataspace.copernicus.eu)")));
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
            fail(Error(ErrorClass::Permanent, QCoreApplication::translate("DataspaceProvider", "The provider is gone")));
            return;
        }
        DownloadFile file;
        const bool byKey = isProductKey(scene.remoteId);
        file.url = byKey ? productValueUrl(QUrl(m_provider->setting(QStringLiteral("dataspace.download_url"))), scene.remoteId)
                         : scene.link;
        file.relativePath = scene.sceneId + QStringLiteral(".zip");
        file.size = scene.size;
        file.checksums = scene.checksums;
        DownloadPlan plan;
        plan.files = {file};
        plan.auth = m_provider->session(credentials->account);
        plan.trustedHosts = m_provider->trustedHosts();
        // The connection cap is per user, so the limit key is the account's.
        plan.limitKey = QStringLiteral("dataspace:") + credentials->account;
        plan.maxConnections = m_provider->intSetting(QStringLiteral("dataspace.max_connections"), 4);
        m_done = true;
        Q_EMIT finished(plan);
    });
}

void DataspaceResolveJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace eoc::dataspace

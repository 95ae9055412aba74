#include "core/net/NetworkAccess.h"
#include "core/auth/CredentialSource.h"
#include "core/provider/AssetSelection.h"
#include "core/stac/StacItem.h"
#include "providers/stac/StacJobs.h"
#include "providers/stac/StacProvider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace eoc::stac {

namespace {

// Planetary Computer signs per storage account and container: "<account>/<container>" of an
// Azure blob URL (https://<account>.blob.core.windows.net/<container>/...), empty for others.
QString sasContainerOf(const QUrl &url)
{
    static const QLatin1String suffix(".blob.core.windows.net");
    const QString host = url.host().toLower();
    if (!host.endsWith(suffix))
        return {};
    const QString container = url.path().section(QLatin1Char('/'), 1, 1);
    if (container.isEmpty())
        return {};
    return host.chopped(suffix.size()) + QLatin1Char('/') + container;
}

// LandsatLook's https asset links (/data/...) redirect to the USGS sign-in page: downloading them
// anonymously would store that page instead of the file.
bool isBehindUsgsSignIn(const QUrl &url)
{
    return url.host().compare(QLatin1String("landsatlook.usgs.gov"), Qt::CaseInsensitive) == 0
           && url.path().startsWith(QLatin1String("/data/"));
}

QString fileNameFor(const SceneAsset &a, const SceneResult &scene, QSet<QString> &taken)
{
    QString name = a.href.fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('$')))
        name = isProductAsset(a) ? scene.sceneId + QStringLiteral(".zip") : a.key;
    if (taken.contains(name))
        name = a.key + QLatin1Char('_') + name;
    taken.insert(name);
    return name;
}

} // namespace

StacPlanJob::StacPlanJob(StacProvider *provider, SceneResult scene)
    : m_provider(provider), m_scene(std::move(scene))
{
}

void StacPlanJob::start()
{
    if (!m_provider) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("StacProvider", "The STAC provider is gone")));
        return;
    }
    auto assets = chooseDownloadAssets(m_scene);
    if (!assets) {
        fail(assets.error());
        return;
    }
    const QString region = m_scene.attributes.value(QStringLiteral("storage:region")).toString();
    DownloadPlan plan;
    plan.limitKey = QStringLiteral("stac");
    QSet<QString> taken;
    bool needsDataspaceLogin = false;
    for (const auto &a : assets.value()) {
        DownloadFile file;
        if (a.href.scheme() == QLatin1String("s3") && a.href.host() == QLatin1String("eodata")) {
            fail(Error(ErrorClass::Permanent,
                       QCoreApplication::translate("StacProvider", "Asset '%1' of %2 is only in the Copernicus Data Space S3 store (%3), which "
                                      "needs S3 keys of a CDSE account; choose its Product asset, or search with "
                                      "the dataspace provider.")
                           .arg(a.key, m_scene.sceneId, a.href.toString())));
            return;
        }
        file.url = a.href.scheme() == QLatin1String("s3") ? s3ToHttps(a.href, region) : a.href;
        if (!file.url.isValid() || !file.url.scheme().startsWith(QLatin1String("http"))) {
            fail(Error(ErrorClass::Permanent, QCoreApplication::translate("StacProvider", "Asset '%1' of %2 has no downloadable URL (%3)")
                                                  .arg(a.key, m_scene.sceneId, a.href.toString())));
            return;
        }
        if (isBehindUsgsSignIn(file.url)) {
            fail(Error(ErrorClass::Auth,
                       QCoreApplication::translate("StacProvider", "Asset '%1' of %2 is at %3, which LandsatLook serves only after a USGS (EROS "
                                      "Registration System) sign-in, and its S3 copy (s3://usgs-landsat) is "
                                      "requester-pays, billed to an AWS account. EO Collector has neither here: "
                                      "download this scene with the usgs provider and a USGS account "
                                      "(eo-collector-cli account add usgs), or search another catalogue.")
                           .arg(a.key, m_scene.sceneId, file.url.toString())));
            return;
        }
        if (StacProvider::dataspaceHosts().contains(file.url.host(), Qt::CaseInsensitive))
            needsDataspaceLogin = true;
        file.relativePath = fileNameFor(a, m_scene, taken);
        file.size = a.size;
        file.checksums = a.checksums;
        plan.files << file;
    }
    if (needsDataspaceLogin) {
        // CDSE serves Product and band files only to a signed-in user: the dataspace account's
        // session signs the requests to its download hosts (and only to them).
        plan.auth = m_provider->dataspaceSession();
        if (!plan.auth) {
            fail(Error(ErrorClass::Auth,
                       QCoreApplication::translate("StacProvider", "The files of %1 are on the Copernicus Data Space download service, which needs "
                                      "a login: add a dataspace account with `eo-collector-cli account add dataspace "
                                      "--account NAME` (sign up at https://dataspace.copernicus.eu)")
                           .arg(m_scene.sceneId)));
            return;
        }
        plan.trustedHosts = StacProvider::dataspaceHosts();
        plan.limitKey = QStringLiteral("dataspace");
        plan.maxConnections = 4;
    }
    addBdcToken(plan);
}

void StacPlanJob::addBdcToken(DownloadPlan plan)
{
    CredentialSource *credentials = m_provider->credentialSource();
    if (m_provider->name() != QLatin1String("bdc") || !credentials) {
        signAndFinish(plan);
        return;
    }
    QStringList cubeHosts;
    for (const DownloadFile &f : std::as_const(plan.files)) {
        const QString host = f.url.host().toLower();
        if ((host == QLatin1String("inpe.br") || host.endsWith(QLatin1String(".inpe.br"))) && !cubeHosts.contains(host))
            cubeHosts << host;
    }
    if (cubeHosts.isEmpty() || !plan.trustedHosts.isEmpty()) {
        signAndFinish(plan);
        return;
    }
    credentials->credentials(QStringLiteral("bdc"), m_provider->account(), this, [this, plan, cubeHosts](const Result<Credentials> &c) mutable {
        if (isDone() || !m_provider)
            return;
        // No bdc account: the cube's public collections need none.
        if (c && !c->secret.isEmpty()) {
            // BDC's asset URLs took the key as ?access_token= (the older host answered 403 without
            // it); added when each request is sent, to the cube's hosts only, never journaled.
            plan.secretQueryItems = {{QStringLiteral("access_token"), c->secret}};
            plan.trustedHosts = cubeHosts;
        }
        signAndFinish(plan);
    });
}

void StacPlanJob::signAndFinish(DownloadPlan plan)
{
    const auto ep = m_provider->endpoint();
    const QUrl itemUrl(m_scene.attributes.value(kItemUrl).toString());
    const bool planetary = (ep && ep->preset && ep->preset->signsAssetsWithSas)
                           || presetForUrl(itemUrl).value_or(StacPreset{}).signsAssetsWithSas;
    m_plan = plan;
    m_pendingContainers.clear();
    if (planetary) {
        const QStringList publicAccounts = m_provider->publicStorageAccounts();
        for (const auto &f : std::as_const(m_plan.files)) {
            const QString key = sasContainerOf(f.url);
            if (!key.isEmpty() && !publicAccounts.contains(key.section(QLatin1Char('/'), 0, 0))
                && !m_pendingContainers.contains(key))
                m_pendingContainers << key;
        }
    }
    signNext();
}

void StacPlanJob::signNext()
{
    if (isDone() || m_ending || !m_provider)
        return;
    // Tokens already cached sign their files at once; the first missing one is fetched.
    while (!m_pendingContainers.isEmpty()) {
        const QString key = m_pendingContainers.first();
        const auto cached = m_provider->cachedSasToken(key);
        if (!cached)
            break;
        applySas(key, cached->token);
        m_pendingContainers.removeFirst();
    }
    if (m_pendingContainers.isEmpty()) {
        const DownloadPlan plan = m_plan;
        m_ending = true;
        QTimer::singleShot(0, this, [this, plan] { emitFinishedOnce(plan); });
        return;
    }
    const QString key = m_pendingContainers.first();
    QUrl tokenUrl = m_provider->sasUrl();
    tokenUrl.setPath(tokenUrl.path() + QLatin1Char('/') + key);
    m_http = m_provider->network()->send(StacProvider::jsonRequest(tokenUrl));
    connect(m_http, &HttpJob::finished, this, [this, key](const HttpResponse &response) {
        if (isDone() || m_ending)
            return;
        if (!response.ok()) {
            fail(stacHttpError(response, QCoreApplication::translate("StacProvider", "Could not get a Planetary Computer SAS token for the storage "
                                                        "container %1").arg(key)));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        const QString token = o.value(QStringLiteral("token")).toString();
        if (token.isEmpty()) {
            fail(Error(ErrorClass::Protocol,
                       QCoreApplication::translate("StacProvider", "The Planetary Computer SAS answer for %1 has no token").arg(key)));
            return;
        }
        StacProvider::SasToken sas{token, QDateTime::fromString(o.value(QStringLiteral("msft:expiry")).toString(),
                                                                Qt::ISODateWithMs)};
        if (m_provider && sas.expiry.isValid())
            m_provider->storeSasToken(key, sas);
        applySas(key, token);
        m_pendingContainers.removeFirst();
        signNext();
    });
}

void StacPlanJob::applySas(const QString &containerKey, const QString &token)
{
    for (auto &f : m_plan.files) {
        if (sasContainerOf(f.url) != containerKey)
            continue;
        const QString existing = f.url.query(QUrl::FullyEncoded);
        f.url.setQuery(existing.isEmpty() ? token : existing + QLatin1Char('&') + token, QUrl::TolerantMode);
    }
}

void StacPlanJob::cancel()
{
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("StacProvider", "Resolving the download was cancelled")));
    if (m_http)
        m_http->cancel();
}

void StacPlanJob::fail(const Error &error)
{
    if (isDone() || m_ending)
        return;
    m_ending = true;
    QTimer::singleShot(0, this, [this, error] { emitFailedOnce(error); });
}

} // namespace eoc::stac

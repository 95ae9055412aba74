#include "providers/creodias/CreodiasProvider.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/CopernicusCollections.h"
#include "core/odata/ODataSearchJob.h"
#include "core/settings/SettingsView.h"

#include <algorithm>
#include <QCoreApplication>

namespace eoc::creodias {

using namespace eoc::odata;

namespace {

QList<SettingSpec> buildSpecs()
{
    return {
        {QStringLiteral("creodias.odata_url"), QStringLiteral("https://datahub.creodias.eu/odata/v1"),
         QCoreApplication::translate("CreodiasProvider", "OData catalogue (search; anonymous)")},
        {QStringLiteral("creodias.download_url"), QStringLiteral("https://zipper.creodias.eu/odata/v1"),
         QCoreApplication::translate("CreodiasProvider", "Download service (Products(<Id>)/$value)")},
        {QStringLiteral("creodias.token_url"),
         QStringLiteral("https://identity.cloudferro.com/auth/realms/Creodias-new/protocol/openid-connect/token"),
         QCoreApplication::translate("CreodiasProvider", "Keycloak token endpoint (login and refresh)")},
        {QStringLiteral("creodias.client_id"), QStringLiteral("CLOUDFERRO_PUBLIC"), QCoreApplication::translate("CreodiasProvider", "Keycloak client id")},
        // Unverified which of the two the service wants today: CloudFerro's own recipes send no
        // secret for CLOUDFERRO_PUBLIC, while eodag's configuration sends a public one. Empty sends
        // none; a value is sent with every login and refresh.
        {QStringLiteral("creodias.client_secret"), QString(),
         QCoreApplication::translate("CreodiasProvider", "Keycloak client secret of the public client (empty: none is sent)")},
        {QStringLiteral("creodias.one_time_code"), QStringLiteral("true"),
         QCoreApplication::translate("CreodiasProvider", "Every login asks for a two-factor one-time code (mandatory on CREODIAS since May 2023; false only "
            "for accounts exempt from it)")},
        // The seed documented 60 requests a minute per address; CloudFerro's current pages state no
        // figure, so the documented one stays the default and 429 answers are waited out as well.
        {QStringLiteral("creodias.requests_per_minute"), QStringLiteral("60"),
         QCoreApplication::translate("CreodiasProvider", "Requests a minute to the catalogue and download services (0: no limit)")},
        {QStringLiteral("creodias.search_connections"), QStringLiteral("4"),
         QCoreApplication::translate("CreodiasProvider", "Catalogue pages and time windows of one search fetched at once (1: one after the other); "
                                                         "creodias.requests_per_minute still holds")},
        {QStringLiteral("creodias.max_connections"), QStringLiteral("4"), QCoreApplication::translate("CreodiasProvider", "Simultaneous downloads per account")},
        {QStringLiteral("creodias.page_size"), QStringLiteral("1000"), QCoreApplication::translate("CreodiasProvider", "Results per catalogue request (1..1000)")},
        {QStringLiteral("creodias.eodata_mount"), QString(),
         QCoreApplication::translate("CreodiasProvider", "Where the eodata store is mounted on this machine (/eodata on CREODIAS "
                                                          "virtual machines): products found there are copied instead of downloaded, "
                                                          "without a login; empty: always download")},
    };
}

} // namespace

CreodiasProvider::CreodiasProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
    // Registered at once, so items copied from the mount resume in any process that runs the queue.
    if (m_context.network && !eodataMount().isEmpty())
        m_context.network->allowLocalSource(eodataMount());
}

QString CreodiasProvider::eodataMount() const
{
    return setting(QStringLiteral("creodias.eodata_mount")).trimmed();
}

CreodiasProvider::~CreodiasProvider() = default;

QList<CollectionInfo> CreodiasProvider::collections() const
{
    return copernicusCollectionInfos();
}

ProviderCapabilities CreodiasProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = true;
    caps.maxConnections = 4;
    caps.requestsPerSecond = 1.0;
    caps.canOrderOffline = false;
    caps.registrationUrl = QStringLiteral("https://creodias.eu");
    caps.credentialKind = QStringLiteral("password");
    return caps;
}

QList<SettingSpec> CreodiasProvider::settingSpecs() const
{
    return buildSpecs();
}

QString CreodiasProvider::setting(const QString &key) const
{
    return settingValue(m_context.settings, key);
}

int CreodiasProvider::intSetting(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = setting(key).toInt(&ok);
    return ok && v >= 0 ? v : fallback;
}

void CreodiasProvider::applyRequestLimits()
{
    if (!m_context.network)
        return;
    const int perMinute = intSetting(QStringLiteral("creodias.requests_per_minute"), 60);
    ConnectionLimits limits;
    limits.requestsPerSecond = perMinute / 60.0;
    // A few requests may start back to back (a search page and its count); the minute's average
    // stays at the rate.
    limits.burst = perMinute > 0 ? std::min(perMinute, 5) : 1;
    m_context.network->setLimits(name(), limits);
}

odata::CopernicusCatalogue CreodiasProvider::catalogue() const
{
    odata::CopernicusCatalogue c;
    c.provider = name();
    c.odataBase = QUrl(setting(QStringLiteral("creodias.odata_url")));
    c.downloadBase = productDownloadBase();
    c.pageSize = intSetting(QStringLiteral("creodias.page_size"), 1000);
    c.parallelPages = std::max(1, intSetting(QStringLiteral("creodias.search_connections"), 4));
    c.serviceName = QCoreApplication::translate("CreodiasProvider", "The CREODIAS search");
    return c;
}

SearchJob *CreodiasProvider::search(const SearchQuery &query)
{
    if (auto valid = query.validate(); !valid)
        return failedSearchJob(valid.error());
    auto collection = findCopernicusCollection(query.collection);
    if (!collection)
        return failedSearchJob(collection.error());
    if (query.extra.contains(QStringLiteral("strategy"))
        && query.extra.value(QStringLiteral("strategy")).toString().trimmed().compare(QLatin1String("odata"), Qt::CaseInsensitive) != 0) {
        return failedSearchJob(Error(ErrorClass::BadInput,
                                     QCoreApplication::translate("CreodiasProvider", "CREODIAS is searched through its OData catalogue only")));
    }
    auto plan = copernicusSearchPlan(query, *collection, catalogue());
    if (!plan)
        return failedSearchJob(plan.error());
    applyRequestLimits();
    return new ODataSearchJob(m_context.network, *plan);
}

SearchJob *CreodiasProvider::lookup(const QString &collection, const QString &sceneId)
{
    if (sceneId.trimmed().isEmpty())
        return failedSearchJob(Error(ErrorClass::BadInput, QCoreApplication::translate("CreodiasProvider", "No scene id given")));
    applyRequestLimits();
    return new ODataSearchJob(m_context.network, copernicusLookupPlan(collection, sceneId, catalogue()));
}

PlanJob *CreodiasProvider::resolve(const SceneResult &scene)
{
    applyRequestLimits();
    if (m_context.network && !eodataMount().isEmpty())
        m_context.network->allowLocalSource(eodataMount());
    return new ODataResolveJob(this, this, m_context, scene);
}

PlanJob *CreodiasProvider::order(const SceneResult &scene)
{
    return failedPlanJob(Error(ErrorClass::Offline, offlineReason(scene.sceneId)));
}

QUrl CreodiasProvider::productDownloadBase() const
{
    return QUrl(setting(QStringLiteral("creodias.download_url")));
}

std::shared_ptr<AuthSession> CreodiasProvider::downloadSession(const QString &account)
{
    if (!m_sessions)
        m_sessions = std::make_unique<OidcSessionRegistry>(m_context.network, m_context.credentials);
    OidcConfig config;
    config.tokenUrl = QUrl(setting(QStringLiteral("creodias.token_url")));
    config.clientId = setting(QStringLiteral("creodias.client_id"));
    config.clientSecret = setting(QStringLiteral("creodias.client_secret"));
    config.needsOneTimeCode = setting(QStringLiteral("creodias.one_time_code")).trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    config.provider = name();
    config.account = account;
    config.limitKey = name();
    return m_sessions->session(config);
}

QStringList CreodiasProvider::downloadHosts() const
{
    // The token goes to the zipper (or the download host configured instead) and nowhere else;
    // the catalogue is anonymous and never sees it.
    QStringList hosts{QStringLiteral("zipper.creodias.eu")};
    const QString configured = productDownloadBase().host();
    if (!configured.isEmpty() && !hosts.contains(configured, Qt::CaseInsensitive))
        hosts << configured;
    return hosts;
}

int CreodiasProvider::downloadConnections() const
{
    const int n = intSetting(QStringLiteral("creodias.max_connections"), 4);
    return n > 0 ? n : 4;
}

QString CreodiasProvider::offlineReason(const QString &sceneId) const
{
    return QCoreApplication::translate("CreodiasProvider", "%1 is not online at CREODIAS (Online: false) and its API cannot order it; "
                                                          "try the dataspace provider, or download it later.")
        .arg(sceneId);
}

QString CreodiasProvider::accountNeeded() const
{
    return QCoreApplication::translate("CreodiasProvider", "Downloading from CREODIAS needs an account: add one with "
                                                          "`eo-collector-cli account add creodias --account NAME` (sign up at "
                                                          "https://creodias.eu; two-factor authentication is mandatory)");
}

QString CreodiasProvider::notInCatalogue(const QString &sceneId) const
{
    return QCoreApplication::translate("CreodiasProvider", "%1 is not in the CREODIAS catalogue").arg(sceneId);
}

void CreodiasProvider::shutdown()
{
    if (m_sessions)
        m_sessions->endAll();
}

} // namespace eoc::creodias

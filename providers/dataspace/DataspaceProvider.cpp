#include "providers/dataspace/DataspaceProvider.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/CopernicusCollections.h"
#include "core/odata/CopernicusSearch.h"
#include "core/odata/ODataSearchJob.h"
#include "core/settings/SettingsView.h"
#include "providers/dataspace/StacSearchJob.h"

#include <algorithm>
#include <QCoreApplication>

namespace eoc::dataspace {

using namespace eoc::odata;

namespace {

// Built on each call: the descriptions follow the language in use.
QList<SettingSpec> specs()
{
    return {
        {QStringLiteral("dataspace.odata_url"), QStringLiteral("https://catalogue.dataspace.copernicus.eu/odata/v1"),
         QCoreApplication::translate("DataspaceProvider", "OData catalogue (search)")},
        {QStringLiteral("dataspace.stac_url"), QStringLiteral("https://stac.dataspace.copernicus.eu/v1"),
         QCoreApplication::translate("DataspaceProvider", "STAC service (search with dataspace.strategy=stac)")},
        {QStringLiteral("dataspace.token_url"),
         QStringLiteral("https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"),
         QCoreApplication::translate("DataspaceProvider", "OpenID Connect token endpoint (login and refresh)")},
        {QStringLiteral("dataspace.logout_url"),
         QStringLiteral("https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/logout"),
         QCoreApplication::translate("DataspaceProvider", "OpenID Connect end-session endpoint (logout when the program quits)")},
        {QStringLiteral("dataspace.client_id"), QStringLiteral("cdse-public"), QCoreApplication::translate("DataspaceProvider", "OpenID Connect client id")},
        {QStringLiteral("dataspace.download_url"), QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1"),
         QCoreApplication::translate("DataspaceProvider", "Download service (Products(<Id>)/$value)")},
        {QStringLiteral("dataspace.strategy"), QStringLiteral("odata"), QCoreApplication::translate("DataspaceProvider", "Search API: odata or stac")},
        {QStringLiteral("dataspace.include_cog"), QStringLiteral("false"),
         QCoreApplication::translate("DataspaceProvider", "Sentinel-1 GRD searches also list the cloud-optimised twins (-COG types); the cog "
                        "filter overrides it per search")},
        {QStringLiteral("dataspace.page_size"), QStringLiteral("1000"), QCoreApplication::translate("DataspaceProvider", "Results per catalogue request (1..1000)")},
        {QStringLiteral("dataspace.search_connections"), QStringLiteral("4"),
         QCoreApplication::translate("DataspaceProvider", "Catalogue pages and time windows of one search fetched at once (1: one after the other)")},
        {QStringLiteral("dataspace.max_connections"), QStringLiteral("4"),
         QCoreApplication::translate("DataspaceProvider", "Simultaneous downloads per account (the service allows 4 for general users)")},
        // The service allows 100 sessions per user, browsers and other tools included; workers of
        // one queue keep to this many of them together (a killed worker's session counts until it
        // expires, an hour).
        {QStringLiteral("dataspace.max_sessions"), QStringLiteral("20"),
         QCoreApplication::translate("DataspaceProvider", "Login sessions per account that the workers of a shared queue hold together "
                                                          "(the service allows 100 per user)")},
        {QStringLiteral("dataspace.eodata_mount"), QString(),
         QCoreApplication::translate("DataspaceProvider", "Where the eodata store is mounted on this machine (/eodata on Data Space "
                                                          "virtual machines): products found there are copied instead of downloaded; "
                                                          "empty: always download")},
    };
}

} // namespace

DataspaceProvider::DataspaceProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
    // Registered at once, so items copied from the mount resume in any process that runs the queue.
    if (m_context.network && !eodataMount().isEmpty())
        m_context.network->allowLocalSource(eodataMount());
}

QString DataspaceProvider::eodataMount() const
{
    return setting(QStringLiteral("dataspace.eodata_mount")).trimmed();
}

DataspaceProvider::~DataspaceProvider() = default;

QList<CollectionInfo> DataspaceProvider::collections() const
{
    return copernicusCollectionInfos();
}

ProviderCapabilities DataspaceProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = true;
    caps.maxConnections = 4;
    caps.canOrderOffline = false;
    caps.registrationUrl = QStringLiteral("https://dataspace.copernicus.eu");
    caps.credentialKind = QStringLiteral("password");
    return caps;
}

QList<SettingSpec> DataspaceProvider::settingSpecs() const
{
    return specs();
}

QString DataspaceProvider::setting(const QString &key) const
{
    return settingValue(m_context.settings, key);
}

int DataspaceProvider::intSetting(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = setting(key).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}

SearchJob *DataspaceProvider::search(const SearchQuery &userQuery)
{
    if (auto valid = userQuery.validate(); !valid)
        return failedSearchJob(valid.error());
    auto collection = findCopernicusCollection(userQuery.collection);
    if (!collection)
        return failedSearchJob(collection.error());

    SearchQuery query = userQuery;
    if (!query.extra.contains(QStringLiteral("cog")))
        query.extra.insert(QStringLiteral("cog"), setting(QStringLiteral("dataspace.include_cog")));

    QString strategy = query.extra.value(QStringLiteral("strategy")).toString();
    if (strategy.isEmpty())
        strategy = setting(QStringLiteral("dataspace.strategy"));
    strategy = strategy.trimmed().toLower();

    if (strategy == QLatin1String("stac")) {
        auto first = stacSearchRequest(query, *collection, QUrl(setting(QStringLiteral("dataspace.stac_url"))),
                                       std::min(intSetting(QStringLiteral("dataspace.page_size"), 100), 1000));
        if (!first)
            return failedSearchJob(first.error());
        StacSearchPlan plan;
        plan.first = *first;
        plan.limit = query.limit;
        plan.provider = name();
        plan.collection = collection->name;
        return new StacSearchJob(m_context.network, plan);
    }
    if (strategy != QLatin1String("odata")) {
        return failedSearchJob(Error(ErrorClass::BadInput,
                                     QCoreApplication::translate("DataspaceProvider", "Unknown dataspace search strategy '%1' (odata or stac)").arg(strategy)));
    }

    auto plan = copernicusSearchPlan(query, *collection, catalogue());
    if (!plan)
        return failedSearchJob(plan.error());
    return new ODataSearchJob(m_context.network, *plan);
}

SearchJob *DataspaceProvider::lookup(const QString &collectionName, const QString &sceneId)
{
    if (sceneId.trimmed().isEmpty())
        return failedSearchJob(Error(ErrorClass::BadInput, QCoreApplication::translate("DataspaceProvider", "No scene id given")));
    return new ODataSearchJob(m_context.network, copernicusLookupPlan(collectionName, sceneId, catalogue()));
}

odata::CopernicusCatalogue DataspaceProvider::catalogue() const
{
    odata::CopernicusCatalogue c;
    c.provider = name();
    c.odataBase = QUrl(setting(QStringLiteral("dataspace.odata_url")));
    c.downloadBase = QUrl(setting(QStringLiteral("dataspace.download_url")));
    c.pageSize = intSetting(QStringLiteral("dataspace.page_size"), 1000);
    c.parallelPages = std::max(1, intSetting(QStringLiteral("dataspace.search_connections"), 4));
    c.serviceName = QCoreApplication::translate("DataspaceErrors", "The Copernicus Data Space search");
    return c;
}

PlanJob *DataspaceProvider::resolve(const SceneResult &scene)
{
    if (m_context.network && !eodataMount().isEmpty())
        m_context.network->allowLocalSource(eodataMount());
    return new ODataResolveJob(this, this, m_context, scene);
}

QUrl DataspaceProvider::productDownloadBase() const
{
    return QUrl(setting(QStringLiteral("dataspace.download_url")));
}

int DataspaceProvider::downloadConnections() const
{
    return intSetting(QStringLiteral("dataspace.max_connections"), 4);
}

QString DataspaceProvider::accountNeeded() const
{
    return QCoreApplication::translate("DataspaceProvider", "Downloading from the Copernicus Data Space needs an account: add one with "
                                                           "`eo-collector-cli account add dataspace --account NAME` (sign up at "
                                                           "https://dataspace.copernicus.eu)");
}

QString DataspaceProvider::notInCatalogue(const QString &sceneId) const
{
    return QCoreApplication::translate("DataspaceProvider", "%1 is not in the Copernicus Data Space catalogue").arg(sceneId);
}

QString DataspaceProvider::offlineExplanation(const QString &sceneId)
{
    // provider-endpoints-2026 §1.4 (verified in the CDSE docs): Deferred Available Data cannot be
    // ordered through OData, STAC or S3, only in the Data Workspace web application.
    return QCoreApplication::translate("DataspaceProvider", "%1 is in the Copernicus long-term archive (Online: false). The Data Space API "
                          "cannot order it: order it in the Data Workspace at "
                          "https://dataspace.copernicus.eu (1 order at a time for general users), then "
                          "download it again once it is online.")
        .arg(sceneId);
}

PlanJob *DataspaceProvider::order(const SceneResult &scene)
{
    return failedPlanJob(Error(ErrorClass::Offline, offlineExplanation(scene.sceneId)));
}

std::shared_ptr<OidcSession> DataspaceProvider::session(const QString &account)
{
    if (!m_sessions)
        m_sessions = std::make_unique<OidcSessionRegistry>(m_context.network, m_context.credentials);
    OidcConfig config;
    config.tokenUrl = QUrl(setting(QStringLiteral("dataspace.token_url")));
    config.logoutUrl = QUrl(setting(QStringLiteral("dataspace.logout_url")));
    config.clientId = setting(QStringLiteral("dataspace.client_id"));
    config.provider = name();
    config.account = account;
    config.limitKey = name();
    config.maxSessions = intSetting(QStringLiteral("dataspace.max_sessions"), 20);
    return m_sessions->session(config);
}

QStringList DataspaceProvider::trustedHosts() const
{
    QStringList hosts{QStringLiteral("download.dataspace.copernicus.eu"), QStringLiteral("zipper.dataspace.copernicus.eu")};
    const QString configured = QUrl(setting(QStringLiteral("dataspace.download_url"))).host();
    if (!configured.isEmpty() && !hosts.contains(configured, Qt::CaseInsensitive))
        hosts << configured;
    return hosts;
}

void DataspaceProvider::shutdown()
{
    if (m_sessions)
        m_sessions->endAll();
}

} // namespace eoc::dataspace

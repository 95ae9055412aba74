#include "providers/onda/OndaProvider.h"

#include "core/odata/ODataSearchJob.h"
#include "core/settings/SettingsView.h"
#include "providers/onda/OndaCatalogue.h"
#include "providers/onda/OndaJobs.h"

#include <QCoreApplication>

namespace eoc::onda {

Error serviceEndedError()
{
    return Error(ErrorClass::Permanent,
                 QCoreApplication::translate("OndaProvider",
                                             "ONDA DIAS closed in February 2025 and no longer answers. The same "
                                             "Sentinel products are served by the 'dataspace' provider (Copernicus "
                                             "Data Space Ecosystem) and by CREODIAS ('creodias')."));
}

OndaProvider::OndaProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
}

OndaProvider::~OndaProvider() = default;

QString OndaProvider::title() const
{
    if (catalogueUrl().isValid())
        return QCoreApplication::translate("OndaProvider", "ONDA-compatible catalogue");
    return QCoreApplication::translate("OndaProvider", "ONDA DIAS (closed)");
}

QString OndaProvider::unavailableReason() const
{
    if (catalogueUrl().isValid())
        return {};
    return QCoreApplication::translate("OndaProvider", "%1 An ONDA-compatible catalogue can still be searched: set onda.url in "
                                                       "Settings.")
        .arg(serviceEndedError().message);
}

QList<SettingSpec> OndaProvider::settingSpecs() const
{
    return {
        {QStringLiteral("onda.url"), QString(),
         QCoreApplication::translate("OndaProvider", "An ONDA-compatible OData catalogue (ONDA DIAS itself closed in February 2025; "
                                                     "empty: the provider says so and sends nothing)")},
        {QStringLiteral("onda.page_size"), QStringLiteral("100"),
         QCoreApplication::translate("OndaProvider", "Results per catalogue request")},
    };
}

QUrl OndaProvider::catalogueUrl() const
{
    const QString url = settingValue(m_context.settings, QStringLiteral("onda.url")).trimmed();
    if (url.isEmpty())
        return {};
    return QUrl(url, QUrl::StrictMode);
}

std::shared_ptr<AuthSession> OndaProvider::session()
{
    if (!m_session)
        m_session = std::make_shared<BasicAuthSession>(m_context.credentials, name(), m_context.account);
    return m_session;
}

QList<CollectionInfo> OndaProvider::collections() const
{
    // The names BDC-Collectors used with ONDA, so that they are recognised and answered with the
    // closure message rather than "unknown collection".
    return {
        CollectionInfo{QStringLiteral("S2MSI1C"), QStringLiteral("Sentinel-2 Level-1C"),
                       {QStringLiteral("SENTINEL-2")}, {}, QStringLiteral("sentinel-2")},
        CollectionInfo{QStringLiteral("S2MSI2A"), QStringLiteral("Sentinel-2 Level-2A"), {}, {},
                       QStringLiteral("sentinel-2")},
        CollectionInfo{QStringLiteral("GRD"), QStringLiteral("Sentinel-1 Ground Range Detected"),
                       {QStringLiteral("SENTINEL-1")}, {}, QStringLiteral("sentinel-1")},
    };
}

ProviderCapabilities OndaProvider::capabilities() const
{
    ProviderCapabilities caps;
    const bool open = catalogueUrl().isValid();
    caps.canSearch = open;
    caps.canDownload = open;
    caps.canOrderOffline = open;
    caps.needsCredentials = open;
    caps.maxConnections = 2;
    return caps;
}

SearchJob *OndaProvider::search(const SearchQuery &query)
{
    const QUrl base = catalogueUrl();
    if (!base.isValid())
        return failedSearchJob(serviceEndedError());
    if (auto valid = query.validate(); !valid)
        return failedSearchJob(valid.error());
    // ONDA's product types are the BDC-Collectors collection names (S2MSI1C, GRD...); the
    // collections SENTINEL-1/2 search every type of the mission.
    QString productType = query.productType.isEmpty() ? query.collection.trimmed().toUpper() : query.productType;
    if (productType.startsWith(QLatin1String("SENTINEL-")))
        productType.clear();
    odata::ODataSearchPlan plan;
    plan.odataBase = base;
    plan.window = odata::queryWindow(query);
    bool ok = false;
    const int pageSize = settingValue(m_context.settings, QStringLiteral("onda.page_size")).toInt(&ok);
    plan.pageSize = ok && pageSize > 0 ? std::min(pageSize, 1000) : 100;
    plan.skipCap = 0;
    plan.limit = query.limit;
    plan.parse.provider = name();
    plan.parse.collection = query.collection;
    plan.parse.downloadBase = base;
    plan.limitKey = name();
    plan.serviceName = QCoreApplication::translate("OndaProvider", "The ONDA catalogue search");
    plan.dialect = ondaDialect(base, query, productType);
    return new odata::ODataSearchJob(m_context.network, plan);
}

SearchJob *OndaProvider::lookup(const QString &collection, const QString &sceneId)
{
    if (!catalogueUrl().isValid())
        return failedSearchJob(serviceEndedError());
    SearchQuery query;
    query.collection = collection;
    query.limit = 1;
    // ONDA's $search takes the product's name as a term; what it answers is checked by name too.
    const QString wanted = odata::sceneIdFromName(sceneId.trimmed());
    query.extra.insert(QStringLiteral("name"), wanted);
    SearchJob *job = search(query);
    if (auto *odataJob = qobject_cast<odata::ODataSearchJob *>(job))
        odataJob->keepOnly([wanted](const SceneResult &r) { return r.sceneId == wanted; });
    return job;
}

PlanJob *OndaProvider::resolve(const SceneResult &scene)
{
    if (!catalogueUrl().isValid())
        return failedPlanJob(serviceEndedError());
    return new OndaResolveJob(this, scene);
}

PlanJob *OndaProvider::order(const SceneResult &scene)
{
    if (!catalogueUrl().isValid())
        return failedPlanJob(serviceEndedError());
    return new OndaOrderJob(this, scene);
}

} // namespace eoc::onda

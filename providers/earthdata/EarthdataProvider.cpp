#include "providers/earthdata/EarthdataProvider.h"

#include "core/provider/DateSplitSearchJob.h"

#include <QCoreApplication>

#include "providers/earthdata/CmrCollectionsJob.h"
#include "providers/earthdata/CmrQuery.h"
#include "providers/earthdata/CmrSearchJob.h"
#include "providers/earthdata/EarthdataBearerSession.h"
#include "providers/earthdata/EarthdataCollections.h"
#include "providers/earthdata/EarthdataPlanJob.h"

#include "core/settings/SettingsView.h"

namespace eoc::earthdata {
namespace {

const QString kCmrUrl = QStringLiteral("earthdata.cmr_url");
const QString kUrsUrl = QStringLiteral("earthdata.urs_url");
const QString kPageSize = QStringLiteral("earthdata.page_size");
const QString kSearchConnections = QStringLiteral("earthdata.search_connections");
const QString kCmrProvider = QStringLiteral("earthdata.provider");

// earthdata.provider: empty keeps the collection's own preference (LPCLOUD for the table's LP DAAC
// collections), "all" searches every CMR provider, anything else names the one to search.
void applyProviderSetting(CmrCollectionRef &ref, const QString &setting)
{
    const QString value = setting.trimmed();
    if (value.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        ref.cmrProvider.clear();
    else if (!value.isEmpty())
        ref.cmrProvider = value.toUpper();
}

} // namespace

EarthdataProvider::EarthdataProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
}

QList<CollectionInfo> EarthdataProvider::collections() const
{
    return earthdataCollections() + m_found;
}

QList<FilterField> EarthdataProvider::filterFields(const QString &collection) const
{
    const auto info = findCollection(collection);
    if (info && (info->family == QLatin1String("modis") || info->family == QLatin1String("viirs")))
        return griddedFilterFields();
    return {};
}

CollectionsJob *EarthdataProvider::refreshCollections(const QVariantMap &filters)
{
    auto *job = new CmrCollectionsJob(m_context.network, cmrUrl(QStringLiteral("collections.umm_json")), filters, 100);
    connect(job, &CollectionsJob::finished, this, [this](const QList<CollectionInfo> &found) {
        for (const auto &info : found) {
            const bool known = std::any_of(m_found.cbegin(), m_found.cend(),
                                           [&](const CollectionInfo &c) { return c.name == info.name; });
            if (!known)
                m_found.append(info);
        }
    });
    return job;
}

ProviderCapabilities EarthdataProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = true;     // for downloads; CMR search is anonymous
    caps.credentialKind = QStringLiteral("token");
    caps.maxConnections = 4;
    caps.registrationUrl = QStringLiteral("https://urs.earthdata.nasa.gov/users/new");
    // Any CMR collection can be searched by short name or concept id, not just the table's.
    caps.openCollections = true;
    caps.canRefreshCollections = true;   // CMR's collection search, e.g. by keyword
    caps.refreshNeedsKeyword = true;
    return caps;
}

QList<SettingSpec> EarthdataProvider::settingSpecs() const
{
    return {
        {kCmrUrl, QStringLiteral("https://cmr.earthdata.nasa.gov/search"), QCoreApplication::translate("EarthdataProvider", "NASA CMR search API base URL")},
        {kUrsUrl, QStringLiteral("https://urs.earthdata.nasa.gov"),
         QCoreApplication::translate("EarthdataProvider", "Earthdata Login host: the only host that receives the user name and password")},
        {kPageSize, QStringLiteral("2000"), QCoreApplication::translate("EarthdataProvider", "Granules per CMR request (at most 2000)")},
        {kSearchConnections, QStringLiteral("4"),
         QCoreApplication::translate("EarthdataProvider", "A search of several days without a limit is cut into this many date ranges searched "
                                                          "at once (1: one search, one page after the other)")},
        {kCmrProvider, QString(),
         QCoreApplication::translate("EarthdataProvider", "CMR provider whose granules are searched: empty chooses per collection (LPCLOUD, "
                        "LP DAAC's Earthdata Cloud, for the listed LP DAAC collections), 'all' searches every "
                        "provider, or a provider id such as LPCLOUD or POCLOUD")},
    };
}

QString EarthdataProvider::setting(const QString &key) const
{
    return settingValue(m_context.settings, key);
}

QUrl EarthdataProvider::cmrUrl(const QString &resource) const
{
    QUrl url(setting(kCmrUrl));
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + resource);
    return url;
}

QUrl EarthdataProvider::granulesUrl() const
{
    return cmrUrl(QStringLiteral("granules.umm_json"));
}

SearchJob *EarthdataProvider::search(const SearchQuery &query)
{
    if (const Status valid = query.validate(); !valid)
        return failedSearchJob(valid.error());
    auto collection = parseCollectionName(query.collection);
    if (!collection)
        return failedSearchJob(collection.error());
    applyProviderSetting(collection.value(), setting(kCmrProvider));
    const int pageSize = setting(kPageSize).toInt();
    if (const auto params = cmrGranuleQuery(query, *collection, pageSize > 0 ? pageSize : 2000); !params)
        return failedSearchJob(params.error());
    bool ok = false;
    const int parallel = setting(kSearchConnections).toInt(&ok);
    const CmrCollectionRef ref = *collection;
    return DateSplitSearchJob::create(query, ok ? parallel : 4, [this, ref, pageSize](const SearchQuery &part) -> SearchJob * {
        const auto params = cmrGranuleQuery(part, ref, pageSize > 0 ? pageSize : 2000);
        if (!params)
            return failedSearchJob(params.error());
        auto *job = new CmrSearchJob(m_context.network, granulesUrl(), *params, ref.displayName(), part.limit);
        if (!ref.wholeName.isEmpty())
            job->resolveShortNameFirst(cmrUrl(QStringLiteral("collections.json")), ref.wholeName);
        return job;
    });
}

SearchJob *EarthdataProvider::lookup(const QString &collection, const QString &sceneId)
{
    // MOD13Q1.A2024161.h29v09.061.2024181211247: the short name and version are in the id.
    QString name = collection;
    const QStringList parts = sceneId.split(QLatin1Char('.'));
    // HLS.S30.T23KPQ.2024161T131251.v2.0: the product is HLSS30, version 2.0.
    if (name.isEmpty() && parts.size() >= 6 && parts.at(0) == QLatin1String("HLS"))
        name = parts.at(0) + parts.at(1) + QLatin1Char('.') + parts.at(4).mid(1) + QLatin1Char('.') + parts.at(5);
    else if (name.isEmpty() && parts.size() >= 4)
        name = parts.at(0) + QLatin1Char('.') + parts.at(3);
    auto ref = parseCollectionName(name);
    if (!ref)
        return failedSearchJob(ref.error());
    applyProviderSetting(ref.value(), setting(kCmrProvider));
    QUrlQuery params;
    if (!ref->conceptId.isEmpty()) {
        params.addQueryItem(QStringLiteral("collection_concept_id"), ref->conceptId);
    } else {
        params.addQueryItem(QStringLiteral("short_name"), ref->shortName);
        if (!ref->version.isEmpty())
            params.addQueryItem(QStringLiteral("version"), ref->version);
        if (!ref->cmrProvider.isEmpty())
            params.addQueryItem(QStringLiteral("provider"), ref->cmrProvider);
    }
    params.addQueryItem(QStringLiteral("readable_granule_name"), sceneId + QStringLiteral("*"));
    params.addQueryItem(QStringLiteral("options[readable_granule_name][pattern]"), QStringLiteral("true"));
    params.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
    return new CmrSearchJob(m_context.network, granulesUrl(), params, ref->displayName(), 1);
}

PlanJob *EarthdataProvider::resolve(const SceneResult &scene)
{
    auto sessions = [this](const QByteArray &token) -> std::shared_ptr<AuthSession> {
        if (!m_bearer || m_bearerToken != token) {
            m_bearer = std::make_shared<EarthdataBearerSession>(token);
            m_bearerToken = token;
        }
        return m_bearer;
    };
    return new EarthdataPlanJob(m_context, scene, QUrl(setting(kUrsUrl)), sessions);
}

} // namespace eoc::earthdata

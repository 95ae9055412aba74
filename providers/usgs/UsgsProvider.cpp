#include "providers/usgs/UsgsProvider.h"

#include "providers/usgs/M2mSession.h"
#include "providers/usgs/UsgsCollectionsJob.h"
#include "providers/usgs/UsgsDatasets.h"
#include "providers/usgs/UsgsPlanJob.h"

#include "core/settings/SettingsView.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace eoc::usgs {
namespace {

const QString kApiUrl = QStringLiteral("usgs.api_url");
const QString kPageSize = QStringLiteral("usgs.page_size");
const QString kKeyLifetime = QStringLiteral("usgs.key_lifetime_seconds");
const QString kRetrieveAttempts = QStringLiteral("usgs.retrieve_attempts");
const QString kRetrieveInterval = QStringLiteral("usgs.retrieve_interval_ms");

int intSetting(const QString &text, int fallback)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

UsgsProvider::UsgsProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
}

UsgsProvider::~UsgsProvider() = default;

QList<CollectionInfo> UsgsProvider::collections() const
{
    return mergeDatasets(landsatDatasets(), m_listedDatasets);
}

QList<FilterField> UsgsProvider::filterFields(const QString &collection) const
{
    // Datasets listed from the service may lack WRS-2 fields: only the known Landsat ones get them.
    const auto info = findCollection(collection);
    if (!info || !info->filters.contains(QStringLiteral("path")))
        return {};
    return landsatFilterFields();
}

CollectionsJob *UsgsProvider::refreshCollections(const QVariantMap &filters)
{
    return new UsgsCollectionsJob(api(), filters, [provider = QPointer<UsgsProvider>(this)](const QList<CollectionInfo> &listed) {
        if (!provider)
            return listed;
        provider->m_listedDatasets = listed;
        return provider->collections();
    });
}

ProviderCapabilities UsgsProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = true;            // M2M needs a login for searching too
    caps.credentialKind = QStringLiteral("token");
    caps.maxConnections = kMaxConnections;
    caps.registrationUrl = QStringLiteral("https://ers.cr.usgs.gov/register");
    caps.canRefreshCollections = true;       // dataset-search
    return caps;
}

QList<SettingSpec> UsgsProvider::settingSpecs() const
{
    return {
        {kApiUrl, QStringLiteral("https://m2m.cr.usgs.gov/api/api/json/stable/"),
         QCoreApplication::translate("UsgsProvider", "USGS M2M JSON API base URL")},
        {kPageSize, QStringLiteral("1000"), QCoreApplication::translate("UsgsProvider", "Scenes per scene-search request (M2M caps a search at 50000)")},
        {kKeyLifetime, QStringLiteral("7200"),
         QCoreApplication::translate("UsgsProvider", "Seconds an M2M API key lasts; it is renewed ahead of expiry")},
        {kRetrieveAttempts, QStringLiteral("3"),
         QCoreApplication::translate("UsgsProvider", "download-retrieve polls before a download is left in the ordered state")},
        {kRetrieveInterval, QStringLiteral("15000"), QCoreApplication::translate("UsgsProvider", "Milliseconds between download-retrieve polls")},
    };
}

QString UsgsProvider::setting(const QString &key) const
{
    return settingValue(m_context.settings, key);
}

M2mApi UsgsProvider::api()
{
    const QUrl apiUrl(setting(kApiUrl));
    if (!m_session) {
        m_session = std::make_shared<M2mSession>(m_context.network, m_context.credentials, m_context.account,
                                                 apiUrl, intSetting(setting(kKeyLifetime), 7200));
    }
    return M2mApi(m_context.network, apiUrl, m_session);
}

Result<QString> UsgsProvider::datasetFor(const QString &collection) const
{
    if (collection.trimmed().isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("UsgsProvider", "Choose a USGS dataset, e.g. landsat_ot_c2_l2 (see `providers`)"));
    }
    if (const auto info = findCollection(collection))
        return info->name;
    // Any other M2M dataset name is passed on as it is; M2M answers DATASET_INVALID if unknown.
    return collection.trimmed().toLower();
}

SearchJob *UsgsProvider::search(const SearchQuery &query)
{
    const auto dataset = datasetFor(query.collection);
    if (!dataset)
        return failedSearchJob(dataset.error());
    return new UsgsSearchJob(api(), m_filterCache, intSetting(setting(kPageSize), 1000), query, *dataset);
}

SearchJob *UsgsProvider::lookup(const QString &collection, const QString &sceneId)
{
    const QString id = sceneId.trimmed();
    const QString guessed = datasetForSceneId(id);
    const auto dataset = collection.isEmpty() && !guessed.isEmpty() ? Result<QString>(guessed) : datasetFor(collection);
    if (!dataset)
        return failedSearchJob(dataset.error());
    SearchQuery query;
    query.collection = *dataset;
    query.limit = 1;
    return new UsgsSearchJob(api(), m_filterCache, 10, query, *dataset, id);
}

PlanJob *UsgsProvider::resolve(const SceneResult &scene)
{
    QString dataset = scene.collection;
    if (dataset.isEmpty())
        dataset = datasetForSceneId(scene.sceneId);
    const auto name = datasetFor(dataset);
    if (!name)
        return failedPlanJob(name.error());
    UsgsPlanJob::Polling polling;
    polling.attempts = intSetting(setting(kRetrieveAttempts), 3);
    polling.intervalMs = intSetting(setting(kRetrieveInterval), 15000);
    return new UsgsPlanJob(api(), scene, *name, polling, kMaxConnections);
}

void UsgsProvider::shutdown()
{
    // USGS asks clients to log out; a key left open also counts against the account.
    if (m_session)
        m_session->end();
}

} // namespace eoc::usgs

#include "providers/google/GoogleProvider.h"

#include "core/settings/SettingsView.h"
#include "providers/google/GoogleJobs.h"
#include "providers/google/GoogleListings.h"

#include <QCoreApplication>

namespace eoc::google {

namespace {

const QString kUrlKey = QStringLiteral("google.url");
const QString kZipSafeKey = QStringLiteral("google.zip_safe");

std::optional<GoogleCollection> collectionOrError(const QString &name, Error *error)
{
    auto collection = findGoogleCollection(name);
    if (!collection) {
        QStringList names;
        for (const GoogleCollection &c : googleCollections())
            names << c.info.name;
        *error = Error(ErrorClass::BadInput, QCoreApplication::translate("GoogleProvider", "Google's buckets have no collection '%1'; "
                                                                                           "known: %2")
                                                 .arg(name, names.join(QStringLiteral(", "))));
    }
    return collection;
}

} // namespace

GoogleProvider::GoogleProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
}

QString GoogleProvider::title() const
{
    return QCoreApplication::translate("GoogleProvider", "Google Cloud public data (Sentinel-2; Landsat Collection 1 archive)");
}

QList<CollectionInfo> GoogleProvider::collections() const
{
    QList<CollectionInfo> list;
    for (const GoogleCollection &c : googleCollections())
        list << c.info;
    return list;
}

ProviderCapabilities GoogleProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = false;
    // Public buckets serve many parallel reads; a SAFE folder is a hundred small files.
    caps.maxConnections = 6;
    return caps;
}

QList<SettingSpec> GoogleProvider::settingSpecs() const
{
    return {
        {kUrlKey, QStringLiteral("https://storage.googleapis.com"),
         QCoreApplication::translate("GoogleProvider", "Google Cloud Storage: its JSON listing API and the public objects")},
        {kZipSafeKey, QStringLiteral("false"),
         QCoreApplication::translate("GoogleProvider", "Pack each downloaded Sentinel-2 SAFE folder into <name>.SAFE.zip, as "
                                                       "BDC-Collectors stored them (true/false)")},
    };
}

QUrl GoogleProvider::serviceUrl() const
{
    return QUrl(settingValue(m_context.settings, kUrlKey).trimmed(), QUrl::StrictMode);
}

bool GoogleProvider::zipSafe() const
{
    const QString v = settingValue(m_context.settings, kZipSafeKey).trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("on");
}

gcs::GcsListJob::Options GoogleProvider::listOptions() const
{
    gcs::GcsListJob::Options options;
    options.base = serviceUrl();
    options.limitKey = name();
    return options;
}

SearchJob *GoogleProvider::search(const SearchQuery &query)
{
    if (auto valid = query.validate(); !valid)
        return failedSearchJob(valid.error());
    Error error;
    const auto collection = collectionOrError(query.collection, &error);
    if (!collection)
        return failedSearchJob(error);
    auto listings = listingsFor(*collection, query);
    if (!listings)
        return failedSearchJob(listings.error());
    auto *job = new GoogleSearchJob(this, *collection, query, *listings);
    if (query.cloudMax) {
        // Said once the job runs, so the caller has connected to warning().
        QMetaObject::invokeMethod(
            job,
            [job] {
                Q_EMIT job->warning(QCoreApplication::translate("GoogleProvider", "Google's bucket listings carry no cloud cover: the "
                                                                                  "cloud filter was not applied"));
            },
            Qt::QueuedConnection);
    }
    return job;
}

SearchJob *GoogleProvider::lookup(const QString &collectionName, const QString &sceneId)
{
    Error error;
    const auto collection = collectionOrError(collectionName, &error);
    if (!collection)
        return failedSearchJob(error);
    auto listing = listingForScene(*collection, sceneId);
    if (!listing)
        return failedSearchJob(listing.error());
    SearchQuery query;
    query.provider = name();
    query.collection = collection->info.name;
    query.limit = 1;
    return new GoogleSearchJob(this, *collection, query, {*listing});
}

PlanJob *GoogleProvider::resolve(const SceneResult &scene)
{
    Error error;
    const auto collection = collectionOrError(scene.collection, &error);
    if (!collection)
        return failedPlanJob(error);
    return new GooglePlanJob(this, *collection, scene);
}

} // namespace eoc::google

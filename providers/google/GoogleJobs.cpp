#include "providers/google/GoogleJobs.h"

#include "providers/google/GoogleListings.h"
#include "providers/google/GoogleProvider.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc::google {

namespace {

PageGuard::Options guardOptions(const SearchQuery &query)
{
    PageGuard::Options options;
    options.limit = query.limit.value_or(0);
    // A tile folder without products in the dates is normal, not a sign of a looping service.
    options.maxStalePages = std::numeric_limits<int>::max();
    return options;
}

Error providerGone()
{
    return Error(ErrorClass::Permanent, QCoreApplication::translate("GoogleProvider", "The provider is gone"));
}

} // namespace

GoogleSearchJob::GoogleSearchJob(GoogleProvider *provider, GoogleCollection collection, SearchQuery query,
                                 QList<gcs::GcsListRequest> listings)
    : m_provider(provider)
    , m_collection(std::move(collection))
    , m_query(std::move(query))
    , m_listings(std::move(listings))
    , m_guard(guardOptions(m_query))
{
}

GoogleSearchJob::~GoogleSearchJob()
{
    markDone();
    delete m_listing;
}

void GoogleSearchJob::start()
{
    if (!m_provider) {
        QTimer::singleShot(0, this, [this] { emitFailedOnce(providerGone()); });
        return;
    }
    m_listing = new gcs::GcsListJob(m_provider->network(), m_provider->listOptions(), m_listings);
    m_listing->setParent(this);
    connect(m_listing, &gcs::GcsListJob::pageReady, this, [this](int, const gcs::GcsListPage &page) { onPage(page); });
    connect(m_listing, &gcs::GcsListJob::warning, this, &SearchJob::warning);
    connect(m_listing, &gcs::GcsListJob::failed, this, [this](const Error &error) { emitFailedOnce(error); });
    connect(m_listing, &gcs::GcsListJob::finished, this, [this] { emitFinishedOnce(); });
    m_listing->start();
}

void GoogleSearchJob::cancel()
{
    if (m_listing)
        m_listing->cancel();
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("GoogleProvider", "Cancelled")));
}

void GoogleSearchJob::onPage(const gcs::GcsListPage &page)
{
    if (isDone() || !m_provider)
        return;
    QList<SceneResult> results;
    for (const QString &folder : page.prefixes) {
        if (auto scene = sceneFromFolder(m_collection, folder, m_query, m_provider->serviceUrl()))
            results << *scene;
    }
    results = m_guard.accept(results);
    if (!results.isEmpty()) {
        Q_EMIT pageReady(results);
        // How many there will be is not known before every folder is listed.
        Q_EMIT progress(m_guard.delivered(), -1);
    }
    if (m_guard.limitReached() && m_listing) {
        // Enough: the folders not listed yet are not asked for.
        m_listing->disconnect(this);
        m_listing->cancel();
        emitFinishedOnce();
    }
}

GooglePlanJob::GooglePlanJob(GoogleProvider *provider, GoogleCollection collection, SceneResult scene)
    : m_provider(provider)
    , m_collection(std::move(collection))
    , m_scene(std::move(scene))
{
}

GooglePlanJob::~GooglePlanJob()
{
    markDone();
    delete m_listing;
}

void GooglePlanJob::start()
{
    if (!m_provider) {
        QTimer::singleShot(0, this, [this] { finish(providerGone()); });
        return;
    }
    QString folder = m_scene.remoteId;
    if (folder.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish(Error(ErrorClass::BadInput, QCoreApplication::translate("GoogleProvider", "%1 has no folder in Google's bucket: search "
                                                                                              "for it first")
                                                   .arg(m_scene.sceneId)));
        });
        return;
    }
    gcs::GcsListRequest listing;
    listing.bucket = m_collection.bucket;
    listing.prefix = folder;
    m_listing = new gcs::GcsListJob(m_provider->network(), m_provider->listOptions(), {listing});
    m_listing->setParent(this);
    // Paths are kept from the folder's parent down: "<name>.SAFE/GRANULE/..." for Sentinel-2, the
    // product's own files for Landsat (its folder is the scene's folder already).
    const QString keepFrom = m_collection.layout == BucketLayout::Sentinel2Tiles
                                 ? folder.left(folder.lastIndexOf(QLatin1Char('/'), folder.size() - 2) + 1)
                                 : folder;
    connect(m_listing, &gcs::GcsListJob::pageReady, this, [this, keepFrom](int, const gcs::GcsListPage &page) {
        for (const gcs::GcsObject &object : page.objects) {
            if (gcs::isFolderPlaceholder(object.name) || !object.name.startsWith(keepFrom))
                continue;
            DownloadFile file;
            file.url = gcs::objectUrl(m_provider->serviceUrl(), m_collection.bucket, object.name);
            file.relativePath = object.name.mid(keepFrom.size());
            file.size = object.size;
            file.checksums = object.checksums;
            m_files << file;
        }
    });
    connect(m_listing, &gcs::GcsListJob::failed, this, [this](const Error &error) { finish(error); });
    connect(m_listing, &gcs::GcsListJob::finished, this, [this] {
        if (!m_provider) {
            finish(providerGone());
            return;
        }
        if (m_files.isEmpty()) {
            finish(Error(ErrorClass::NotFound, QCoreApplication::translate("GoogleProvider", "%1 has no files in gs://%2/%3")
                                                   .arg(m_scene.sceneId, m_collection.bucket, m_scene.remoteId)));
            return;
        }
        DownloadPlan plan;
        plan.files = m_files;
        plan.limitKey = m_provider->name();
        plan.maxConnections = m_provider->capabilities().maxConnections;
        if (m_collection.layout == BucketLayout::Sentinel2Tiles && m_provider->zipSafe())
            plan.packFolder = m_scene.sceneId + QStringLiteral(".SAFE");
        finish(plan);
    });
    m_listing->start();
}

void GooglePlanJob::cancel()
{
    if (m_listing)
        m_listing->cancel();
    finish(Error(ErrorClass::Cancelled, QCoreApplication::translate("GoogleProvider", "Cancelled")));
}

void GooglePlanJob::finish(const Result<DownloadPlan> &plan)
{
    if (plan)
        emitFinishedOnce(*plan);
    else
        emitFailedOnce(plan.error());
}

} // namespace eoc::google

#pragma once

#include "core/gcs/GcsListJob.h"
#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"
#include "providers/google/GoogleCollections.h"

#include <QPointer>

namespace eoc::google {

class GoogleProvider;

// A search (or a lookup by name): the listings of the folders that may hold the products, their
// sub-folders turned into results as the pages arrive.
class GoogleSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    GoogleSearchJob(GoogleProvider *provider, GoogleCollection collection, SearchQuery query, QList<gcs::GcsListRequest> listings);
    ~GoogleSearchJob() override;
    void start() override;
    void cancel() override;

private:
    void onPage(const gcs::GcsListPage &page);

    QPointer<GoogleProvider> m_provider;
    GoogleCollection m_collection;
    SearchQuery m_query;
    QList<gcs::GcsListRequest> m_listings;
    PageGuard m_guard;
    QPointer<gcs::GcsListJob> m_listing;
};

// The download plan of one product: every object of its folder, each with the listing's checksums,
// keeping the folder's layout (a SAFE stays a SAFE).
class GooglePlanJob final : public PlanJob
{
    Q_OBJECT
public:
    GooglePlanJob(GoogleProvider *provider, GoogleCollection collection, SceneResult scene);
    ~GooglePlanJob() override;
    void start() override;
    void cancel() override;

private:
    void finish(const Result<DownloadPlan> &plan);

    QPointer<GoogleProvider> m_provider;
    GoogleCollection m_collection;
    SceneResult m_scene;
    QList<DownloadFile> m_files;
    QPointer<gcs::GcsListJob> m_listing;
};

} // namespace eoc::google

#pragma once

#include "core/provider/Provider.h"
#include "core/stac/StacPager.h"
#include "core/stac/StacCatalog.h"
#include "core/stac/StacSearchRequest.h"
#include "core/stac/StacServer.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>

namespace eoc {
class HttpJob;
}

namespace eoc::stac {

class StacProvider;

// A search: landing page (cached), collection check (cached), then the pages (core/stac's
// StacPager: next links, PageGuard's paging rules) until they run out or the limit is reached.
class StacSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    StacSearchJob(StacProvider *provider, SearchQuery query);
    void start() override;
    void cancel() override;

private:
    void searchWith(const StacServer &server);
    void fail(const Error &error);

    QPointer<StacProvider> m_provider;
    SearchQuery m_query;
    StacEndpoint m_endpoint;
    QPointer<StacPager> m_pager;
};

// The collections of the current catalogue, read again from the server; `keyword` (optional)
// keeps those whose id or title contains it.
class StacCollectionsJob final : public CollectionsJob
{
    Q_OBJECT
public:
    StacCollectionsJob(StacProvider *provider, QVariantMap filters);
    void start() override;
    void cancel() override;

private:
    QPointer<StacProvider> m_provider;
    QVariantMap m_filters;
};

// One item by collection and id (GET /collections/{c}/items/{id}, else a search by ids).
class StacLookupJob final : public SearchJob
{
    Q_OBJECT
public:
    StacLookupJob(StacProvider *provider, QString collection, QString sceneId);
    void start() override;
    void cancel() override;

private:
    void searchByIds(const StacServer &server);
    void deliver(const QJsonObject &item);
    void fail(const Error &error);

    QPointer<StacProvider> m_provider;
    QString m_collection;
    QString m_sceneId;
    QPointer<HttpJob> m_http;
    bool m_done = false;
};

// Turns an item's chosen assets (chooseDownloadAssets, core/provider/AssetSelection.h) into
// download files. Public s3:// hrefs become https; Planetary Computer blob hrefs get a SAS token
// per storage account and container (GET <stac.pc_sas_url>/<account>/<container>, cached until msft:expiry); accounts in
// stac.pc_public_accounts are public and need none.
class StacPlanJob final : public PlanJob
{
    Q_OBJECT
public:
    StacPlanJob(StacProvider *provider, SceneResult scene);
    void start() override;
    void cancel() override;

private:
    // The Brazil Data Cube's optional access token (a bdc account), for its own hosts only.
    void addBdcToken(DownloadPlan plan);
    void signAndFinish(DownloadPlan plan);
    void signNext();
    void applySas(const QString &containerKey, const QString &token);
    void fail(const Error &error);

    QPointer<StacProvider> m_provider;
    SceneResult m_scene;
    DownloadPlan m_plan;
    QStringList m_pendingContainers;   // "<account>/<container>" still to sign
    QPointer<HttpJob> m_http;
    bool m_ending = false;             // the terminal signal is on its way
};

} // namespace eoc::stac

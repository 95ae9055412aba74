#include "providers/dataspace/StacSearchJob.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/ODataErrors.h"
#include "core/stac/StacCatalog.h"
#include "core/stac/StacSearchRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace eoc::dataspace {

using namespace eoc::odata;

stac::StacServer dataspaceStacServer(const QUrl &stacBase)
{
    QString base = stacBase.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    stac::StacServer server;
    server.root = QUrl(base);
    server.searchUrl = QUrl(base + QStringLiteral("/search"));
    server.collectionsUrl = QUrl(base + QStringLiteral("/collections"));
    server.queryablesUrl = QUrl(base + QStringLiteral("/queryables"));
    server.itemSearch = true;
    server.postSearch = true;
    server.filter = true;
    server.cql2Json = true;
    server.cql2Text = true;
    server.spatialFilter = true;
    server.query = true;
    server.sort = true;
    server.fields = true;
    return server;
}

Result<stac::SearchRequest> stacSearchRequest(const SearchQuery &query, const CopernicusCollection &collection,
                                              const QUrl &stacBase, int pageSize)
{
    const QString productType = query.productType.isEmpty() ? collection.productType : query.productType;
    QString stacCollection = stacCollectionFor(collection, productType);
    // A mission without a product type (SENTINEL-2) is every STAC collection of it.
    QStringList stacCollections;
    if (stacCollection.isEmpty() && productType.isEmpty()) {
        for (const auto &c : copernicusCollections()) {
            if (c.odataName == collection.odataName && !c.stacId.isEmpty() && !stacCollections.contains(c.stacId))
                stacCollections << c.stacId;
        }
        if (!stacCollections.isEmpty())
            stacCollection = stacCollections.first();
    }
    if (stacCollection.isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("DataspaceProvider", "The STAC service of the Copernicus Data Space has no collection for "
                                    "%1%2; use the OData strategy (--set dataspace.strategy=odata)")
                         .arg(query.collection, productType.isEmpty() ? QString() : QLatin1Char('/') + productType));
    }
    SearchQuery stacQuery = query;
    stacQuery.collection = stacCollection;
    stacQuery.extra.remove(QStringLiteral("strategy"));
    stacQuery.extra.remove(QStringLiteral("cog"));
    // The collection stands for its product type (sentinel-1-grd holds every GRD flavour); a full
    // type such as IW_GRDH_1S narrows it down with product:type.
    for (const auto &c : copernicusCollections()) {
        if (c.stacId == stacCollection && c.productType.compare(productType, Qt::CaseInsensitive) == 0)
            stacQuery.productType.clear();
    }
    auto request = stac::buildSearchRequest(stacQuery, dataspaceStacServer(stacBase),
                                            stac::presetByName(QStringLiteral("cdse")), pageSize);
    if (request && stacCollections.size() > 1)
        request->body[QStringLiteral("collections")] = QJsonArray::fromStringList(stacCollections);
    return request;
}

StacSearchJob::StacSearchJob(NetworkAccess *network, StacSearchPlan plan, QObject *parent)
    : SearchJob(parent)
    , m_network(network)
    , m_plan(std::move(plan))
{
}

void StacSearchJob::start()
{
    if (isDone())
        return;
    stac::StacPager::Options options;
    options.providerName = m_plan.provider;
    options.limitKey = m_plan.limitKey;
    options.limit = m_plan.limit;
    options.httpError = [provider = m_plan.provider](const HttpResponse &response, const stac::SearchRequest &) {
        return serviceError(response, QCoreApplication::translate("DataspaceErrors", "The Copernicus Data Space STAC search"),
                            provider);
    };
    const QString collection = m_plan.collection;
    options.adjust = [collection](SceneResult &scene) {
        scene.collection = collection;
        if (scene.sceneId.endsWith(QLatin1String(".SAFE")))
            scene.sceneId.chop(5);
        return true;
    };
    m_pager = new stac::StacPager(m_network, options, this);
    connect(m_pager, &stac::StacPager::pageReady, this, &SearchJob::pageReady);
    connect(m_pager, &stac::StacPager::progress, this, &SearchJob::progress);
    connect(m_pager, &stac::StacPager::warning, this, &SearchJob::warning);
    connect(m_pager, &stac::StacPager::finished, this, [this] { emitFinishedOnce(); });
    connect(m_pager, &stac::StacPager::failed, this, [this](const Error &error) { emitFailedOnce(error); });
    const stac::SearchRequest first = m_plan.first;
    QTimer::singleShot(0, this, [this, first] {
        if (!isDone() && m_pager)
            m_pager->start(first);
    });
}

void StacSearchJob::cancel()
{
    if (m_pager)
        m_pager->abort();
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("DataspaceProvider", "Search cancelled")));
}

} // namespace eoc::dataspace

#pragma once

#include "core/provider/Provider.h"
#include "core/stac/StacPager.h"
#include "core/odata/CopernicusCollections.h"

#include <QPointer>

namespace eoc {
class NetworkAccess;
} // namespace eoc

namespace eoc::dataspace {

struct StacSearchPlan {
    stac::SearchRequest first;        // the POST /search of the first page
    std::optional<int> limit;
    QString provider = QStringLiteral("dataspace");
    QString collection;               // the collection the user searched (results carry it)
    QString limitKey = QStringLiteral("dataspace");
};

// What CDSE's STAC service (stac.dataspace.copernicus.eu/v1) declares: item search by POST,
// CQL2 JSON filters with spatial operators, sorting. Its queryables include grid:code,
// product:type, platform, sat:relative_orbit and sat:orbit_state.
stac::StacServer dataspaceStacServer(const QUrl &stacBase);

// The first search request for a query: the STAC collection of `collection`, the region as
// `intersects` (a box as bbox), dates, and cloud cover, tile, product type, platform and orbit as a
// CQL2 filter. A product type the STAC collection already stands for (GRD for sentinel-1-grd) is
// not sent again.
Result<stac::SearchRequest> stacSearchRequest(const SearchQuery &query, const odata::CopernicusCollection &collection,
                                              const QUrl &stacBase, int pageSize);

// A search through CDSE's STAC service with core's STAC client (core/stac). Results keep the item
// id (a product name) as remoteId and the item's "Product" asset (the OData $value zip on the
// download service, with its size and checksum) as link, which the download uses.
class StacSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    StacSearchJob(NetworkAccess *network, StacSearchPlan plan, QObject *parent = nullptr);
    void start() override;
    void cancel() override;

private:
    QPointer<NetworkAccess> m_network;
    StacSearchPlan m_plan;
    QPointer<stac::StacPager> m_pager;
};

} // namespace eoc::dataspace

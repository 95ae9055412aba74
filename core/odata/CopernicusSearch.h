#pragma once

#include "core/model/Result.h"
#include "core/model/SearchQuery.h"
#include "core/odata/CopernicusCollections.h"
#include "core/odata/ODataSearchJob.h"

#include <QString>
#include <QUrl>

namespace eoc::odata {

// One Copernicus OData catalogue (the Data Space's, CREODIAS's: the same schema and collections)
// as a provider configures it.
struct CopernicusCatalogue {
    QString provider;                 // results are listed under it; its limits count the requests
    QUrl odataBase;                   // .../odata/v1 of the catalogue
    QUrl downloadBase;                // .../odata/v1 of the download service (Products(<Id>)/$value)
    int pageSize = 1000;              // $top, 1..1000
    int parallelPages = 1;            // catalogue pages fetched at once (<provider>.search_connections)
    QString serviceName;              // names the search in errors: "The CREODIAS search"
};

// The windowed Products search of `query` (dates, area, filters) in `collection`.
Result<ODataSearchPlan> copernicusSearchPlan(const SearchQuery &query, const CopernicusCollection &collection,
                                             const CopernicusCatalogue &catalogue);
// The lookup of one product by its name (with or without .SAFE/.SEN3).
ODataSearchPlan copernicusLookupPlan(const QString &collection, const QString &sceneId,
                                     const CopernicusCatalogue &catalogue);

} // namespace eoc::odata

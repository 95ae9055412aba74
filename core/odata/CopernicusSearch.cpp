#include "core/odata/CopernicusSearch.h"

#include "core/odata/ODataFilter.h"

#include <algorithm>

namespace eoc::odata {

namespace {

ODataSearchPlan basePlan(const CopernicusCatalogue &catalogue, const QString &collection)
{
    ODataSearchPlan plan;
    plan.odataBase = catalogue.odataBase;
    plan.parse.provider = catalogue.provider;
    plan.parse.collection = collection;
    plan.parse.downloadBase = catalogue.downloadBase;
    plan.limitKey = catalogue.provider;
    plan.serviceName = catalogue.serviceName;
    plan.parallelPages = catalogue.parallelPages;
    return plan;
}

} // namespace

Result<ODataSearchPlan> copernicusSearchPlan(const SearchQuery &query, const CopernicusCollection &collection,
                                             const CopernicusCatalogue &catalogue)
{
    auto clauses = filterClauses(query, collection);
    if (!clauses)
        return clauses.error();
    ODataSearchPlan plan = basePlan(catalogue, collection.name);
    plan.clauses = *clauses;
    plan.window = queryWindow(query);
    plan.pageSize = std::clamp(catalogue.pageSize, 1, 1000);
    plan.limit = query.limit;
    return plan;
}

ODataSearchPlan copernicusLookupPlan(const QString &collection, const QString &sceneId,
                                     const CopernicusCatalogue &catalogue)
{
    ODataSearchPlan plan = basePlan(catalogue, collection);
    plan.clauses = {nameClause(sceneId)};
    plan.pageSize = 10;
    plan.limit = 1;
    return plan;
}

} // namespace eoc::odata

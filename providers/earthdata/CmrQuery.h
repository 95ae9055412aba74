#pragma once

#include "providers/earthdata/EarthdataCollections.h"

#include "core/model/SearchQuery.h"

#include <QUrlQuery>

namespace eoc::earthdata {

// SearchQuery -> CMR granule search parameters:
// collection_concept_id, or short_name/version (and provider, e.g. LPCLOUD, when one is preferred); temporal from the start of the first day to the end of the last (UTC, 'Z');
// bounding_box (a box across the antimeridian is sent as its two halves with
// options[bounding_box][or]=true, since CMR's docs do not promise west > east works) or polygon
// (counter-clockwise, closed rings; several with options[polygon][or]=true); cloud_cover=0,N;
// day_night_flag; MODIS/VIIRS tiles hHHvVV and HLS tiles as readable_granule_name patterns.
Result<QUrlQuery> cmrGranuleQuery(const SearchQuery &query, const CmrCollectionRef &collection, int pageSize);

// "h12v10" -> true: the MODIS sinusoidal grid tile form.
bool isModisTile(const QString &tile);

} // namespace eoc::earthdata

#pragma once

#include "core/model/Result.h"
#include "core/model/SearchQuery.h"
#include "core/stac/StacCatalog.h"
#include "core/stac/StacServer.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace eoc::stac {

// One property condition of a search ("eo:cloud_cover <= 30"), before it is written as CQL2 or
// as the query extension.
struct PropertyCondition {
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In };
    QString property;
    Op op = Op::Equal;
    QJsonValue value;               // an array for In
};

// Alternatives: any one group (all of its conditions) must hold. Used for several tiles, whose
// keys are more than one property (WRS path + row, MGRS zone + band + square).
struct PropertyAlternatives {
    QList<QList<PropertyCondition>> groups;
};

// The property filters of a query, with the property names of the catalogue.
struct PropertyFilters {
    QList<PropertyCondition> all;              // AND-ed
    QList<PropertyAlternatives> anyOf;         // each AND-ed with the rest
};

// Maps SearchQuery fields to the catalogue's property names. Known names per catalogue:
//   cloud          eo:cloud_cover (<=)
//   product type   sar:product_type (Sentinel-1), s2:product_type (Sentinel-2 on Earth Search and
//                  Planetary Computer), landsat:correction (Landsat), product:type (CDSE, others)
//   tile           MGRS "23LLG": grid:code "MGRS-23LLG" (Earth Search, CDSE, generic) or
//                  s2:mgrs_tile (Planetary Computer); WRS-2 "PPPRRR": landsat:wrs_path + landsat:wrs_row
//   platform       platform (lower case); orbit direction sat:orbit_state; relative orbit sat:relative_orbit
// SearchQuery::extra (except "catalog") goes through as property = value; a value may start with
// an operator (<=, >=, <, >, !=), and numbers without leading zeros are sent as numbers.
Result<PropertyFilters> propertyFiltersFor(const SearchQuery &query, const std::optional<StacPreset> &preset);

// Encoders (public for tests).
QJsonObject toCql2Json(const PropertyFilters &filters, const QList<QJsonObject> &extraArgs = {});
QString toCql2Text(const PropertyFilters &filters);
// The query extension cannot say OR: alternatives become one "in" per property (a superset that
// the search then narrows down on the client, see matchesTiles()).
QJsonObject toQueryExtension(const PropertyFilters &filters);

// "2023-01-01T00:00:00Z/2023-01-31T23:59:59.999Z" (open ends ".."), empty without dates.
QString datetimeInterval(const SearchQuery &query);

// A ready search request: POST body or GET URL.
struct SearchRequest {
    QByteArray method;        // "POST" or "GET"
    QUrl url;
    QJsonObject body;         // POST only
};

// Builds the first search request for `query` on `server`.
Result<SearchRequest> buildSearchRequest(const SearchQuery &query, const StacServer &server,
                                         const std::optional<StacPreset> &preset, int pageSize);

// Whether a result's tile is one of the query's (a client-side check after a superset search).
bool matchesTiles(const QString &tile, const QStringList &tiles);

} // namespace eoc::stac

#pragma once

#include "core/model/Result.h"
#include "core/model/SearchQuery.h"
#include "core/odata/CopernicusCollections.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace eoc::odata {

// An inclusive ContentDate/Start range.
struct TimeWindow {
    QDateTime start;
    QDateTime end;
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

// Vertices a search polygon may have: a simplified polygon keeps the request URL well inside what
// the catalogue and proxies accept.
inline constexpr int kMaxPolygonVertices = 200;

// "2024-06-01T00:00:00.000Z", as the catalogue writes and reads times.
QString odataTime(const QDateTime &time);
// A coordinate as the documentation writes it: "-48.1", "-16.0".
QString odataNumber(double value);
// The WKT the Intersects function takes: POLYGON((lon lat,...)) or MULTIPOLYGON(((...)),((...))).
// A box starts at its south-west corner and runs counter-clockwise; a box across the antimeridian
// becomes two.
QString odataWkt(const Region &region);

// Every $filter clause of `query` but the dates, in the documented order: collection, product
// type, cloud cover, area, tile, orbit direction, relative orbit, platform, online.
Result<QStringList> filterClauses(const SearchQuery &query, const CopernicusCollection &collection);
// "ContentDate/Start ge <start> and ContentDate/Start le <end>": both ends included.
QString dateClause(const TimeWindow &window);
// The query's dates as a window (start of the first day to the last millisecond of the last).
std::optional<TimeWindow> queryWindow(const SearchQuery &query);

// .../Products?$filter=...&$orderby=ContentDate/Start asc&$top=N&$expand=Attributes&$expand=Assets
// [&$count=True]
QUrl productsUrl(const QUrl &odataBase, const QStringList &clauses, int top, bool count);

// A lookup by scene id: the exact product name with or without its .SAFE/.SEN3 suffix.
QString nameClause(const QString &sceneId);

} // namespace eoc::odata

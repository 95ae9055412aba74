#pragma once

#include "core/model/Region.h"

#include <optional>

namespace eoc::region {

// Why simplification still covers the region
// ------------------------------------------
// Providers cap URL length, so a region must fit in N positions. Douglas-Peucker would cut
// corners off the region (scenes there would be missed), so rings are reduced instead with two
// operations that only ever ADD area to a counter-clockwise ring:
//   * removing a concave (or straight) vertex: the triangle it leaves lies outside the old ring;
//   * removing a short edge a-b between two convex vertices by extending its neighbouring edges
//     until they meet at X outside the ring: the triangle a-X-b lies outside the old ring.
// The cheapest operation (least added area) goes first, so the shape stays close to the original.
// If the result crosses itself (an added triangle reached another part of the ring) the convex
// hull is reduced the same way instead (a convex ring never crosses itself), and if even that
// cannot reach the budget the caller falls back to the bounding box. Holes are dropped, which
// again only adds area. Computation is planar in longitude/latitude like the rest of the region
// code; rounding may leave an original vertex a few 1e-15 degrees outside a new edge.

// At most maxPoints positions (closing point included; at least 4 are needed), covering `ring`.
std::optional<Ring> coveringSimplify(const Ring &ring, int maxPoints);

// The convex hull of the ring's points as a closed counter-clockwise ring.
Ring convexHull(const Ring &ring);

// The polygons reduced to at most maxPoints positions in all, covering them, or std::nullopt when
// that budget is too small for one ring per polygon.
std::optional<QList<Polygon>> simplifyPolygons(const QList<Polygon> &polygons, int maxPoints);

} // namespace eoc::region

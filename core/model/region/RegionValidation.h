#pragma once

#include "core/model/Region.h"

#include <optional>

namespace eoc::region {

// Why a list of polygons is not a usable region, naming the polygon, ring and point: coordinates
// outside -180..180 / -90..90, open rings, rings with fewer than 4 points or no area, rings that
// cross themselves (including spikes that double back), holes that cross or lie outside their
// outer ring. std::nullopt when the polygons are fine.
std::optional<Error> validatePolygons(const QList<Polygon> &polygons);

// Planar geometry on lon/lat, shared with the simplifier.
double signedArea(const Ring &ring);                  // > 0 counter-clockwise
bool ringIsSimple(const Ring &ring);                  // no crossings between non-adjacent edges
bool pointInRing(const GeoPoint &point, const Ring &ring);   // boundary counts as inside
Ring withoutRepeatedPoints(const Ring &ring);         // consecutive duplicates removed

} // namespace eoc::region

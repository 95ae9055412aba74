#pragma once

#include "core/model/Region.h"
#include "core/model/Result.h"

namespace eoc {

// The region within `radiusKm` of `center`: a polygon of `vertices` points on the circle of that
// great-circle radius (on the mean Earth sphere, well within a search's needs). Refused, with
// the reason, for a radius that is not positive or above 2000 km, and for a circle over a pole
// or the antimeridian, which one polygon in longitude/latitude cannot hold.
Result<Region> pointBufferRegion(GeoPoint center, double radiusKm, int vertices = 72);

} // namespace eoc

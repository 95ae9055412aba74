#pragma once

#include "core/model/Region.h"

namespace eoc::region {

// The smallest box around polygons whose longitudes lie in -180..180. Parts on both sides of the
// antimeridian (Fiji: one part near 178, one near -179) give a box that crosses it (west 177,
// east -178) instead of one spanning the whole globe: the box leaves out the widest longitude gap
// between the parts, wherever that gap is.
BoundingBox boundsOfPolygons(const QList<Polygon> &polygons);

// A box as a closed counter-clockwise ring; the box must not cross the antimeridian.
Ring boxRing(const BoundingBox &box);

} // namespace eoc::region

#pragma once

#include "core/model/Region.h"

namespace eoc {

// The area a region covers on the WGS 84 ellipsoid, in square kilometres. Latitudes are mapped
// to authalic latitudes so that the sphere they are measured on has the ellipsoid's area;
// edges between vertices run along straight lines in longitude/latitude, as a drawn box's edges
// follow parallels and meridians. Holes are subtracted; an empty region has no area.
double regionAreaKm2(const Region &region);

// The same for one closed ring, always positive whatever its orientation.
double ringAreaKm2(const Ring &ring);

} // namespace eoc

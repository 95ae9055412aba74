#pragma once

#include "core/model/Region.h"

namespace eoc::grid {

// A point in the plane of a UTM zone: easting in metres with the 500 km false easting, northing
// in metres from the equator (negative in the south; the 10,000 km false northing of the southern
// hemisphere is added only where a southern name or grid needs it).
struct UtmPoint {
    double easting = 0;
    double northing = 0;
};

// WGS 84 transverse Mercator of `zone` (1..60), by Krueger's series to the third order of n
// (sub-millimetre within a zone, centimetres a few zones away). Longitudes are taken relative to
// the zone's central meridian across the antimeridian.
UtmPoint toUtm(const GeoPoint &point, int zone);
GeoPoint fromUtm(const UtmPoint &point, int zone);

// The central meridian of a zone, in degrees.
double centralMeridian(int zone);

} // namespace eoc::grid

#include "core/model/region/RegionArea.h"

#include <cmath>
#include <numbers>

namespace eoc {

namespace {

// WGS 84.
constexpr double kSemiMajorKm = 6378.137;
constexpr double kFlattening = 1.0 / 298.257223563;
constexpr double kEccentricitySquared = kFlattening * (2.0 - kFlattening);

double toRadians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// q(phi) of the authalic latitude (Snyder, Map Projections: A Working Manual, eq. 3-12).
double authalicQ(double sinPhi)
{
    const double e = std::sqrt(kEccentricitySquared);
    const double es = e * sinPhi;
    return (1.0 - kEccentricitySquared)
        * (sinPhi / (1.0 - es * es) - std::log((1.0 - es) / (1.0 + es)) / (2.0 * e));
}

const double kQPole = authalicQ(1.0);
// The radius of the sphere with the ellipsoid's area.
const double kAuthalicRadiusKm = kSemiMajorKm * std::sqrt(kQPole / 2.0);

// The sine of the authalic latitude of geodetic latitude `lat` (degrees).
double sinAuthalic(double lat)
{
    return authalicQ(std::sin(toRadians(lat))) / kQPole;
}

// The longitude step from a to b the short way round, so that rings over the antimeridian
// are integrated in one piece.
double lonStep(double from, double to)
{
    double step = to - from;
    if (step > 180.0)
        step -= 360.0;
    else if (step < -180.0)
        step += 360.0;
    return step;
}

} // namespace

double ringAreaKm2(const Ring &ring)
{
    if (ring.size() < 4)
        return 0.0;
    // The area integral R^2 * sum of dLon * sin(beta) along the edges, with sin(beta) taken as
    // the mean of the edge's ends: exact for edges along parallels and meridians.
    double sum = 0.0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const GeoPoint &a = ring.at(i);
        const GeoPoint &b = ring.at(i + 1);
        sum += toRadians(lonStep(a.lon, b.lon)) * (sinAuthalic(a.lat) + sinAuthalic(b.lat)) / 2.0;
    }
    return std::abs(sum) * kAuthalicRadiusKm * kAuthalicRadiusKm;
}

double regionAreaKm2(const Region &region)
{
    double area = 0.0;
    for (const Polygon &polygon : region.toPolygons()) {
        double polygonArea = ringAreaKm2(polygon.outer);
        for (const Ring &hole : polygon.holes)
            polygonArea -= ringAreaKm2(hole);
        area += std::max(0.0, polygonArea);
    }
    return area;
}

} // namespace eoc

// WRS-2 scene centres from Landsat's reference orbit: 233 paths in a 16-day repeat cycle (14.5625
// orbits a day), inclination 98.2 degrees, 248 rows an orbit with row 60 where the descending pass
// crosses the equator, path 1 crossing it at 64.6 W and each next path 360/233 degrees further
// west. Latitudes along the circular orbit are geocentric and turned into geodetic ones. Checked
// against the footprints of real Landsat scenes (tests/model/grid): within 0.05 degrees.
#include "core/model/grid/PlanarShapes.h"
#include "core/model/grid/SatelliteGrids.h"
#include "core/model/region/RegionBounds.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eoc::grid {

namespace {

constexpr int kPaths = 233;
constexpr int kRowsPerOrbit = 248;
constexpr int kLastDaylightRow = 122;
constexpr double kOrbitsPerDay = 233.0 / 16.0;
constexpr double kInclination = 98.2;
constexpr double kPathOneEquatorLongitude = -64.6;
constexpr double kEquatorRow = 60.0;
constexpr double kEarthRadiusKm = 6371.0;
constexpr double kWgs84E2 = 0.00669437999014;
// Half the scene across and along the track, a little more than Landsat's 185 km x 180 km so that
// a scene touching the region is never missed by the model's few kilometres of error.
constexpr double kHalfAcrossKm = 185.0 / 2.0 + 12.0;
constexpr double kHalfAlongKm = 180.0 / 2.0 + 12.0;

constexpr double rad(double d) { return d * std::numbers::pi / 180.0; }
constexpr double deg(double r) { return r * 180.0 / std::numbers::pi; }

double wrap(double lon)
{
    while (lon > 180.0)
        lon -= 360.0;
    while (lon < -180.0)
        lon += 360.0;
    return lon;
}

// The ground-track point of `path` at argument of latitude `u` (degrees from the ascending node).
GeoPoint trackPoint(int path, double u)
{
    const double i = rad(kInclination);
    const double ur = rad(u);
    const double geocentric = std::asin(std::sin(i) * std::sin(ur));
    const double geodetic = std::atan(std::tan(geocentric) / (1.0 - kWgs84E2));
    const double descendingNode = kPathOneEquatorLongitude - (path - 1) * 360.0 / kPaths;
    // The ascending node, half an orbit (and half an orbit of the Earth's turning) earlier.
    const double ascendingNode = descendingNode - 180.0 + 180.0 / kOrbitsPerDay;
    const double alongPlane = deg(std::atan2(std::cos(i) * std::sin(ur), std::cos(ur)));
    return {wrap(ascendingNode + alongPlane - u / kOrbitsPerDay), deg(geodetic)};
}

double rowArgument(int row)
{
    return 180.0 + (row - kEquatorRow) * 360.0 / kRowsPerOrbit;
}

// The point `distanceKm` from `from` in direction `bearing` (degrees from north), on a sphere.
GeoPoint destination(const GeoPoint &from, double bearing, double distanceKm)
{
    const double d = distanceKm / kEarthRadiusKm;
    const double lat1 = rad(from.lat);
    const double b = rad(bearing);
    const double lat2 = std::asin(std::sin(lat1) * std::cos(d) + std::cos(lat1) * std::sin(d) * std::cos(b));
    const double lon2 = rad(from.lon) + std::atan2(std::sin(b) * std::sin(d) * std::cos(lat1), std::cos(d) - std::sin(lat1) * std::sin(lat2));
    return {wrap(deg(lon2)), deg(lat2)};
}

double bearing(const GeoPoint &a, const GeoPoint &b)
{
    const double lat1 = rad(a.lat), lat2 = rad(b.lat), dl = rad(b.lon - a.lon);
    return deg(std::atan2(std::sin(dl) * std::cos(lat2), std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dl)));
}

// Longitudes made continuous around `centre` (a footprint across the antimeridian).
void unwrapAround(Ring &ring, double centre)
{
    for (GeoPoint &p : ring)
        p.lon = centre + wrap(p.lon - centre);
}

PlanarRing plane(const Ring &ring, double shift = 0)
{
    PlanarRing out;
    out.reserve(ring.size());
    for (const GeoPoint &p : ring)
        out << Vec2{p.lon + shift, p.lat};
    return out;
}

} // namespace

GeoPoint wrs2SceneCentre(const WrsPathRow &pathRow)
{
    return trackPoint(pathRow.path, rowArgument(pathRow.row));
}

Polygon wrs2Footprint(const WrsPathRow &pathRow)
{
    const double u = rowArgument(pathRow.row);
    const GeoPoint centre = trackPoint(pathRow.path, u);
    const double heading = bearing(trackPoint(pathRow.path, u - 0.1), trackPoint(pathRow.path, u + 0.1));
    // Corners: along the track forwards/backwards, then across it left/right; 4 points a side.
    const GeoPoint ahead = destination(centre, heading, kHalfAlongKm);
    const GeoPoint behind = destination(centre, heading + 180.0, kHalfAlongKm);
    const GeoPoint corners[4] = {destination(behind, heading - 90.0, kHalfAcrossKm), destination(behind, heading + 90.0, kHalfAcrossKm),
                                 destination(ahead, heading + 90.0, kHalfAcrossKm), destination(ahead, heading - 90.0, kHalfAcrossKm)};
    Polygon polygon;
    for (int side = 0; side < 4; ++side) {
        const GeoPoint a = corners[side];
        const GeoPoint b = corners[(side + 1) % 4];
        const double length = side % 2 == 0 ? 2 * kHalfAcrossKm : 2 * kHalfAlongKm;
        const double course = bearing(a, b);
        for (int k = 0; k < 4; ++k)
            polygon.outer << destination(a, course, length * k / 4.0);
    }
    polygon.outer << polygon.outer.first();
    return polygon;
}

QList<WrsPathRow> wrs2PathRowsCovering(const Region &region)
{
    const QList<Polygon> polygons = region.toPolygons();
    if (polygons.isEmpty())
        return {};
    QList<PlanarRing> rings;
    QList<BoundingBox> boxes;
    for (const Polygon &p : polygons) {
        rings << plane(p.outer);
        boxes << region::boundsOfPolygons({p});
    }
    QList<WrsPathRow> found;
    for (int path = 1; path <= kPaths; ++path) {
        for (int row = 1; row <= kLastDaylightRow; ++row) {
            const GeoPoint centre = trackPoint(path, rowArgument(row));
            // Quick rejection: a scene reaches about 1.3 degrees of latitude from its centre.
            bool near = false;
            for (const BoundingBox &b : boxes) {
                if (centre.lat < b.south - 1.5 || centre.lat > b.north + 1.5)
                    continue;
                const double reach = std::min(180.0, 1.5 / std::max(0.05, std::cos(rad(std::max(std::abs(b.south), std::abs(b.north)) + 1.5))));
                const double toWest = wrap(centre.lon - b.west);
                const double fromEast = wrap(b.east - centre.lon);
                const bool inside = b.crossesAntimeridian() ? (centre.lon >= b.west || centre.lon <= b.east) : (centre.lon >= b.west && centre.lon <= b.east);
                if (inside || std::abs(toWest) <= reach || std::abs(fromEast) <= reach || reach >= 180.0)
                    near = true;
            }
            if (!near)
                continue;
            Ring footprint = wrs2Footprint({path, row}).outer;
            unwrapAround(footprint, centre.lon);
            const PlanarRing scene = plane(footprint);
            const bool touches = std::any_of(rings.cbegin(), rings.cend(), [&scene](const PlanarRing &ring) {
                for (const double shift : {-360.0, 0.0, 360.0}) {
                    PlanarRing shifted = ring;
                    for (Vec2 &v : shifted)
                        v.x += shift;
                    if (ringsTouch(scene, shifted))
                        return true;
                }
                return false;
            });
            if (touches)
                found << WrsPathRow{path, row};
        }
    }
    return found;
}

} // namespace eoc::grid

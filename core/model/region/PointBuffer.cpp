#include "core/model/region/PointBuffer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eoc {

namespace {

constexpr double kMeanEarthRadiusKm = 6371.0088;
constexpr double kMaxRadiusKm = 2000.0;

// The point `distanceKm` from `start` in direction `bearing` (radians from north), on the sphere.
GeoPoint destination(GeoPoint start, double bearing, double distanceKm)
{
    const double toRad = std::numbers::pi / 180.0;
    const double lat1 = start.lat * toRad;
    const double lon1 = start.lon * toRad;
    const double angle = distanceKm / kMeanEarthRadiusKm;
    const double lat2 = std::asin(std::sin(lat1) * std::cos(angle)
                                  + std::cos(lat1) * std::sin(angle) * std::cos(bearing));
    const double lon2 = lon1 + std::atan2(std::sin(bearing) * std::sin(angle) * std::cos(lat1),
                                          std::cos(angle) - std::sin(lat1) * std::sin(lat2));
    return {lon2 / toRad, lat2 / toRad};
}

} // namespace

Result<Region> pointBufferRegion(GeoPoint center, double radiusKm, int vertices)
{
    if (!(radiusKm > 0.0) || radiusKm > kMaxRadiusKm)
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("PointBuffer", "The radius must be more than 0 and at most %1 km; %2 km was given.")
                         .arg(kMaxRadiusKm).arg(radiusKm));
    if (center.lon < -180.0 || center.lon > 180.0 || center.lat < -90.0 || center.lat > 90.0)
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("PointBuffer", "The centre %1, %2 is not a longitude, latitude pair.").arg(center.lon).arg(center.lat));
    const double angleDegrees = radiusKm / kMeanEarthRadiusKm * 180.0 / std::numbers::pi;
    const bool overPole = angleDegrees >= 90.0 - std::abs(center.lat);
    Ring ring;
    const int count = std::max(8, vertices);
    for (int i = 0; i < count; ++i) {
        const GeoPoint p = destination(center, 2.0 * std::numbers::pi * i / count, radiusKm);
        if (overPole || p.lat >= 90.0 || p.lat <= -90.0 || p.lon > 180.0 || p.lon < -180.0
            || std::abs(p.lon - center.lon) > 180.0)
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("PointBuffer", "A circle of %1 km around %2, %3 reaches over a pole or the antimeridian; "
                            "draw a box or polygon there instead.")
                             .arg(radiusKm).arg(center.lon).arg(center.lat));
        ring.append(p);
    }
    // Counter-clockwise (bearings run clockwise), closed.
    std::reverse(ring.begin(), ring.end());
    ring.append(ring.first());
    return Region::fromPolygons({Polygon{ring, {}}});
}

} // namespace eoc

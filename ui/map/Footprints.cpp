#include "ui/map/Footprints.h"

#include "ui/map/Viewport.h"

#include <cmath>

namespace eoc::ui {

QPolygonF normalizedBox(const BoundingBox &box)
{
    const double east = box.crossesAntimeridian() ? box.east + 360.0 : box.east;
    const QPointF topLeft = Viewport::geoToNormalized({box.west, box.north});
    const QPointF bottomRight = Viewport::geoToNormalized({box.west, box.south});
    const double right = (east + 180.0) / 360.0;
    QPolygonF ring;
    ring << topLeft << QPointF(right, topLeft.y()) << QPointF(right, bottomRight.y())
         << QPointF(topLeft.x(), bottomRight.y()) << topLeft;
    return ring;
}

QPolygonF unwrappedRing(const Ring &outer)
{
    QPolygonF ring;
    if (outer.isEmpty())
        return ring;
    ring.reserve(outer.size() + 2);
    double offset = 0.0;
    double previousLon = outer.first().lon;
    double latSum = 0.0;
    for (const GeoPoint &p : outer) {
        // A jump of more than half the globe between neighbours is a crossing of the
        // antimeridian, not a trip round the world.
        const double delta = p.lon - previousLon;
        if (delta > 180.0)
            offset -= 360.0;
        else if (delta < -180.0)
            offset += 360.0;
        previousLon = p.lon;
        latSum += p.lat;
        QPointF n = Viewport::geoToNormalized({p.lon, p.lat});
        n.rx() += offset / 360.0;
        ring.append(n);
    }
    if (std::abs(ring.last().x() - ring.first().x()) > 0.5) {
        const double edge = latSum < 0 ? 1.0 : 0.0;
        ring.append(QPointF(ring.last().x(), edge));
        ring.append(QPointF(ring.first().x(), edge));
        ring.append(ring.first());
    }
    return ring;
}

QList<QPolygonF> normalizedRings(const Region &region)
{
    QList<QPolygonF> rings;
    if (region.isEmpty())
        return rings;
    if (region.isBox()) {
        rings.append(normalizedBox(region.box()));
        return rings;
    }
    for (const Polygon &polygon : region.polygons()) {
        if (polygon.outer.size() >= 3)
            rings.append(unwrappedRing(polygon.outer));
    }
    return rings;
}

} // namespace eoc::ui

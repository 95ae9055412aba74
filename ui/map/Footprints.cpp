#include "ui/map/Footprints.h"

#include "ui/map/Viewport.h"

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
        const Ring &outer = polygon.outer;
        if (outer.size() < 3)
            continue;
        QPolygonF ring;
        ring.reserve(outer.size());
        double offset = 0.0;
        double previousLon = outer.first().lon;
        for (const GeoPoint &p : outer) {
            // A jump of more than half the globe between neighbours is a crossing of the
            // antimeridian, not a trip round the world.
            const double delta = p.lon - previousLon;
            if (delta > 180.0)
                offset -= 360.0;
            else if (delta < -180.0)
                offset += 360.0;
            previousLon = p.lon;
            QPointF n = Viewport::geoToNormalized({p.lon, p.lat});
            n.rx() += offset / 360.0;
            ring.append(n);
        }
        rings.append(ring);
    }
    return rings;
}

} // namespace eoc::ui

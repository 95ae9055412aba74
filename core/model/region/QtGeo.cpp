#include "core/model/Region.h"

#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QGeoRectangle>

namespace eoc {

namespace {

// Qt's paths are open; our rings repeat the first point at the end.
QList<QGeoCoordinate> pathOf(const Ring &ring)
{
    QList<QGeoCoordinate> path;
    for (int i = 0; i + 1 < ring.size(); ++i)
        path.append(QGeoCoordinate(ring.at(i).lat, ring.at(i).lon));
    return path;
}

Ring ringOf(const QList<QGeoCoordinate> &path)
{
    Ring ring;
    for (const QGeoCoordinate &c : path)
        ring.append(GeoPoint{c.longitude(), c.latitude()});
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    return ring;
}

} // namespace

QGeoRectangle Region::toGeoRectangle() const
{
    if (isEmpty())
        return {};
    // QGeoRectangle crosses the antimeridian the same way: top-left longitude east of bottom-right.
    const BoundingBox b = bounds();
    return QGeoRectangle(QGeoCoordinate(b.north, b.west), QGeoCoordinate(b.south, b.east));
}

Region Region::fromGeoRectangle(const QGeoRectangle &rect)
{
    if (!rect.isValid())
        return {};
    return fromBox(BoundingBox{rect.topLeft().longitude(), rect.bottomRight().latitude(),
                               rect.bottomRight().longitude(), rect.topLeft().latitude()});
}

QGeoPolygon Region::toGeoPolygon() const
{
    const QList<Polygon> polygons = toPolygons();
    if (polygons.isEmpty())
        return {};
    const Polygon &first = polygons.first();
    QGeoPolygon polygon(pathOf(first.outer));
    for (const Ring &hole : first.holes)
        polygon.addHole(pathOf(hole));
    return polygon;
}

Result<Region> Region::fromGeoPolygon(const QGeoPolygon &polygon)
{
    Polygon p;
    p.outer = ringOf(polygon.perimeter());
    for (qsizetype i = 0; i < polygon.holesCount(); ++i)
        p.holes.append(ringOf(polygon.holePath(i)));
    return fromPolygons({p});
}

} // namespace eoc

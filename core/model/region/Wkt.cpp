#include "core/model/Region.h"

#include "core/model/region/CoordinateText.h"
#include "core/gdal/GdalBackend.h"

#include <QStringList>

namespace eoc {

namespace {

QString ringText(const Ring &ring)
{
    QStringList points;
    points.reserve(ring.size());
    for (const GeoPoint &p : ring)
        points.append(region::formatPoint(p));
    return QLatin1Char('(') + points.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString polygonText(const Polygon &polygon)
{
    QStringList rings{ringText(polygon.outer)};
    for (const Ring &hole : polygon.holes)
        rings.append(ringText(hole));
    return QLatin1Char('(') + rings.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

Result<Region> Region::fromWkt(const QString &wkt)
{
    // Parsed by OGR, which lives in the GDAL module so that programs load GDAL only when needed.
    const auto backend = gdal::backend();
    if (!backend)
        return backend.error();
    return (*backend)->regionFromWkt(wkt);
}

QString Region::toWkt() const
{
    const QList<Polygon> polygons = toPolygons();
    if (polygons.isEmpty())
        return QStringLiteral("POLYGON EMPTY");
    if (polygons.size() == 1)
        return QStringLiteral("POLYGON") + polygonText(polygons.first());
    QStringList parts;
    for (const Polygon &polygon : polygons)
        parts.append(polygonText(polygon));
    return QStringLiteral("MULTIPOLYGON(") + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace eoc

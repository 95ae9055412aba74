#include "core/model/Region.h"

#include "core/model/region/CoordinateText.h"
#include "core/model/region/GdalSupport.h"
#include "core/model/region/OgrConvert.h"

#include <ogr_spatialref.h>

#include <QRegularExpression>
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
    QString text = wkt.trimmed();
    // EWKT's "SRID=32723;POLYGON(...)" names the coordinate system; plain WKT is EPSG:4326.
    int srid = 4326;
    static const QRegularExpression sridPrefix(QStringLiteral("^SRID=(\\d+)\\s*;"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto match = sridPrefix.match(text); match.hasMatch()) {
        srid = match.captured(1).toInt();
        text = text.mid(match.capturedLength()).trimmed();
    }
    if (text.isEmpty())
        return Error(ErrorClass::BadInput, QStringLiteral("WKT: the text is empty"));

    const QByteArray utf8 = text.toUtf8();
    OGRGeometry *raw = nullptr;
    const OGRErr err = OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &raw);
    region::OgrGeometryPtr geometry(raw);
    if (err != OGRERR_NONE || !geometry) {
        const QString shown = text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
        return Error(ErrorClass::BadInput,
                     QStringLiteral("WKT could not be read (check the geometry type, parentheses and "
                                    "that every point has two numbers): '%1'")
                         .arg(shown));
    }
    if (srid != 4326) {
        OGRSpatialReference source;
        if (source.importFromEPSG(srid) != OGRERR_NONE)
            return Error(ErrorClass::BadInput, QStringLiteral("WKT: unknown coordinate system SRID=%1").arg(srid));
        if (auto s = region::reprojectToWgs84(*geometry, source); !s)
            return s.error();
    }
    auto polygons = region::polygonsFromOgr(*geometry, QStringLiteral("WKT"));
    if (!polygons)
        return polygons.error();
    auto region = fromPolygons(*polygons);
    if (!region)
        return Error(ErrorClass::BadInput, QStringLiteral("WKT: ") + region.error().message);
    return region;
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

// Region::fromWkt's work: WKT and EWKT (SRID=...;) through OGR, reprojected to EPSG:4326.
#include "core/gdal/GdalEntryPoints.h"

#include "core/gdal/GdalSupport.h"
#include "core/gdal/OgrConvert.h"

#include <QCoreApplication>
#include <ogr_spatialref.h>

#include <QRegularExpression>

namespace eoc::gdal {

Result<Region> regionFromWkt(const QString &wkt)
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
        return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "WKT: the text is empty"));

    const QByteArray utf8 = text.toUtf8();
    OGRGeometry *raw = nullptr;
    const OGRErr err = OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &raw);
    OgrGeometryPtr geometry(raw);
    if (err != OGRERR_NONE || !geometry) {
        const QString shown = text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Region", "WKT could not be read (check the geometry type, parentheses and "
                                    "that every point has two numbers): '%1'")
                         .arg(shown));
    }
    if (srid != 4326) {
        OGRSpatialReference source;
        if (source.importFromEPSG(srid) != OGRERR_NONE)
            return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "WKT: unknown coordinate system SRID=%1").arg(srid));
        if (auto s = reprojectToWgs84(*geometry, source); !s)
            return s.error();
    }
    auto polygons = polygonsFromOgr(*geometry, QStringLiteral("WKT"));
    if (!polygons)
        return polygons.error();
    auto region = Region::fromPolygons(*polygons);
    if (!region)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "WKT: %1").arg(region.error().message));
    return region;
}

} // namespace eoc::gdal

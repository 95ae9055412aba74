#include "core/gdal/OgrConvert.h"

#include "core/gdal/GdalSupport.h"

#include <QCoreApplication>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>

namespace eoc::gdal {

namespace {

Ring ringFromOgr(const OGRLinearRing &ring)
{
    Ring out;
    out.reserve(ring.getNumPoints());
    for (int i = 0; i < ring.getNumPoints(); ++i)
        out.append(GeoPoint{ring.getX(i), ring.getY(i)});
    return out;
}

Status collect(const OGRGeometry &geometry, const QString &where, QList<Polygon> &out)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (geometry.IsEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "%1: the geometry is empty").arg(where));
    switch (type) {
    case wkbPolygon: {
        const auto *polygon = geometry.toPolygon();
        Polygon p;
        p.outer = ringFromOgr(*polygon->getExteriorRing());
        for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
            p.holes.append(ringFromOgr(*polygon->getInteriorRing(i)));
        out.append(p);
        return success();
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection:
    case wkbMultiSurface: {
        const auto *collection = geometry.toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i) {
            if (auto s = collect(*collection->getGeometryRef(i), where, out); !s)
                return s;
        }
        return success();
    }
    case wkbCurvePolygon:
    case wkbTriangle: {
        // Arcs become short straight segments; a triangle is a polygon with one ring.
        std::unique_ptr<OGRGeometry, OgrGeometryDeleter> linear(geometry.getLinearGeometry());
        if (!linear || wkbFlatten(linear->getGeometryType()) != wkbPolygon)
            return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "%1: the curved polygon cannot be read").arg(where));
        return collect(*linear, where, out);
    }
    default:
        break;
    }
    return Error(ErrorClass::BadInput,
                 QCoreApplication::translate("Region", "%1: a region needs polygons, but the geometry is a %2")
                     .arg(where, QString::fromUtf8(OGRGeometryTypeToName(type))));
}

} // namespace

Result<QList<Polygon>> polygonsFromOgr(const OGRGeometry &geometry, const QString &where)
{
    QList<Polygon> polygons;
    if (auto s = collect(geometry, where, polygons); !s)
        return s.error();
    return polygons;
}

Status reprojectToWgs84(OGRGeometry &geometry, const OGRSpatialReference &source)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    // EPSG:4326 is latitude-first by the book; everything here is longitude-first.
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference from(source);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (from.IsSame(&wgs84))
        return success();
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&from, &wgs84));
    if (!transform) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Region", "cannot reproject from the file's coordinate system to EPSG:4326: %1")
                         .arg(lastGdalError()));
    }
    if (geometry.transform(transform.get()) != OGRERR_NONE) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Region", "reprojection to EPSG:4326 failed: %1").arg(lastGdalError()));
    }
    return success();
}

} // namespace eoc::gdal

// GeoPackage export is GDAL's GPKG driver, in the GDAL module (core/gdal/GeoPackageWriter.cpp).
#include "core/gdal/GdalBackend.h"
#include "core/model/export/ExportWriters.h"

namespace eoc::exporting {

Status writeGeoPackage(const QList<SceneResult> &results, const QString &path)
{
    const auto backend = gdal::backend();
    if (!backend)
        return backend.error();
    return (*backend)->writeGeoPackage(results, path);
}

} // namespace eoc::exporting

#pragma once

// The functions the GDAL module implements (see GdalBackend.h); internal to core/gdal.

#include "core/gdal/GdalBackend.h"

namespace eoc::gdal {

Result<Region> regionFromWkt(const QString &wkt);
Result<Region> regionFromFile(const QString &path);
Status writeGeoPackage(const QList<SceneResult> &results, const QString &path);
Status checkRaster(const QString &gdalPath);

} // namespace eoc::gdal

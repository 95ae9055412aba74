#pragma once

#include "core/model/Region.h"
#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QList>
#include <QString>

namespace eoc::gdal {

// What core asks of GDAL. GDAL and the hundred libraries it brings (PROJ, GEOS, Poppler, HDF5...)
// add about 30 MB to every process and a tenth of a second to every start, while most runs
// (downloads, queue commands, searches by box) never touch it. So the code that uses GDAL lives
// in a module, eoc_gdal.so (core/gdal), loaded the first time one of these is needed.
struct Backend {
    Result<Region> (*regionFromWkt)(const QString &wkt);        // WKT or EWKT, any SRID
    Result<Region> (*regionFromFile)(const QString &path);      // any vector file OGR reads
    Status (*writeGeoPackage)(const QList<SceneResult> &results, const QString &path);
    // Opens a raster (any GDAL path, /vsizip/ included) and reads its last line of every band, so a
    // file cut short fails here rather than in the user's processing.
    Status (*checkRaster)(const QString &gdalPath);
};

// Loads the module once per process (thread-safe) and returns its entry points, or an error that
// says where it was looked for. It is found as <executable folder>/../lib/eo-collector/eoc_gdal.so,
// as the build tree and the installed package both have it, or at EOC_GDAL_MODULE when set.
Result<const Backend *> backend();

} // namespace eoc::gdal

// The module's one exported function, resolved by name.
#define EOC_GDAL_BACKEND_SYMBOL "eoc_gdal_backend"

#pragma once

#include <ogr_geometry.h>

#include <QString>

#include <memory>

namespace eoc::gdal {

// Registers GDAL's drivers exactly once per process, whichever thread gets there first.
void ensureGdalRegistered();

struct OgrGeometryDeleter {
    void operator()(OGRGeometry *geometry) const { OGRGeometryFactory::destroyGeometry(geometry); }
};
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, OgrGeometryDeleter>;

// The message of GDAL's last error on this thread, or an empty string.
QString lastGdalError();

} // namespace eoc::gdal

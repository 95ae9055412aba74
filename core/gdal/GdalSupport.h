#pragma once

#include <cpl_error.h>
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

// GDAL reports problems through its error handler; keep them off the terminal while this lives,
// and read the last one back with lastGdalError() for the message.
class QuietGdalErrors
{
public:
    QuietGdalErrors()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors &) = delete;
    QuietGdalErrors &operator=(const QuietGdalErrors &) = delete;
};

} // namespace eoc::gdal

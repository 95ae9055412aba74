#include "core/gdal/GdalSupport.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace eoc::gdal {

void ensureGdalRegistered()
{
    // GDALAllRegister is not safe to run concurrently; regions may be read from worker threads.
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString lastGdalError()
{
    const char *message = CPLGetLastErrorMsg();
    return message ? QString::fromUtf8(message).trimmed() : QString();
}

} // namespace eoc::gdal

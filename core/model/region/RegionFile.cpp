// Region files are read by OGR, in the GDAL module (core/gdal/RegionFileReader.cpp).
#include "core/gdal/GdalBackend.h"

#include <QCoreApplication>
#include "core/model/Region.h"

namespace eoc {

Result<Region> Region::fromFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "no region file given"));
    const auto backend = gdal::backend();
    if (!backend)
        return backend.error();
    return (*backend)->regionFromFile(path);
}

} // namespace eoc

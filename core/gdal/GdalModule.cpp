// The GDAL module's entry point. The module does not link core: it takes core's symbols from the
// executable that loads it, like the provider plug-ins (eoc_link_core_for_plugins).
#include "core/gdal/GdalEntryPoints.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const eoc::gdal::Backend *eoc_gdal_backend()
{
    static const eoc::gdal::Backend backend{
        &eoc::gdal::regionFromWkt,
        &eoc::gdal::regionFromFile,
        &eoc::gdal::writeGeoPackage,
        &eoc::gdal::checkRaster,
    };
    return &backend;
}

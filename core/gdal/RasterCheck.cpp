// checkRaster: whether a band file of a local product still opens and reads to its end.
#include "core/gdal/GdalEntryPoints.h"

#include "core/gdal/GdalSupport.h"

#include <QCoreApplication>
#include <gdal_priv.h>

#include <algorithm>
#include <vector>

namespace eoc::gdal {

namespace {

// The caller names the file (and the band it stands for); GDAL's own words say what failed.
Error rasterError(const QString &what)
{
    return Error(ErrorClass::Integrity, what);
}

} // namespace

Status checkRaster(const QString &gdalPath)
{
    ensureGdalRegistered();
    QuietGdalErrors quiet;
    const QByteArray utf8 = gdalPath.toUtf8();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(utf8.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset) {
        const QString why = lastGdalError();
        return rasterError(why.isEmpty() ? QCoreApplication::translate("LocalArchive", "GDAL cannot open it as a raster")
                                                   : why);
    }
    if (dataset->GetRasterCount() < 1)
        return rasterError(QCoreApplication::translate("LocalArchive", "it holds no raster band"));
    // The last line of every band: a file cut short opens (its header is whole) but fails here,
    // without reading gigabytes of a healthy one.
    const int width = dataset->GetRasterXSize();
    const int lastLine = dataset->GetRasterYSize() - 1;
    std::vector<double> line(static_cast<std::size_t>(std::max(width, 1)));
    for (int b = 1; b <= dataset->GetRasterCount(); ++b) {
        GDALRasterBand *band = dataset->GetRasterBand(b);
        if (band->RasterIO(GF_Read, 0, lastLine, width, 1, line.data(), width, 1, GDT_Float64, 0, 0) != CE_None) {
            return rasterError(QCoreApplication::translate("LocalArchive", "band %1 cannot be read to its end: %2")
                                             .arg(b).arg(lastGdalError()));
        }
    }
    return success();
}

} // namespace eoc::gdal

// Region::fromFile's work: any vector file OGR reads, every polygon of every layer, in EPSG:4326.
#include "core/gdal/GdalEntryPoints.h"

#include "core/gdal/GdalSupport.h"
#include "core/gdal/OgrConvert.h"

#include <QCoreApplication>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>

namespace eoc::gdal {

namespace {

Error fileError(const QString &path, const QString &what)
{
    return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "%1: %2").arg(path, what));
}

GDALDatasetUniquePtr openVector(const QString &gdalPath)
{
    const QByteArray utf8 = gdalPath.toUtf8();
    return GDALDatasetUniquePtr(
        GDALDataset::Open(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

// Collects the polygons of every feature of every layer, reprojected to EPSG:4326.
Status readDataset(GDALDataset &dataset, const QString &path, QList<Polygon> &polygons)
{
    int features = 0;
    int withGeometry = 0;
    for (OGRLayer *layer : dataset.GetLayers()) {
        const OGRSpatialReference *srs = layer->GetSpatialRef();
        const QString layerName = QString::fromUtf8(layer->GetName());
        layer->ResetReading();
        for (auto &feature : *layer) {
            ++features;
            const OGRGeometry *geometry = feature->GetGeometryRef();
            if (!geometry)
                continue;   // attribute-only rows add nothing to the region
            ++withGeometry;
            OgrGeometryPtr copy(geometry->clone());
            // No coordinate system in the file (a bare Shapefile without .prj): taken as EPSG:4326.
            if (srs) {
                if (auto s = reprojectToWgs84(*copy, *srs); !s)
                    return fileError(path, s.error().message);
            }
            const QString where = QCoreApplication::translate("Region", "%1: feature %2 of layer '%3'")
                                      .arg(path)
                                      .arg(feature->GetFID())
                                      .arg(layerName);
            auto parts = polygonsFromOgr(*copy, where);
            if (!parts)
                return parts.error();
            polygons += *parts;
        }
    }
    if (features == 0)
        return fileError(path, QCoreApplication::translate("Region", "the file contains no features"));
    if (withGeometry == 0)
        return fileError(path, QCoreApplication::translate("Region", "no feature in the file has a geometry"));
    return success();
}

} // namespace

Result<Region> regionFromFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("Region", "no region file given"));
    ensureGdalRegistered();

    QString gdalPath = path;
    const bool virtualPath = path.startsWith(QLatin1String("/vsi"));
    if (!virtualPath) {
        const QFileInfo info(path);
        if (!info.exists())
            return fileError(path, QCoreApplication::translate("Region", "file not found"));
        if (!info.isReadable())
            return fileError(path, QCoreApplication::translate("Region", "the file cannot be read (check its permissions)"));
        if (info.isFile() && info.size() == 0)
            return fileError(path, QCoreApplication::translate("Region", "the file is empty"));
        // A zipped Shapefile (or any zipped vector file) is read in place, without unpacking.
        if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
            gdalPath = QStringLiteral("/vsizip/") + info.absoluteFilePath();
    }

    QuietGdalErrors quiet;
    GDALDatasetUniquePtr dataset = openVector(gdalPath);
    if (!dataset && QFileInfo(path).suffix().compare(QLatin1String("kmz"), Qt::CaseInsensitive) == 0) {
        // Without the LIBKML driver a KMZ is still a zip with doc.kml inside.
        dataset = openVector(QStringLiteral("/vsizip/") + QFileInfo(path).absoluteFilePath()
                             + QStringLiteral("/doc.kml"));
    }
    if (!dataset) {
        const QString detail = lastGdalError();
        const QString notVector = QCoreApplication::translate("Region", "not a vector format GDAL/OGR can read (Shapefile, zipped "
                                                             "Shapefile, GeoPackage, KML/KMZ, GeoJSON...)");
        return fileError(path, detail.isEmpty() ? notVector
                                                : QCoreApplication::translate("Region", "%1: %2").arg(notVector, detail));
    }
    QList<Polygon> polygons;
    if (auto s = readDataset(*dataset, path, polygons); !s)
        return s.error();
    auto region = Region::fromPolygons(polygons);
    if (!region)
        return fileError(path, region.error().message);
    return region;
}

} // namespace eoc::gdal

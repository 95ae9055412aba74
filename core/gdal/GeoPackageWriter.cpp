// Results as an OGC GeoPackage through GDAL's GPKG driver: one layer "results", footprints as
// MultiPolygon in EPSG:4326 (longitude, latitude), one attribute per SceneResult field.

#include "core/gdal/GdalEntryPoints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <mutex>

namespace eoc::gdal {

namespace {

struct DatasetCloser {
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
struct SrsReleaser {
    void operator()(void *srs) const { OSRRelease(static_cast<OGRSpatialReferenceH>(srs)); }
};
struct FeatureDestroyer {
    void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};
struct FieldDefnDestroyer {
    void operator()(void *f) const { OGR_Fld_Destroy(static_cast<OGRFieldDefnH>(f)); }
};

Error gdalError(const QString &what)
{
    return Error(ErrorClass::LocalDisk,
                 QCoreApplication::translate("GeoPackageWriter", "%1: %2").arg(what, QString::fromUtf8(CPLGetLastErrorMsg())));
}

struct FieldSpec {
    const char *name;
    OGRFieldType type;
    OGRFieldSubType subType;
};

constexpr FieldSpec kFields[] = {
    {"scene_id", OFTString, OFSTNone},
    {"provider", OFTString, OFSTNone},
    {"collection", OFTString, OFSTNone},
    {"remote_id", OFTString, OFSTNone},
    {"start", OFTDateTime, OFSTNone},
    {"end", OFTDateTime, OFSTNone},
    {"cloud_cover", OFTReal, OFSTNone},
    {"size", OFTInteger64, OFSTNone},
    {"online", OFTInteger, OFSTBoolean},
    {"tile", OFTString, OFSTNone},
    {"link", OFTString, OFSTNone},
    {"quicklook", OFTString, OFSTNone},
    {"checksums", OFTString, OFSTNone},   // "md5:…;sha256:…"
    {"assets", OFTString, OFSTNone},      // JSON array as in the JSON export
};

OGRGeometryH footprintGeometry(const SceneResult &r)
{
    if (r.footprint.isEmpty())
        return nullptr;
    const QByteArray wkt = r.footprint.toWkt().toUtf8();
    if (wkt.isEmpty())
        return nullptr;
    char *cursor = const_cast<char *>(wkt.constData());
    OGRGeometryH geometry = nullptr;
    if (OGR_G_CreateFromWkt(&cursor, nullptr, &geometry) != OGRERR_NONE)
        return nullptr;
    return OGR_G_ForceToMultiPolygon(geometry);
}

void setString(OGRFeatureH f, const char *field, const QString &value)
{
    if (!value.isEmpty())
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, field), value.toUtf8().constData());
}

void setDateTime(OGRFeatureH f, const char *field, const QDateTime &t)
{
    if (!t.isValid())
        return;
    const QDateTime utc = t.toUTC();
    const float seconds = float(utc.time().second()) + float(utc.time().msec()) / 1000.0f;
    OGR_F_SetFieldDateTimeEx(f, OGR_F_GetFieldIndex(f, field), utc.date().year(), utc.date().month(),
                             utc.date().day(), utc.time().hour(), utc.time().minute(), seconds,
                             100 /* UTC */);
}

QString checksumsText(const Checksums &sums)
{
    QStringList parts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        parts << it.key() + QLatin1Char(':') + it.value();
    return parts.join(QLatin1Char(';'));
}

QString assetsText(const SceneResult &r)
{
    if (r.assets.isEmpty())
        return {};
    // The JSON export already knows how to write assets; reuse its shape.
    const QJsonArray assets = r.toJson().value(QStringLiteral("assets")).toArray();
    return QString::fromUtf8(QJsonDocument(assets).toJson(QJsonDocument::Compact));
}

} // namespace

Status writeGeoPackage(const QList<SceneResult> &results, const QString &path)
{
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });

    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver)
        return Error(ErrorClass::Permanent, QCoreApplication::translate("GeoPackageWriter", "This GDAL has no GeoPackage (GPKG) driver"));

    CPLErrorReset();
    std::unique_ptr<void, DatasetCloser> dataset(
        GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return gdalError(QCoreApplication::translate("GeoPackageWriter", "Could not create the GeoPackage %1").arg(path));

    std::unique_ptr<void, SrsReleaser> wgs84(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(static_cast<OGRSpatialReferenceH>(wgs84.get()), 4326);
    OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(wgs84.get()), OAMS_TRADITIONAL_GIS_ORDER);

    OGRLayerH layer = GDALDatasetCreateLayer(static_cast<GDALDatasetH>(dataset.get()), "results",
                                             static_cast<OGRSpatialReferenceH>(wgs84.get()),
                                             wkbMultiPolygon, nullptr);
    if (!layer)
        return gdalError(QCoreApplication::translate("GeoPackageWriter", "Could not create the layer of %1").arg(path));

    for (const auto &spec : kFields) {
        std::unique_ptr<void, FieldDefnDestroyer> field(OGR_Fld_Create(spec.name, spec.type));
        OGR_Fld_SetSubType(static_cast<OGRFieldDefnH>(field.get()), spec.subType);
        if (OGR_L_CreateField(layer, static_cast<OGRFieldDefnH>(field.get()), TRUE) != OGRERR_NONE)
            return gdalError(QCoreApplication::translate("GeoPackageWriter", "Could not add the field %1").arg(QLatin1String(spec.name)));
    }

    // One transaction: a GeoPackage commits each feature on its own otherwise, which is slow.
    if (OGR_L_StartTransaction(layer) != OGRERR_NONE)
        return gdalError(QCoreApplication::translate("GeoPackageWriter", "Could not write %1").arg(path));
    for (const auto &r : results) {
        std::unique_ptr<void, FeatureDestroyer> holder(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
        auto f = static_cast<OGRFeatureH>(holder.get());
        setString(f, "scene_id", r.sceneId);
        setString(f, "provider", r.provider);
        setString(f, "collection", r.collection);
        setString(f, "remote_id", r.remoteId);
        setDateTime(f, "start", r.start);
        setDateTime(f, "end", r.end);
        if (r.cloudCover)
            OGR_F_SetFieldDouble(f, OGR_F_GetFieldIndex(f, "cloud_cover"), *r.cloudCover);
        if (r.size)
            OGR_F_SetFieldInteger64(f, OGR_F_GetFieldIndex(f, "size"), *r.size);
        OGR_F_SetFieldInteger(f, OGR_F_GetFieldIndex(f, "online"), r.online ? 1 : 0);
        setString(f, "tile", r.tile);
        if (r.link.isValid())
            setString(f, "link", r.link.toString(QUrl::FullyEncoded));
        if (r.quicklook.isValid())
            setString(f, "quicklook", r.quicklook.toString(QUrl::FullyEncoded));
        setString(f, "checksums", checksumsText(r.checksums));
        setString(f, "assets", assetsText(r));
        if (OGRGeometryH geometry = footprintGeometry(r))
            OGR_F_SetGeometryDirectly(f, geometry);
        if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE) {
            (void)OGR_L_RollbackTransaction(layer);
            return gdalError(QCoreApplication::translate("GeoPackageWriter", "Could not write %1 into %2").arg(r.sceneId, path));
        }
    }
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE)
        return gdalError(QCoreApplication::translate("GeoPackageWriter", "Could not write %1").arg(path));
    dataset.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
        return gdalError(QCoreApplication::translate("GeoPackageWriter", "Could not finish %1").arg(path));
    return success();
}

} // namespace eoc::gdal

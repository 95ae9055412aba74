#include "tests/model/region/RegionTestSupport.h"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <mutex>

namespace eoc::test {

namespace {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

double distanceToSegment(const GeoPoint &p, const GeoPoint &a, const GeoPoint &b)
{
    const double dx = b.lon - a.lon, dy = b.lat - a.lat;
    const double len2 = dx * dx + dy * dy;
    double t = len2 == 0.0 ? 0.0 : ((p.lon - a.lon) * dx + (p.lat - a.lat) * dy) / len2;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.lon - (a.lon + t * dx), p.lat - (a.lat + t * dy));
}

bool insideRing(const GeoPoint &p, const Ring &ring, double tolerance)
{
    bool inside = false;
    for (int i = 0; i + 1 < ring.size(); ++i) {
        const GeoPoint &a = ring.at(i);
        const GeoPoint &b = ring.at(i + 1);
        if (distanceToSegment(p, a, b) <= tolerance)
            return true;
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double lon = a.lon + (p.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (p.lon < lon)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

QString writeVectorFile(const QString &driverName, const QString &path, int epsg, const QStringList &wkts)
{
    registerDrivers();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        return QStringLiteral("no GDAL driver ") + driverName;
    GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return QStringLiteral("cannot create ") + path;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = dataset->CreateLayer("roi", &srs, wkbUnknown, nullptr);
    if (!layer)
        return QStringLiteral("cannot create a layer in ") + path;
    for (const QString &wkt : wkts) {
        OGRGeometry *geometry = nullptr;
        const QByteArray text = wkt.toUtf8();
        if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &geometry) != OGRERR_NONE)
            return QStringLiteral("bad test WKT ") + wkt;
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetGeometryDirectly(geometry);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return QStringLiteral("cannot write a feature to ") + path;
    }
    return {};
}

QString zipFiles(const QString &zipPath, const QStringList &files)
{
    void *zip = CPLCreateZip(zipPath.toUtf8().constData(), nullptr);
    if (!zip)
        return QStringLiteral("cannot create ") + zipPath;
    for (const QString &file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + file;
        const QByteArray data = in.readAll();
        if (CPLCreateFileInZip(zip, QFileInfo(file).fileName().toUtf8().constData(), nullptr) != CE_None
            || CPLWriteFileInZip(zip, data.constData(), int(data.size())) != CE_None
            || CPLCloseFileInZip(zip) != CE_None)
            return QStringLiteral("cannot add ") + file;
    }
    CPLCloseZip(zip);
    return {};
}

std::string describe(const Result<Region> &region)
{
    return region ? region->toWkt().toStdString() : region.error().message.toStdString();
}

bool regionContains(const Region &region, const GeoPoint &point, double tolerance)
{
    const QList<Polygon> polygons = region.toPolygons();
    for (const Polygon &polygon : polygons) {
        if (insideRing(point, polygon.outer, tolerance))
            return true;
    }
    return false;
}

} // namespace eoc::test

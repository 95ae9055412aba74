#include "providers/earthdata/UmmGranuleParser.h"

#include "core/model/JsonNumbers.h"
#include "providers/earthdata/GranuleCopies.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace eoc::earthdata {
namespace {

QJsonArray point(double lon, double lat)
{
    return QJsonArray{lon, lat};
}

// UMM-G geometry -> a GeoJSON geometry (Polygon or MultiPolygon), or an empty object.
QJsonObject footprintGeoJson(const QJsonObject &umm)
{
    const QJsonObject geometry = umm.value(QStringLiteral("SpatialExtent")).toObject()
                                     .value(QStringLiteral("HorizontalSpatialDomain")).toObject()
                                     .value(QStringLiteral("Geometry")).toObject();
    QJsonArray polygons;
    const QJsonArray gpolygons = geometry.value(QStringLiteral("GPolygons")).toArray();
    for (const auto &g : gpolygons) {
        QJsonArray ring;
        const QJsonArray points = g.toObject().value(QStringLiteral("Boundary")).toObject()
                                      .value(QStringLiteral("Points")).toArray();
        for (const auto &p : points) {
            const QJsonObject o = p.toObject();
            ring.append(point(o.value(QStringLiteral("Longitude")).toDouble(), o.value(QStringLiteral("Latitude")).toDouble()));
        }
        if (ring.size() >= 3) {
            if (ring.first() != ring.last())
                ring.append(ring.first());
            polygons.append(QJsonArray{ring});
        }
    }
    const QJsonArray rectangles = geometry.value(QStringLiteral("BoundingRectangles")).toArray();
    for (const auto &r : rectangles) {
        const QJsonObject o = r.toObject();
        const double w = o.value(QStringLiteral("WestBoundingCoordinate")).toDouble();
        const double e = o.value(QStringLiteral("EastBoundingCoordinate")).toDouble();
        const double s = o.value(QStringLiteral("SouthBoundingCoordinate")).toDouble();
        const double n = o.value(QStringLiteral("NorthBoundingCoordinate")).toDouble();
        polygons.append(QJsonArray{QJsonArray{point(w, s), point(e, s), point(e, n), point(w, n), point(w, s)}});
    }
    if (polygons.isEmpty())
        return {};
    if (polygons.size() == 1)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), polygons.first()}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")}, {QStringLiteral("coordinates"), polygons}};
}

QString checksumName(const QString &algorithm)
{
    QString a = algorithm.toLower();
    a.remove(QLatin1Char('-'));
    if (a == QLatin1String("md5") || a == QLatin1String("sha1") || a == QLatin1String("sha256")
        || a == QLatin1String("sha512"))
        return a;
    return {};
}

std::optional<qint64> sizeOf(const QJsonObject &info)
{
    if (info.contains(QStringLiteral("SizeInBytes")))
        return jsonCount(info.value(QStringLiteral("SizeInBytes")));
    if (!info.contains(QStringLiteral("Size")))
        return std::nullopt;
    const double size = info.value(QStringLiteral("Size")).toDouble();
    const QString unit = info.value(QStringLiteral("SizeUnit")).toString().toUpper();
    double factor = 1;
    if (unit == QLatin1String("KB"))
        factor = 1024.0;
    else if (unit == QLatin1String("MB"))
        factor = 1024.0 * 1024;
    else if (unit == QLatin1String("GB"))
        factor = 1024.0 * 1024 * 1024;
    else if (unit == QLatin1String("TB"))
        factor = 1024.0 * 1024 * 1024 * 1024;
    return scaledByteCount(size, factor);
}

QString withoutExtension(const QString &name)
{
    static const QRegularExpression extension(
        QStringLiteral("\\.(hdf|h5|he5|nc|nc4|tif|tiff|xml|zip|tar|gz|txt|jpg|json)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString n = name;
    n.remove(extension);
    return n;
}

QDateTime utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

SceneResult sceneFromUmm(const QJsonObject &item, const QString &collection)
{
    const QJsonObject meta = item.value(QStringLiteral("meta")).toObject();
    const QJsonObject umm = item.value(QStringLiteral("umm")).toObject();
    SceneResult scene;
    scene.provider = QStringLiteral("earthdata");
    scene.collection = collection;
    scene.remoteId = meta.value(QStringLiteral("concept-id")).toString();
    if (const QString holder = meta.value(QStringLiteral("provider-id")).toString(); !holder.isEmpty())
        scene.attributes[QStringLiteral("cmr_provider")] = holder;

    const QString granuleUr = umm.value(QStringLiteral("GranuleUR")).toString();
    const QJsonObject dataGranule = umm.value(QStringLiteral("DataGranule")).toObject();
    QString producerId;
    const QJsonArray identifiers = dataGranule.value(QStringLiteral("Identifiers")).toArray();
    for (const auto &i : identifiers) {
        const QJsonObject o = i.toObject();
        if (o.value(QStringLiteral("IdentifierType")).toString() == QLatin1String("ProducerGranuleId"))
            producerId = o.value(QStringLiteral("Identifier")).toString();
    }
    scene.sceneId = producerId.isEmpty() ? granuleUr : withoutExtension(producerId);
    scene.attributes[QStringLiteral("granule_ur")] = granuleUr;
    if (!producerId.isEmpty())
        scene.attributes[QStringLiteral("producer_granule_id")] = producerId;

    const QJsonObject temporal = umm.value(QStringLiteral("TemporalExtent")).toObject();
    const QJsonObject range = temporal.value(QStringLiteral("RangeDateTime")).toObject();
    if (!range.isEmpty()) {
        scene.start = utc(range.value(QStringLiteral("BeginningDateTime")).toString());
        scene.end = utc(range.value(QStringLiteral("EndingDateTime")).toString());
    } else {
        scene.start = scene.end = utc(temporal.value(QStringLiteral("SingleDateTime")).toString());
    }

    const QJsonObject footprint = footprintGeoJson(umm);
    if (!footprint.isEmpty()) {
        scene.attributes[QStringLiteral("footprint_geojson")] = footprint;
        if (auto region = Region::fromGeoJson(footprint))
            scene.footprint = region.value();
    }

    // Sizes and checksums per file; matched to the data links by file name.
    struct FileInfo { std::optional<qint64> size; Checksums checksums; };
    QHash<QString, FileInfo> files;
    qint64 total = 0;
    bool haveSize = false;
    const QJsonArray archive = dataGranule.value(QStringLiteral("ArchiveAndDistributionInformation")).toArray();
    FileInfo onlyFile;
    for (const auto &a : archive) {
        const QJsonObject info = a.toObject();
        FileInfo f;
        f.size = sizeOf(info);
        const QJsonObject checksum = info.value(QStringLiteral("Checksum")).toObject();
        const QString algorithm = checksumName(checksum.value(QStringLiteral("Algorithm")).toString());
        if (!algorithm.isEmpty())
            f.checksums.insert(algorithm, checksum.value(QStringLiteral("Value")).toString().toLower());
        if (f.size) {
            total += *f.size;
            haveSize = true;
        }
        files.insert(info.value(QStringLiteral("Name")).toString(), f);
        onlyFile = f;
    }
    if (haveSize)
        scene.size = total;

    const QJsonArray links = umm.value(QStringLiteral("RelatedUrls")).toArray();
    QList<SceneAsset> data;
    for (const auto &l : links) {
        const QJsonObject link = l.toObject();
        const QString type = link.value(QStringLiteral("Type")).toString();
        const QUrl url(link.value(QStringLiteral("URL")).toString());
        if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            continue;   // s3:// direct access only works inside AWS us-west-2
        if (isRetiredDataPoolUrl(url))
            continue;
        if (type == QLatin1String("GET DATA")) {
            SceneAsset asset;
            asset.href = url;
            asset.key = url.fileName();
            asset.mediaType = link.value(QStringLiteral("MimeType")).toString();
            asset.title = link.value(QStringLiteral("Description")).toString();
            asset.roles = {QStringLiteral("data")};
            data.append(asset);
        } else if (type == QLatin1String("GET RELATED VISUALIZATION") && scene.quicklook.isEmpty()) {
            scene.quicklook = url;
        }
    }
    for (auto &asset : data) {
        const auto it = files.constFind(asset.key);
        if (it != files.cend()) {
            asset.size = it->size;
            asset.checksums = it->checksums;
        } else if (files.size() == 1 && data.size() == 1) {
            // One file described without its name ("Not provided"): it is the one data link.
            asset.size = onlyFile.size;
            asset.checksums = onlyFile.checksums;
        }
    }
    if (!data.isEmpty()) {
        scene.link = data.first().href;
        scene.checksums = data.first().checksums;
    }
    scene.assets = data;

    // HLS writes its cloud cover as an additional attribute; some collections use CloudCover.
    if (umm.contains(QStringLiteral("CloudCover")))
        scene.cloudCover = umm.value(QStringLiteral("CloudCover")).toDouble();
    const QJsonArray additional = umm.value(QStringLiteral("AdditionalAttributes")).toArray();
    for (const auto &a : additional) {
        const QJsonObject o = a.toObject();
        if (o.value(QStringLiteral("Name")).toString() == QLatin1String("CLOUD_COVERAGE")) {
            bool ok = false;
            const double cloud = o.value(QStringLiteral("Values")).toArray().first().toString().toDouble(&ok);
            if (ok)
                scene.cloudCover = cloud;
        }
    }

    const QString dayNight = dataGranule.value(QStringLiteral("DayNightFlag")).toString();
    if (!dayNight.isEmpty())
        scene.attributes[QStringLiteral("day_night")] = dayNight;

    static const QRegularExpression modisTile(QStringLiteral("\\.(h\\d{2}v\\d{2})\\."));
    static const QRegularExpression hlsTile(QStringLiteral("^HLS\\.[LS]30\\.T(\\d{2}[A-Z]{3})\\."));
    if (const auto m = modisTile.match(scene.sceneId + QLatin1Char('.')); m.hasMatch())
        scene.tile = m.captured(1);
    else if (const auto h = hlsTile.match(scene.sceneId); h.hasMatch())
        scene.tile = h.captured(1);
    return scene;
}

} // namespace eoc::earthdata

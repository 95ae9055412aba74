#include "core/model/Region.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace eoc {

namespace {

// RFC 7946 reader that keeps rings exactly as written, so an open ring is reported rather than
// silently closed.
class GeoJsonReader
{
public:
    Status read(const QJsonObject &object, const QString &where);
    QList<Polygon> polygons;
    int geometriesRead = 0;

private:
    Status readGeometry(const QJsonObject &geometry, const QString &where);
    Result<Ring> readRing(const QJsonValue &value, const QString &where);
    Result<Polygon> readPolygon(const QJsonValue &value, const QString &where);
};

Error bad(const QString &where, const QString &what)
{
    return Error(ErrorClass::BadInput, QCoreApplication::translate("GeoJson", "GeoJSON %1: %2").arg(where, what));
}

Result<Ring> GeoJsonReader::readRing(const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        return bad(where, QCoreApplication::translate("GeoJson", "a ring must be an array of positions"));
    Ring ring;
    const QJsonArray positions = value.toArray();
    for (int i = 0; i < positions.size(); ++i) {
        const QJsonArray position = positions.at(i).toArray();
        if (position.size() < 2 || !position.at(0).isDouble() || !position.at(1).isDouble()) {
            return bad(where, QCoreApplication::translate("GeoJson", "position %1 is not [longitude, latitude]").arg(i + 1));
        }
        ring.append(GeoPoint{position.at(0).toDouble(), position.at(1).toDouble()});
    }
    return ring;
}

Result<Polygon> GeoJsonReader::readPolygon(const QJsonValue &value, const QString &where)
{
    const QJsonArray rings = value.toArray();
    if (!value.isArray() || rings.isEmpty())
        return bad(where, QCoreApplication::translate("GeoJson", "a Polygon's coordinates must be a non-empty array of rings"));
    Polygon polygon;
    for (int r = 0; r < rings.size(); ++r) {
        auto ring = readRing(rings.at(r), where);
        if (!ring)
            return ring.error();
        if (r == 0)
            polygon.outer = *ring;
        else
            polygon.holes.append(*ring);
    }
    return polygon;
}

Status GeoJsonReader::readGeometry(const QJsonObject &geometry, const QString &where)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
    ++geometriesRead;
    if (type == QLatin1String("Polygon")) {
        auto polygon = readPolygon(coordinates, where);
        if (!polygon)
            return polygon.error();
        polygons.append(*polygon);
        return success();
    }
    if (type == QLatin1String("MultiPolygon")) {
        if (!coordinates.isArray())
            return bad(where, QCoreApplication::translate("GeoJson", "a MultiPolygon's coordinates must be an array of polygons"));
        const QJsonArray parts = coordinates.toArray();
        for (const QJsonValue &part : parts) {
            auto polygon = readPolygon(part, where);
            if (!polygon)
                return polygon.error();
            polygons.append(*polygon);
        }
        return success();
    }
    if (type == QLatin1String("GeometryCollection")) {
        const QJsonArray members = geometry.value(QStringLiteral("geometries")).toArray();
        for (const QJsonValue &member : members) {
            if (auto s = readGeometry(member.toObject(), where); !s)
                return s;
        }
        return success();
    }
    static const QStringList notAreas{QStringLiteral("Point"), QStringLiteral("MultiPoint"),
                                      QStringLiteral("LineString"), QStringLiteral("MultiLineString")};
    if (notAreas.contains(type))
        return bad(where, QCoreApplication::translate("GeoJson", "a region needs polygons, but the geometry is a %1").arg(type));
    return bad(where, QCoreApplication::translate("GeoJson", "unknown geometry type '%1'").arg(type));
}

Status GeoJsonReader::read(const QJsonObject &object, const QString &where)
{
    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (!typeValue.isString())
        return bad(where, QCoreApplication::translate("GeoJson", "the object has no \"type\""));
    const QString type = typeValue.toString();
    if (type == QLatin1String("FeatureCollection")) {
        const QJsonArray features = object.value(QStringLiteral("features")).toArray();
        if (features.isEmpty())
            return bad(where, QCoreApplication::translate("GeoJson", "the FeatureCollection has no features"));
        for (int i = 0; i < features.size(); ++i) {
            const QJsonObject feature = features.at(i).toObject();
            // Features without a geometry (allowed by RFC 7946) add nothing to the region.
            if (feature.value(QStringLiteral("geometry")).isNull())
                continue;
            if (auto s = read(feature, QCoreApplication::translate("GeoJson", "feature %1").arg(i + 1)); !s)
                return s;
        }
        if (geometriesRead == 0)
            return bad(where, QCoreApplication::translate("GeoJson", "no feature of the FeatureCollection has a geometry"));
        return success();
    }
    if (type == QLatin1String("Feature")) {
        const QJsonValue geometry = object.value(QStringLiteral("geometry"));
        if (!geometry.isObject())
            return bad(where, QCoreApplication::translate("GeoJson", "the Feature has no geometry"));
        return readGeometry(geometry.toObject(), where);
    }
    return readGeometry(object, where);
}

QJsonArray ringJson(const Ring &ring)
{
    QJsonArray positions;
    for (const GeoPoint &p : ring)
        positions.append(QJsonArray{p.lon, p.lat});
    return positions;
}

QJsonArray polygonJson(const Polygon &polygon)
{
    QJsonArray rings{ringJson(polygon.outer)};
    for (const Ring &hole : polygon.holes)
        rings.append(ringJson(hole));
    return rings;
}

} // namespace

Result<Region> Region::fromGeoJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("GeoJson", "GeoJSON could not be read: %1 at character %2")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    }
    if (!document.isObject())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("GeoJson", "GeoJSON must be an object (a geometry, Feature or FeatureCollection)"));
    return fromGeoJson(document.object());
}

Result<Region> Region::fromGeoJson(const QJsonObject &object)
{
    GeoJsonReader reader;
    if (auto s = reader.read(object, QStringLiteral("geometry")); !s)
        return s.error();
    auto region = fromPolygons(reader.polygons);
    if (!region)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("GeoJson", "GeoJSON: %1").arg(region.error().message));
    return region;
}

QJsonObject Region::toGeoJson() const
{
    const QList<Polygon> polygons = toPolygons();
    if (polygons.isEmpty())
        return {};
    if (polygons.size() == 1) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                           {QStringLiteral("coordinates"), polygonJson(polygons.first())}};
    }
    QJsonArray parts;
    for (const Polygon &polygon : polygons)
        parts.append(polygonJson(polygon));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                       {QStringLiteral("coordinates"), parts}};
}

} // namespace eoc

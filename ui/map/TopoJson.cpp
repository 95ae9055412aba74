#include "ui/map/TopoJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eoc::ui {

namespace {

using Arc = QList<GeoPoint>;

QList<Arc> decodeArcs(const QJsonArray &arcs, const QJsonObject &transform)
{
    const bool quantized = !transform.isEmpty();
    const QJsonArray scale = transform.value(QLatin1String("scale")).toArray();
    const QJsonArray translate = transform.value(QLatin1String("translate")).toArray();
    const double sx = scale.at(0).toDouble(1.0), sy = scale.at(1).toDouble(1.0);
    const double tx = translate.at(0).toDouble(), ty = translate.at(1).toDouble();

    QList<Arc> decoded;
    decoded.reserve(arcs.size());
    for (const QJsonValue &arcValue : arcs) {
        const QJsonArray positions = arcValue.toArray();
        Arc arc;
        arc.reserve(positions.size());
        double x = 0, y = 0;
        for (const QJsonValue &posValue : positions) {
            const QJsonArray pos = posValue.toArray();
            if (quantized) {
                x += pos.at(0).toDouble();
                y += pos.at(1).toDouble();
                arc.append({x * sx + tx, y * sy + ty});
            } else {
                arc.append({pos.at(0).toDouble(), pos.at(1).toDouble()});
            }
        }
        decoded.append(arc);
    }
    return decoded;
}

// A ring is a list of arc indexes; consecutive arcs share their end and start point.
Ring assembleRing(const QJsonArray &indexes, const QList<Arc> &arcs, bool *ok)
{
    Ring ring;
    for (const QJsonValue &v : indexes) {
        const int index = v.toInt();
        const bool reversed = index < 0;
        const int arcIndex = reversed ? ~index : index;
        if (arcIndex < 0 || arcIndex >= arcs.size()) {
            *ok = false;
            return {};
        }
        Arc arc = arcs.at(arcIndex);
        if (reversed)
            std::reverse(arc.begin(), arc.end());
        if (!ring.isEmpty() && !arc.isEmpty())
            arc.removeFirst();
        ring.append(arc);
    }
    if (!ring.isEmpty() && !(ring.first() == ring.last()))
        ring.append(ring.first());
    return ring;
}

bool readPolygon(const QJsonArray &rings, const QList<Arc> &arcs, QList<Polygon> *out)
{
    Polygon polygon;
    for (qsizetype i = 0; i < rings.size(); ++i) {
        bool ok = true;
        Ring ring = assembleRing(rings.at(i).toArray(), arcs, &ok);
        if (!ok)
            return false;
        if (i == 0)
            polygon.outer = ring;
        else
            polygon.holes.append(ring);
    }
    out->append(polygon);
    return true;
}

} // namespace

Result<QList<TopoFeature>> readTopoJson(const QByteArray &json, const QString &objectName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error(ErrorClass::BadInput,
                     QStringLiteral("The TopoJSON text is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject topology = doc.object();
    if (topology.value(QLatin1String("type")).toString() != QLatin1String("Topology"))
        return Error(ErrorClass::BadInput, QStringLiteral("The JSON is not a TopoJSON Topology."));
    const QJsonObject object = topology.value(QLatin1String("objects")).toObject().value(objectName).toObject();
    if (object.isEmpty())
        return Error(ErrorClass::BadInput,
                     QStringLiteral("The topology has no object called \"%1\".").arg(objectName));

    const QList<Arc> arcs = decodeArcs(topology.value(QLatin1String("arcs")).toArray(),
                                       topology.value(QLatin1String("transform")).toObject());

    QJsonArray geometries;
    if (object.value(QLatin1String("type")).toString() == QLatin1String("GeometryCollection"))
        geometries = object.value(QLatin1String("geometries")).toArray();
    else
        geometries.append(object);

    QList<TopoFeature> features;
    for (const QJsonValue &value : geometries) {
        const QJsonObject geometry = value.toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray geometryArcs = geometry.value(QLatin1String("arcs")).toArray();
        TopoFeature feature;
        feature.name = geometry.value(QLatin1String("properties")).toObject()
                           .value(QLatin1String("name")).toString();
        bool ok = true;
        if (type == QLatin1String("Polygon")) {
            ok = readPolygon(geometryArcs, arcs, &feature.polygons);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &polygon : geometryArcs)
                ok = ok && readPolygon(polygon.toArray(), arcs, &feature.polygons);
        } else {
            continue;
        }
        if (!ok)
            return Error(ErrorClass::BadInput,
                         QStringLiteral("The TopoJSON geometry \"%1\" refers to an arc that does not exist.")
                             .arg(feature.name));
        features.append(feature);
    }
    return features;
}

} // namespace eoc::ui

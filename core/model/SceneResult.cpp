#include "core/model/SceneResult.h"

#include "core/model/JsonNumbers.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace eoc {

namespace {

QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs).replace(QStringLiteral(".000Z"), QStringLiteral("Z"));
}

QJsonObject checksumsToJson(const Checksums &sums)
{
    QJsonObject o;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        o[it.key()] = it.value();
    return o;
}

Checksums checksumsFromJson(const QJsonObject &o)
{
    Checksums sums;
    for (auto it = o.begin(); it != o.end(); ++it)
        sums.insert(it.key().toLower(), it.value().toString().toLower());
    return sums;
}

QJsonObject assetToJson(const SceneAsset &a)
{
    QJsonObject o;
    o[QStringLiteral("key")] = a.key;
    o[QStringLiteral("href")] = a.href.toString();
    if (!a.mediaType.isEmpty())
        o[QStringLiteral("type")] = a.mediaType;
    if (!a.title.isEmpty())
        o[QStringLiteral("title")] = a.title;
    if (!a.roles.isEmpty())
        o[QStringLiteral("roles")] = QJsonArray::fromStringList(a.roles);
    if (a.size)
        o[QStringLiteral("size")] = static_cast<double>(*a.size);
    if (!a.checksums.isEmpty())
        o[QStringLiteral("checksums")] = checksumsToJson(a.checksums);
    return o;
}

SceneAsset assetFromJson(const QJsonObject &o)
{
    SceneAsset a;
    a.key = o.value(QStringLiteral("key")).toString();
    a.href = QUrl(o.value(QStringLiteral("href")).toString());
    a.mediaType = o.value(QStringLiteral("type")).toString();
    a.title = o.value(QStringLiteral("title")).toString();
    const auto roles = o.value(QStringLiteral("roles")).toArray();
    for (const auto &r : roles)
        a.roles << r.toString();
    a.size = jsonCount(o.value(QStringLiteral("size")));
    a.checksums = checksumsFromJson(o.value(QStringLiteral("checksums")).toObject());
    return a;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject propertiesOf(const SceneResult &r)
{
    QJsonObject o;
    o[QStringLiteral("scene_id")] = r.sceneId;
    o[QStringLiteral("provider")] = r.provider;
    o[QStringLiteral("collection")] = r.collection;
    if (!r.remoteId.isEmpty())
        o[QStringLiteral("remote_id")] = r.remoteId;
    o[QStringLiteral("cloud_cover")] = optionalNumber(r.cloudCover);
    o[QStringLiteral("start")] = r.start.isValid() ? QJsonValue(isoUtc(r.start)) : QJsonValue();
    o[QStringLiteral("end")] = r.end.isValid() ? QJsonValue(isoUtc(r.end)) : QJsonValue();
    o[QStringLiteral("size")] = r.size ? QJsonValue(static_cast<double>(*r.size)) : QJsonValue();
    o[QStringLiteral("online")] = r.online;
    o[QStringLiteral("checksums")] = checksumsToJson(r.checksums);
    o[QStringLiteral("link")] = r.link.isValid() ? QJsonValue(r.link.toString()) : QJsonValue();
    if (r.quicklook.isValid())
        o[QStringLiteral("quicklook")] = r.quicklook.toString();
    if (!r.tile.isEmpty())
        o[QStringLiteral("tile")] = r.tile;
    if (!r.assets.isEmpty()) {
        QJsonArray assets;
        for (const auto &a : r.assets)
            assets.append(assetToJson(a));
        o[QStringLiteral("assets")] = assets;
    }
    if (!r.attributes.isEmpty())
        o[QStringLiteral("attributes")] = r.attributes;
    o[QStringLiteral("source")] = r.sourceName();
    o[QStringLiteral("sources")] = QJsonArray::fromStringList(r.sources());
    if (!r.otherSources.empty()) {
        // Every other source in full: `download` reads them back to fail over without searching.
        QJsonArray others;
        for (const auto &other : r.otherSources) {
            QJsonObject one = propertiesOf(other);
            one.remove(QStringLiteral("sources"));
            others.append(one);
        }
        o[QStringLiteral("other_sources")] = others;
    }
    return o;
}

Result<SceneResult> fromProperties(const QJsonObject &o, const QJsonValue &geometry)
{
    SceneResult r;
    r.sceneId = o.value(QStringLiteral("scene_id")).toString();
    if (r.sceneId.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SceneResult", "A result has no scene_id"));
    r.provider = o.value(QStringLiteral("provider")).toString();
    r.collection = o.value(QStringLiteral("collection")).toString();
    r.remoteId = o.value(QStringLiteral("remote_id")).toString();
    const auto cloud = o.value(QStringLiteral("cloud_cover"));
    if (cloud.isDouble())
        r.cloudCover = cloud.toDouble();
    r.start = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    r.end = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
    r.size = jsonCount(o.value(QStringLiteral("size")));
    r.online = o.value(QStringLiteral("online")).toBool(true);
    r.checksums = checksumsFromJson(o.value(QStringLiteral("checksums")).toObject());
    r.link = QUrl(o.value(QStringLiteral("link")).toString());
    r.quicklook = QUrl(o.value(QStringLiteral("quicklook")).toString());
    r.tile = o.value(QStringLiteral("tile")).toString();
    const auto assets = o.value(QStringLiteral("assets")).toArray();
    for (const auto &a : assets)
        r.assets << assetFromJson(a.toObject());
    r.attributes = o.value(QStringLiteral("attributes")).toObject();
    r.source = o.value(QStringLiteral("source")).toString();
    if (r.source == r.provider)
        r.source.clear();
    const auto others = o.value(QStringLiteral("other_sources")).toArray();
    for (const auto &other : others) {
        // The other sources show the same footprint; they are kept without one.
        auto one = fromProperties(other.toObject(), QJsonValue());
        if (!one)
            return one.error();
        SceneResult copy = one.value();
        copy.otherSources.clear();
        r.otherSources.push_back(std::move(copy));
    }
    if (geometry.isObject()) {
        auto footprint = Region::fromGeoJson(geometry.toObject());
        if (!footprint) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SceneResult", "The footprint of %1 is invalid: %2")
                                                   .arg(r.sceneId, footprint.error().message));
        }
        r.footprint = footprint.value();
    }
    return r;
}

} // namespace

QString SceneResult::sourceName() const
{
    return source.isEmpty() ? provider : source;
}

QStringList SceneResult::sources() const
{
    QStringList names{sourceName()};
    for (const auto &other : otherSources) {
        if (!names.contains(other.sourceName()))
            names << other.sourceName();
    }
    return names;
}

QJsonObject SceneResult::toJson() const
{
    QJsonObject o = propertiesOf(*this);
    o[QStringLiteral("footprint")] = footprint.isEmpty() ? QJsonValue() : QJsonValue(footprint.toGeoJson());
    return o;
}

Result<SceneResult> SceneResult::fromJson(const QJsonObject &json)
{
    return fromProperties(json, json.value(QStringLiteral("footprint")));
}

QJsonObject resultsToJson(const QList<SceneResult> &results)
{
    QJsonArray array;
    for (const auto &r : results)
        array.append(r.toJson());
    QJsonObject o;
    o[QStringLiteral("total")] = static_cast<double>(results.size());
    o[QStringLiteral("results")] = array;
    return o;
}

QJsonObject resultsToGeoJson(const QList<SceneResult> &results)
{
    QJsonArray features;
    for (const auto &r : results) {
        QJsonObject feature;
        feature[QStringLiteral("type")] = QStringLiteral("Feature");
        feature[QStringLiteral("id")] = r.sceneId;
        feature[QStringLiteral("geometry")] =
            r.footprint.isEmpty() ? QJsonValue() : QJsonValue(r.footprint.toGeoJson());
        feature[QStringLiteral("properties")] = propertiesOf(r);
        features.append(feature);
    }
    QJsonObject o;
    o[QStringLiteral("type")] = QStringLiteral("FeatureCollection");
    o[QStringLiteral("features")] = features;
    return o;
}

Result<QList<SceneResult>> resultsFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SceneResult", "Not valid JSON at offset %1: %2")
                                               .arg(parseError.offset)
                                               .arg(parseError.errorString()));
    }
    const auto root = doc.object();
    QList<SceneResult> results;
    if (root.value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection")) {
        const auto features = root.value(QStringLiteral("features")).toArray();
        for (const auto &f : features) {
            const auto feature = f.toObject();
            auto r = fromProperties(feature.value(QStringLiteral("properties")).toObject(),
                                    feature.value(QStringLiteral("geometry")));
            if (!r)
                return r.error();
            results << r.value();
        }
        return results;
    }
    if (!root.contains(QStringLiteral("results"))) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("SceneResult", "Expected a GeoJSON FeatureCollection or {\"results\": [...]}"));
    }
    const auto array = root.value(QStringLiteral("results")).toArray();
    for (const auto &v : array) {
        auto r = SceneResult::fromJson(v.toObject());
        if (!r)
            return r.error();
        results << r.value();
    }
    return results;
}

} // namespace eoc

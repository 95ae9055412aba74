#include "providers/usgs/UsgsSceneParser.h"

#include "providers/usgs/UsgsDatasets.h"

#include <QJsonArray>

namespace eoc::usgs {
namespace {

// M2M writes times as "2016-09-11 14:20:23" in UTC, or "Unknown".
QDateTime m2mTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

std::optional<double> cloudCover(const QJsonValue &value)
{
    bool ok = value.isDouble();
    double cloud = value.toDouble();
    if (value.isString())
        cloud = value.toString().toDouble(&ok);
    // M2M uses -1 for "unknown".
    if (!ok || cloud < 0)
        return std::nullopt;
    return cloud;
}

} // namespace

SceneResult sceneFromM2m(const QJsonObject &result, const QString &dataset)
{
    SceneResult scene;
    scene.provider = QStringLiteral("usgs");
    scene.collection = dataset;
    scene.sceneId = result.value(QStringLiteral("displayId")).toString();
    scene.remoteId = result.value(QStringLiteral("entityId")).toString();
    scene.cloudCover = cloudCover(result.value(QStringLiteral("cloudCover")));

    const QJsonObject coverage = result.value(QStringLiteral("spatialCoverage")).toObject();
    if (!coverage.isEmpty()) {
        if (auto footprint = Region::fromGeoJson(coverage))
            scene.footprint = footprint.value();
        scene.attributes[QStringLiteral("spatialCoverage")] = coverage;
    }
    if (const auto bounds = result.value(QStringLiteral("spatialBounds")).toObject(); !bounds.isEmpty())
        scene.attributes[QStringLiteral("spatialBounds")] = bounds;

    const QJsonObject temporal = result.value(QStringLiteral("temporalCoverage")).toObject();
    scene.start = m2mTime(temporal.value(QStringLiteral("startDate")).toString());
    scene.end = m2mTime(temporal.value(QStringLiteral("endDate")).toString());

    const QDateTime published = m2mTime(result.value(QStringLiteral("publishDate")).toString());
    if (published.isValid())
        scene.attributes[QStringLiteral("published")] = published.toString(Qt::ISODate);

    const QJsonArray browse = result.value(QStringLiteral("browse")).toArray();
    for (const auto &item : browse) {
        const QJsonObject b = item.toObject();
        const QUrl browsePath(b.value(QStringLiteral("browsePath")).toString());
        if (scene.quicklook.isEmpty() && browsePath.isValid())
            scene.quicklook = browsePath;
        SceneAsset asset;
        asset.key = QStringLiteral("browse-%1").arg(scene.assets.size() + 1);
        asset.href = browsePath;
        asset.title = b.value(QStringLiteral("browseName")).toString();
        asset.roles = {QStringLiteral("overview")};
        if (asset.href.isValid() && !asset.href.isEmpty())
            scene.assets.append(asset);
        const QUrl thumbnail(b.value(QStringLiteral("thumbnailPath")).toString());
        if (!thumbnail.isEmpty() && !scene.attributes.contains(QStringLiteral("thumbnail")))
            scene.attributes[QStringLiteral("thumbnail")] = thumbnail.toString();
    }

    const QJsonObject options = result.value(QStringLiteral("options")).toObject();
    scene.online = options.value(QStringLiteral("download")).toBool(true);
    scene.attributes[QStringLiteral("options")] = options;
    scene.attributes[QStringLiteral("entityId")] = scene.remoteId;
    scene.attributes[QStringLiteral("dataset")] = dataset;

    scene.tile = wrsTileFromDisplayId(scene.sceneId);
    // Full metadata carries the path/row fields when the display id has no tile.
    if (scene.tile.isEmpty()) {
        QString path, row;
        const QJsonArray metadata = result.value(QStringLiteral("metadata")).toArray();
        for (const auto &item : metadata) {
            const QJsonObject field = item.toObject();
            const QString name = field.value(QStringLiteral("fieldName")).toString();
            const QString value = field.value(QStringLiteral("value")).toVariant().toString().trimmed();
            if (name.compare(QLatin1String("WRS Path"), Qt::CaseInsensitive) == 0)
                path = value;
            else if (name.compare(QLatin1String("WRS Row"), Qt::CaseInsensitive) == 0)
                row = value;
        }
        if (!path.isEmpty() && !row.isEmpty())
            scene.tile = path.rightJustified(3, QLatin1Char('0')) + row.rightJustified(3, QLatin1Char('0'));
    }
    return scene;
}

} // namespace eoc::usgs

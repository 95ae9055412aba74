#include "core/model/SceneId.h"

#include <QJsonValue>

namespace eoc {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue time(const std::optional<QDateTime> &value)
{
    // toUTC() keeps Qt::UTC so ISODate ends in 'Z', as every time in the project's JSON does.
    return value ? QJsonValue(value->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject SceneId::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("family")] = text(family);
    o[QStringLiteral("platform")] = text(platform);
    o[QStringLiteral("sensor")] = text(sensor);
    o[QStringLiteral("product_type")] = text(productType);
    o[QStringLiteral("level")] = text(level);
    o[QStringLiteral("tile")] = text(tile);
    o[QStringLiteral("sensing_start")] = time(sensingStart);
    o[QStringLiteral("sensing_end")] = time(sensingEnd);
    o[QStringLiteral("processing_date")] = time(processingDate);
    o[QStringLiteral("relative_orbit")] = number(relativeOrbit);
    o[QStringLiteral("absolute_orbit")] = number(absoluteOrbit);
    o[QStringLiteral("collection")] = text(collection);
    o[QStringLiteral("tier")] = text(tier);
    o[QStringLiteral("baseline")] = text(baseline);
    o[QStringLiteral("extra")] = extra;
    return o;
}

} // namespace eoc

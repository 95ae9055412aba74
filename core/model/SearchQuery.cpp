#include "core/model/SearchQuery.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace eoc {

QDateTime SearchQuery::startTime() const
{
    return QDateTime(start, QTime(0, 0), Qt::UTC);
}

QDateTime SearchQuery::endTime() const
{
    return QDateTime(end, QTime(23, 59, 59, 999), Qt::UTC);
}

Status SearchQuery::validate() const
{
    if (collection.trimmed().isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "No collection given"));
    if (start.isValid() != end.isValid() && start.isValid() && end.isValid())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "Invalid date range"));
    if (start.isValid() && end.isValid() && end < start) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("SearchQuery", "The end date %1 is before the start date %2")
                         .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    }
    // NaN compares false with everything: test for the range being met, not for it being missed.
    if (cloudMax && !(std::isfinite(*cloudMax) && *cloudMax >= 0.0 && *cloudMax <= 100.0)) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("SearchQuery", "Cloud cover %1 is not a percentage from 0 to 100").arg(*cloudMax));
    }
    if (limit && *limit <= 0)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "The limit must be a positive number"));
    if (relativeOrbit && *relativeOrbit <= 0)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "The relative orbit must be positive"));
    return success();
}

QJsonObject SearchQuery::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("provider")] = provider;
    o[QStringLiteral("collection")] = collection;
    if (!region.isEmpty())
        o[QStringLiteral("region")] = region.toGeoJson();
    // A box also as a box: its GeoJSON alone would come back as a polygon, which the map edits
    // differently (corners instead of a rectangle).
    if (region.isBox()) {
        const BoundingBox b = region.box();
        o[QStringLiteral("bbox")] = QJsonArray{b.west, b.south, b.east, b.north};
    }
    if (start.isValid())
        o[QStringLiteral("start")] = start.toString(Qt::ISODate);
    if (end.isValid())
        o[QStringLiteral("end")] = end.toString(Qt::ISODate);
    if (cloudMax)
        o[QStringLiteral("cloud_max")] = *cloudMax;
    if (!productType.isEmpty())
        o[QStringLiteral("product_type")] = productType;
    if (!tiles.isEmpty())
        o[QStringLiteral("tiles")] = QJsonArray::fromStringList(tiles);
    if (!orbitDirection.isEmpty())
        o[QStringLiteral("orbit_direction")] = orbitDirection;
    if (relativeOrbit)
        o[QStringLiteral("relative_orbit")] = *relativeOrbit;
    if (!platform.isEmpty())
        o[QStringLiteral("platform")] = platform;
    if (onlineOnly)
        o[QStringLiteral("online_only")] = true;
    if (limit)
        o[QStringLiteral("limit")] = *limit;
    if (!extra.isEmpty())
        o[QStringLiteral("extra")] = QJsonObject::fromVariantMap(extra);
    return o;
}

Result<SearchQuery> SearchQuery::fromJson(const QJsonObject &o)
{
    SearchQuery q;
    q.provider = o.value(QStringLiteral("provider")).toString();
    q.collection = o.value(QStringLiteral("collection")).toString();
    if (o.contains(QStringLiteral("bbox"))) {
        const QJsonArray bbox = o.value(QStringLiteral("bbox")).toArray();
        if (bbox.size() != 4 || !std::all_of(bbox.begin(), bbox.end(), [](const QJsonValue &v) { return v.isDouble(); }))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "'bbox' must be four numbers: west, south, east, north"));
        auto box = BoundingBox::make(bbox.at(0).toDouble(), bbox.at(1).toDouble(), bbox.at(2).toDouble(),
                                     bbox.at(3).toDouble());
        if (!box)
            return box.error();
        q.region = Region::fromBox(*box);
    } else if (o.contains(QStringLiteral("region"))) {
        auto region = Region::fromGeoJson(o.value(QStringLiteral("region")).toObject());
        if (!region)
            return region.error();
        q.region = region.value();
    }
    auto readDate = [&o](const QString &key, QDate &out) -> Status {
        if (!o.contains(key))
            return success();
        out = QDate::fromString(o.value(key).toString(), Qt::ISODate);
        if (!out.isValid()) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "'%1' is not a date (YYYY-MM-DD): %2")
                                                   .arg(key, o.value(key).toString()));
        }
        return success();
    };
    if (auto s = readDate(QStringLiteral("start"), q.start); !s)
        return s.error();
    if (auto s = readDate(QStringLiteral("end"), q.end); !s)
        return s.error();
    // Numbers must be numbers: toDouble()/toInt() would turn null or "abc" into 0 silently.
    auto readNumber = [&o](const QString &key) -> Result<std::optional<double>> {
        if (!o.contains(key))
            return std::optional<double>();
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            const QString shown = v.isString() ? v.toString()
                                               : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "'%1' is not a number: %2").arg(key, shown));
        }
        return std::optional<double>(v.toDouble());
    };
    auto readWhole = [&readNumber](const QString &key, std::optional<int> &out) -> Status {
        auto n = readNumber(key);
        if (!n)
            return n.error();
        if (!n.value())
            return success();
        const double d = *n.value();
        if (d != std::floor(d) || d < double(std::numeric_limits<int>::min()) || d > double(std::numeric_limits<int>::max()))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchQuery", "'%1' is not a whole number: %2").arg(key).arg(d));
        out = int(d);
        return success();
    };
    if (auto cloud = readNumber(QStringLiteral("cloud_max")); !cloud)
        return cloud.error();
    else
        q.cloudMax = cloud.value();
    q.productType = o.value(QStringLiteral("product_type")).toString();
    const auto tiles = o.value(QStringLiteral("tiles")).toArray();
    for (const auto &t : tiles)
        q.tiles << t.toString();
    q.orbitDirection = o.value(QStringLiteral("orbit_direction")).toString();
    if (auto s = readWhole(QStringLiteral("relative_orbit"), q.relativeOrbit); !s)
        return s.error();
    q.platform = o.value(QStringLiteral("platform")).toString();
    q.onlineOnly = o.value(QStringLiteral("online_only")).toBool();
    if (auto s = readWhole(QStringLiteral("limit"), q.limit); !s)
        return s.error();
    q.extra = o.value(QStringLiteral("extra")).toObject().toVariantMap();
    return q;
}

} // namespace eoc

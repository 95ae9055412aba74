#include "core/model/SimdJson.h"

#include "core/model/JsonObjectBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace eoc::simd {

simdjson::dom::parser &threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

QString stringOf(simdjson::dom::element element)
{
    std::string_view text;
    if (element.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return toQString(text);
}

QString stringAt(simdjson::dom::element object, std::string_view key)
{
    simdjson::dom::element value;
    if (!object.is_object() || object[key].get(value) != simdjson::SUCCESS)
        return {};
    return stringOf(value);
}

std::optional<double> numberOf(simdjson::dom::element element)
{
    double d = 0;
    if (!element.is_number() || element.get_double().get(d) != simdjson::SUCCESS)
        return std::nullopt;
    return d;
}

QByteArray compactJson(simdjson::dom::element element)
{
    const std::string text = simdjson::minify(element);
    return QByteArray(text.data(), qsizetype(text.size()));
}

void appendJson(QByteArray &out, simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::STRING:
        appendJsonString(out, std::string_view(element.get_string().value_unsafe()));
        return;
    case simdjson::dom::element_type::INT64:
        out.append(QByteArray::number(qint64(int64_t(element.get_int64().value_unsafe()))));
        return;
    case simdjson::dom::element_type::UINT64:
        out.append(QByteArray::number(quint64(uint64_t(element.get_uint64().value_unsafe()))));
        return;
    case simdjson::dom::element_type::DOUBLE:
        out.append(QByteArray::number(double(element.get_double().value_unsafe()), 'g', 17));
        return;
    case simdjson::dom::element_type::BOOL:
        out.append(bool(element.get_bool().value_unsafe()) ? "true" : "false");
        return;
    case simdjson::dom::element_type::NULL_VALUE:
        out.append("null");
        return;
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT:
        out.append(compactJson(element));
        return;
    }
}

QJsonValue toQJsonValue(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::STRING:
        return stringOf(element);
    case simdjson::dom::element_type::BOOL:
        return bool(element.get_bool());
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case simdjson::dom::element_type::INT64:
        return QJsonValue(qint64(int64_t(element.get_int64())));
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return *numberOf(element);
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT: {
        // Wrapped so that the reader takes any value; rare enough not to need a direct path.
        const QJsonObject wrapper = QJsonDocument::fromJson("{\"v\":" + compactJson(element) + '}').object();
        return wrapper.value(QLatin1String("v"));
    }
    }
    return {};
}

namespace {

// [[lon, lat], ...] as a ring; nothing when any position is not two numbers or more.
std::optional<Ring> ringOf(simdjson::dom::element element)
{
    simdjson::dom::array positions;
    if (element.get_array().get(positions) != simdjson::SUCCESS)
        return std::nullopt;
    Ring ring;
    ring.reserve(qsizetype(positions.size()));
    for (simdjson::dom::element position : positions) {
        simdjson::dom::array xy;
        if (position.get_array().get(xy) != simdjson::SUCCESS || xy.size() < 2)
            return std::nullopt;
        const auto lon = numberOf(xy.at(0).value_unsafe());
        const auto lat = numberOf(xy.at(1).value_unsafe());
        if (!lon || !lat)
            return std::nullopt;
        ring.append(GeoPoint{*lon, *lat});
    }
    return ring;
}

std::optional<Polygon> polygonOf(simdjson::dom::element element)
{
    simdjson::dom::array rings;
    if (element.get_array().get(rings) != simdjson::SUCCESS || rings.size() == 0)
        return std::nullopt;
    Polygon polygon;
    bool first = true;
    for (simdjson::dom::element r : rings) {
        auto ring = ringOf(r);
        if (!ring)
            return std::nullopt;
        if (first)
            polygon.outer = std::move(*ring);
        else
            polygon.holes.append(std::move(*ring));
        first = false;
    }
    return polygon;
}

std::optional<QList<Polygon>> polygonsOf(simdjson::dom::element geometry)
{
    std::string_view type;
    simdjson::dom::element coordinates;
    if (geometry["type"].get_string().get(type) != simdjson::SUCCESS
        || geometry["coordinates"].get(coordinates) != simdjson::SUCCESS)
        return std::nullopt;
    if (type == "Polygon") {
        auto polygon = polygonOf(coordinates);
        if (!polygon)
            return std::nullopt;
        return QList<Polygon>{std::move(*polygon)};
    }
    if (type == "MultiPolygon") {
        simdjson::dom::array parts;
        if (coordinates.get_array().get(parts) != simdjson::SUCCESS)
            return std::nullopt;
        QList<Polygon> polygons;
        for (simdjson::dom::element part : parts) {
            auto polygon = polygonOf(part);
            if (!polygon)
                return std::nullopt;
            polygons.append(std::move(*polygon));
        }
        return polygons;
    }
    return std::nullopt;
}

} // namespace

Result<Region> regionFromGeoJson(simdjson::dom::element geometry)
{
    if (auto polygons = polygonsOf(geometry)) {
        if (auto region = Region::fromPolygons(*polygons))
            return region;
    }
    return Region::fromGeoJson(toQJsonValue(geometry).toObject());
}

} // namespace eoc::simd

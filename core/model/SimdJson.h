#pragma once

// Reading large service answers with simdjson (Debian's libsimdjson-dev): its DOM parser reads
// JSON several times faster than QJsonDocument, which alone cost more per result than a whole
// result was allowed. Only parsers of big pages use it, inside core; what they hand out is Qt
// types. Helpers here turn its values into the Qt types results are made of.
#include "core/model/Region.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace eoc::simd {

// The parser of this thread: reusing it keeps its buffers, so a page costs no allocation of them.
simdjson::dom::parser &threadParser();

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The string at `element`, or empty when it is not a string (as QJsonValue::toString()).
QString stringOf(simdjson::dom::element element);
// The string under `key` of the object at `element`; empty when either is missing or not so.
QString stringAt(simdjson::dom::element object, std::string_view key);
// The number at `element` as a double (integers included), or nothing when it is not a number.
std::optional<double> numberOf(simdjson::dom::element element);
// The element written back as compact JSON text.
QByteArray compactJson(simdjson::dom::element element);
// The element appended to `out` as compact JSON text, without a copy for strings and numbers.
void appendJson(QByteArray &out, simdjson::dom::element element);
// The element as the QJsonValue Qt's reader would have made of the same text.
QJsonValue toQJsonValue(simdjson::dom::element element);

// A GeoJSON Polygon or MultiPolygon as a region, read directly; any other geometry, and any
// geometry the direct reader cannot take, goes through Region::fromGeoJson (same rules, same errors).
Result<Region> regionFromGeoJson(simdjson::dom::element geometry);

} // namespace eoc::simd

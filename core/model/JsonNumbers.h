#pragma once

#include <QJsonValue>
#include <QtGlobal>

#include <optional>

namespace eoc {

// Byte counts and result counts read from a server's JSON. A JSON number is a double, and casting
// a double outside qint64's range (1e22, inf, NaN) to an integer is undefined behaviour, so every
// parser reads counts through these: anything that is not a whole, non-negative number that fits
// is treated as absent rather than trusted.
std::optional<qint64> jsonCount(const QJsonValue &value);
// The same for a JSON number already read as a double (by a reader other than Qt's).
std::optional<qint64> jsonCount(double value);

// `value` units of `unitBytes` bytes each (CMR gives sizes as "Size": 1.5, "SizeUnit": "MB"),
// rounded to whole bytes; absent when negative, not finite, or too large to be a real size.
std::optional<qint64> scaledByteCount(double value, double unitBytes);

} // namespace eoc

#include "core/model/JsonNumbers.h"

#include <cmath>

namespace eoc {

namespace {

// 2^62 bytes (4 EiB): far above any product, and far enough below qint64's maximum that rounding
// a double near it can never overflow.
constexpr double largestCount = 4611686018427387904.0;

std::optional<qint64> wholeCount(double d)
{
    if (!std::isfinite(d) || d < 0 || d > largestCount)
        return std::nullopt;
    return static_cast<qint64>(std::llround(d));
}

} // namespace

std::optional<qint64> jsonCount(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return jsonCount(value.toDouble());
}

std::optional<qint64> jsonCount(double d)
{
    if (std::floor(d) != d)
        return std::nullopt;
    return wholeCount(d);
}

std::optional<qint64> scaledByteCount(double value, double unitBytes)
{
    if (!std::isfinite(unitBytes) || unitBytes <= 0)
        return std::nullopt;
    return wholeCount(value * unitBytes);
}

} // namespace eoc

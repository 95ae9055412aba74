#pragma once

#include "core/model/Region.h"

#include <QString>

namespace eoc::region {

// The shortest text that reads back as the same double (no 0.10000000000000001 noise).
QString formatNumber(double value);
// "lon lat", the order WKT uses.
QString formatPoint(const GeoPoint &point);
// "(lon lat)" for error messages.
QString describePoint(const GeoPoint &point);

} // namespace eoc::region

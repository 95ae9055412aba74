#include "core/model/region/CoordinateText.h"

#include <QLocale>

namespace eoc::region {

QString formatNumber(double value)
{
    if (value == 0.0)
        return QStringLiteral("0");   // never "-0"
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString formatPoint(const GeoPoint &point)
{
    return formatNumber(point.lon) + QLatin1Char(' ') + formatNumber(point.lat);
}

QString describePoint(const GeoPoint &point)
{
    return QLatin1Char('(') + formatPoint(point) + QLatin1Char(')');
}

} // namespace eoc::region

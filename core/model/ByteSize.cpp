#include "core/model/ByteSize.h"

namespace eoc {

QString formatByteSize(qint64 bytes, const QLocale &locale)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    const bool negative = bytes < 0;
    double value = negative ? -double(bytes) : double(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 5) {
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1%2 %3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(locale.toString(value, 'f', unit == 0 ? 0 : 1))
        .arg(QLatin1String(units[unit]));
}

} // namespace eoc

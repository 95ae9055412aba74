#include "core/model/ByteSize.h"

namespace eoc {

QString formatByteSize(qint64 bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    const bool negative = bytes < 0;
    double value = negative ? -double(bytes) : double(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 5) {
        value /= 1024;
        ++unit;
    }
    // Not the locale's separators: the CLI's output is read by scripts, and both must agree.
    return QStringLiteral("%1%2 %3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(value, 0, 'f', unit == 0 ? 0 : 1)
        .arg(QLatin1String(units[unit]));
}

} // namespace eoc

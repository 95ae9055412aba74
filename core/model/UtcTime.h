#pragma once

#include <QDateTime>
#include <QStringView>

namespace eoc {

// A time as the catalogues write it (ISO 8601), in UTC; invalid when it is not one. The common
// form, "2024-11-25T13:48:54.123456Z" (or +00:00), is read directly, several times faster than
// QDateTime::fromString, with the same result: fractions rounded to the millisecond. Any other
// form (another offset, no seconds, no zone) goes through Qt's ISO reader.
QDateTime parseUtcTime(QStringView text);

} // namespace eoc

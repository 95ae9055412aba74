#pragma once

#include <QLocale>
#include <QString>

namespace eoc {

// A byte count for people, in binary units as every size in the program is shown: "512 B",
// "1.5 KiB", "68.2 MiB", "4.0 GiB". One formatter for the desktop application and the CLI, so
// the same file never shows as "71.5 MB" in one and "68.2 MiB" in the other. The number follows
// `locale` ("2,4 GiB" in Portuguese); the default, C, is for the CLI, whose output scripts read.
QString formatByteSize(qint64 bytes, const QLocale &locale = QLocale::c());

} // namespace eoc

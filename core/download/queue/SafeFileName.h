#pragma once

#include <QString>

namespace eoc {

// Turns a name from a server (Content-Disposition, a URL path) into one file name that is safe on
// Linux, macOS and Windows: no path separators or "..", no drive letters, no control characters,
// no reserved device names (CON, NUL, COM1...), no leading dots, no trailing dots or spaces, at most
// 200 UTF-8 bytes (extension kept). Returns `fallback` when nothing usable is left.
QString sanitizeFileName(const QString &name, const QString &fallback = QStringLiteral("download"));

// A relative path from a download plan ("GRANULE/x/IMG_DATA/B04.jp2"): every component sanitised,
// "." and ".." and empty components dropped, never absolute. Empty when nothing is left.
QString sanitizeRelativePath(const QString &path);

// True when `path` (absolute, cleaned) lies inside `folder` (absolute, cleaned).
bool isInsideFolder(const QString &path, const QString &folder);

} // namespace eoc

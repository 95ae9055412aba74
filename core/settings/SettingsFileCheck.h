#pragma once

#include <QString>

namespace eoc {

// Empty when the INI file at `path` is absent or well formed; otherwise which line is not a
// comment, a [section] or KEY=VALUE, e.g. "line 3 is not KEY=VALUE: 'garbage'". QSettings reads a
// malformed file partly and without a word; this is what lets the program say so.
QString settingsFileProblem(const QString &path);

} // namespace eoc

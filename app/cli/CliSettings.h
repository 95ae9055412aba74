#pragma once

#include "core/model/Error.h"
#include "core/model/Result.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace eoc {
class Settings;
} // namespace eoc

namespace eoc::cli {

// The settings of one run: warns (once) about a malformed settings file, then layers --config and
// --set on top. Errors are bad input.
Status readRunSettings(Settings &settings, const QCommandLineParser &parser, QTextStream &err);

} // namespace eoc::cli

#pragma once

#include <QStringList>

namespace eoc::cli {

// Parses the command line, builds the core services and runs one command. Returns the exit code.
int runCli(const QStringList &arguments);

} // namespace eoc::cli

#pragma once

#include "app/cli/CliCommand.h"

#include "core/model/Region.h"
#include "core/model/Result.h"

#include <optional>

namespace eoc::cli {

// `--place NAME` and `--place-buffer KM`: the search area from the offline place index.
QList<QCommandLineOption> placeOptions();

// The area --place names (none when not given): a state's outline where it is known, else the
// circle of --place-buffer km (default 25) around the place. Says on `context.err` which place was
// taken; an unknown or ambiguous name is a BadInput error listing the candidates.
Result<std::optional<Region>> placeRegion(const QCommandLineParser &parser, const CliContext &context);

} // namespace eoc::cli

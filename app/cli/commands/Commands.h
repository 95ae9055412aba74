#pragma once

#include "app/cli/CliCommand.h"

namespace eoc::cli {

std::unique_ptr<CliCommand> makeProvidersCommand();
std::unique_ptr<CliCommand> makeParseIdCommand();
std::unique_ptr<CliCommand> makeLayoutCommand();
std::unique_ptr<CliCommand> makeSearchCommand();
std::unique_ptr<CliCommand> makeDownloadCommand();
std::unique_ptr<CliCommand> makeQueueCommand();
std::unique_ptr<CliCommand> makeAccountCommand();
std::unique_ptr<CliCommand> makeArchiveCommand();

} // namespace eoc::cli

#include "app/cli/CliCommand.h"
#include "app/cli/commands/Commands.h"

namespace eoc::cli {

const QList<CommandEntry> &allCommands()
{
    static const QList<CommandEntry> commands{
        {"providers", &makeProvidersCommand},
        {"parse-id", &makeParseIdCommand},
        {"layout", &makeLayoutCommand},
        {"search", &makeSearchCommand},
        {"download", &makeDownloadCommand},
        {"queue", &makeQueueCommand},
        {"account", &makeAccountCommand},
        {"archive", &makeArchiveCommand},
    };
    return commands;
}

} // namespace eoc::cli

#include "app/cli/CliCommand.h"
#include "app/cli/TerminalText.h"

#include "core/provider/Provider.h"
#include "core/settings/Settings.h"

namespace eoc::cli {

ProviderContext CliContext::providerContext(const QString &account) const
{
    ProviderContext c;
    c.network = network;
    c.settings = settings;
    c.credentials = credentials;
    c.account = account;
    return c;
}

int CliContext::fail(const Error &error) const
{
    *err << errorLine(error.message) << Qt::endl;
    switch (error.errorClass) {
    case ErrorClass::BadInput:
        return ExitBadInput;
    default:
        return ExitFailure;
    }
}

} // namespace eoc::cli

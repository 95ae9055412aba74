#pragma once

#include "core/auth/ScriptCredentials.h"

namespace eoc::cli {

// Credentials for the CLI: the environment, then the keychain (ScriptCredentials), and a
// two-factor code typed at the terminal or piped in when a login needs one.
class CliCredentials final : public ScriptCredentials
{
public:
    // Asked when a login needs a two-factor code: read from standard input when the user allowed it
    // (`download --one-time-code`, for scripts piping it) or typed at the prompt on a terminal;
    // otherwise an error naming --one-time-code.
    void oneTimeCode(const QString &provider, const QString &account, QObject *context,
                     CodeCallback callback) override;
    void setOneTimeCodeInput(bool fromStandardInput, bool standardInputIsTerminal);

private:
    bool m_codeFromStdin = false;
    bool m_stdinIsTerminal = false;
};

} // namespace eoc::cli

#pragma once

#include "core/auth/CredentialSource.h"

#include <memory>
#include <optional>

namespace eoc {
class CredentialStore;
}

namespace eoc::cli {

// Credentials for the CLI: EOC_<PROVIDER>_USERNAME with EOC_<PROVIDER>_PASSWORD or _TOKEN from the
// environment (for scripts and CI), otherwise the keychain (accounts added with `account add`).
class CliCredentials final : public CredentialSource
{
public:
    CliCredentials();
    ~CliCredentials() override;

    void credentials(const QString &provider, const QString &account, QObject *context,
                     Callback callback) override;
    // Asked when a login needs a two-factor code: read from standard input when the user allowed it
    // (`download --one-time-code`, for scripts piping it) or typed at the prompt on a terminal;
    // otherwise an error naming --one-time-code.
    void oneTimeCode(const QString &provider, const QString &account, QObject *context,
                     CodeCallback callback) override;
    void setOneTimeCodeInput(bool fromStandardInput, bool standardInputIsTerminal);

    // The environment's credentials for `provider`, if any.
    static std::optional<Credentials> fromEnvironment(const QString &provider);

private:
    CredentialStore &store();
    std::unique_ptr<CredentialStore> m_store;   // created when the keychain is first needed
    bool m_codeFromStdin = false;
    bool m_stdinIsTerminal = false;
};

} // namespace eoc::cli

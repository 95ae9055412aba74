#pragma once

#include "core/auth/CredentialSource.h"

namespace eoc::cli {

// Credentials for the CLI: EOC_<PROVIDER>_USERNAME with EOC_<PROVIDER>_PASSWORD or _TOKEN from the
// environment (for scripts and CI), otherwise the keychain.
class CliCredentials final : public CredentialSource
{
public:
    void credentials(const QString &provider, const QString &account, QObject *context,
                     Callback callback) override;

    // The environment's credentials for `provider`, if any.
    static std::optional<Credentials> fromEnvironment(const QString &provider);
};

} // namespace eoc::cli

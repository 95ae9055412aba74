#pragma once

#include "core/auth/CredentialSource.h"

#include <memory>
#include <optional>

namespace eoc {

class CredentialStore;

// Credentials for programs without a window (the CLI, programs built on the public library):
// EOC_<PROVIDER>_USERNAME with EOC_<PROVIDER>_PASSWORD or _TOKEN (or _EMAIL alone) from the
// environment, for scripts and CI; otherwise the keychain (accounts added with `account add` or
// in the desktop program). The keychain is opened only when the environment has nothing.
class ScriptCredentials : public CredentialSource
{
public:
    ScriptCredentials();
    ~ScriptCredentials() override;

    void credentials(const QString &provider, const QString &account, QObject *context,
                     Callback callback) override;

    // The environment's credentials for `provider`, if any.
    static std::optional<Credentials> fromEnvironment(const QString &provider);

private:
    CredentialStore &store();
    std::unique_ptr<CredentialStore> m_store;
};

} // namespace eoc

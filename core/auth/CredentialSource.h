#pragma once

#include "core/model/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace eoc {

struct Credentials {
    QString provider;
    QString account;                 // the user name at the provider
    QString secret;                  // password or token; never logged, never on disk
    QString kind = QStringLiteral("password");   // password | token
    QString oneTimeCode;             // for accounts with two-factor authentication
};

// Where providers get credentials from: the keychain (core/auth/CredentialStore), or for scripts
// the environment (EOC_<PROVIDER>_USERNAME / _PASSWORD / _TOKEN). Asynchronous because keychains
// are.
class CredentialSource
{
public:
    using Callback = std::function<void(const Result<Credentials> &)>;
    virtual ~CredentialSource() = default;
    // `account` empty: the provider's first (default) account. `context` guards the callback.
    virtual void credentials(const QString &provider, const QString &account, QObject *context,
                             Callback callback) = 0;
};

} // namespace eoc

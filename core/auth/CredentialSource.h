#pragma once

#include "core/model/Error.h"
#include "core/model/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace eoc {

struct Credentials {
    QString provider;
    QString account;                 // the user name at the provider
    QString secret;                  // password or token; never logged, never on disk
    QString kind = QStringLiteral("password");   // password | token | email
    QString oneTimeCode;             // for accounts with two-factor authentication
};

// Where providers get credentials from: the keychain (core/auth/CredentialStore), or for scripts
// the environment (EOC_<PROVIDER>_USERNAME / _PASSWORD / _TOKEN). Asynchronous because keychains
// are.
class CredentialSource
{
public:
    using Callback = std::function<void(const Result<Credentials> &)>;
    using CodeCallback = std::function<void(const Result<QString> &)>;
    virtual ~CredentialSource() = default;
    // `account` empty: the provider's first (default) account. `context` guards the callback.
    virtual void credentials(const QString &provider, const QString &account, QObject *context,
                             Callback callback) = 0;
    // A two-factor one-time code for a login of `account` at `provider` (services such as CREODIAS
    // demand one with every password login). Asked only when a login is about to be sent, so a
    // batch of downloads sharing one session asks once. The GUI asks in a dialog, the CLI takes
    // --one-time-code or asks on its terminal; by default there is nobody to ask.
    virtual void oneTimeCode(const QString &provider, const QString &account, QObject *context,
                             CodeCallback callback);
};

// The error of a login that needs a one-time code nobody gave.
Error missingOneTimeCodeError(const QString &provider);

} // namespace eoc

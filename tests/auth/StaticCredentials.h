#pragma once

#include "core/auth/CredentialSource.h"

#include <QTimer>

#include <functional>

namespace eoc::test {

// Credentials handed out as a keychain would: asynchronously, and counted.
class StaticCredentials final : public CredentialSource
{
public:
    StaticCredentials(QString account, QString secret) : m_account(std::move(account)), m_secret(std::move(secret)) {}
    void credentials(const QString &provider, const QString &account, QObject *context, Callback callback) override
    {
        ++lookups;
        const bool known = account.isEmpty() || account == m_account;
        Credentials c{provider, m_account, m_secret, QStringLiteral("password"), {}};
        QTimer::singleShot(0, context, [known, c, callback] {
            if (known)
                callback(c);
            else
                callback(Error(ErrorClass::Auth, QStringLiteral("No such account")));
        });
    }
    // Two-factor codes, when a test gives a way to ask for them (a dialog, a fixed answer).
    void oneTimeCode(const QString &provider, const QString &account, QObject *context, CodeCallback callback) override
    {
        ++codeRequests;
        if (askCode)
            askCode(provider, account, context, std::move(callback));
        else
            CredentialSource::oneTimeCode(provider, account, context, std::move(callback));
    }
    std::function<void(const QString &, const QString &, QObject *, CodeCallback)> askCode;
    int lookups = 0;
    int codeRequests = 0;

private:
    QString m_account;
    QString m_secret;
};

} // namespace eoc::test

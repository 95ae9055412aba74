#pragma once

#include "core/auth/AuthSession.h"
#include "core/auth/CredentialSource.h"

#include <QString>

namespace eoc {

// HTTP Basic authentication for one account (Data Hub Software hubs, ONDA-compatible catalogues):
// the password is read from the credential source when first needed and kept in memory only;
// after a refusal (invalidate) it is read again, so a password changed in the keychain is used
// without restarting.
class BasicAuthSession final : public AuthSession
{
    Q_OBJECT
public:
    BasicAuthSession(CredentialSource *credentials, QString provider, QString account, QObject *parent = nullptr);
    ~BasicAuthSession() override;

    void authorize(QObject *context, HeaderCallback callback) override;
    void invalidate() override;

    // The account the session authenticates as (known once the credentials were read).
    QString account() const { return m_account; }

private:
    CredentialSource *m_credentials = nullptr;
    QString m_provider;
    QString m_account;
    QByteArray m_header;
};

} // namespace eoc

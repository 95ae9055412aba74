#pragma once

#include "core/auth/CredentialSource.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace eoc {

class Settings;

// Accounts of every provider, with their secrets in the system keychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows) through QtKeychain. A provider may have several
// accounts. Keychain entries live under the service "eo-collector" with the key
// "<provider>:<account>"; the settings keep only the account names ("accounts.<provider>" = a
// comma-separated list), never a secret, so accounts can be listed and removed without unlocking
// anything. Everything that touches the keychain is asynchronous.
class CredentialStore final : public QObject, public CredentialSource
{
    Q_OBJECT
public:
    using StatusCallback = std::function<void(const Status &)>;

    // `settings` null: the user's settings file.
    explicit CredentialStore(Settings *settings = nullptr, QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName();                                   // "eo-collector"
    static QString keyFor(const QString &provider, const QString &account);
    static QString indexKey(const QString &provider);               // "accounts.<provider>"

    // The account names of `provider`, the default (first) one first.
    QStringList accounts(const QString &provider) const;

    // Whether the keychain answers at all: looks up an entry that never exists.
    void checkAvailable(QObject *context, StatusCallback callback);

    // Reads the secret of `account` (empty: the default account) from the keychain.
    void credentials(const QString &provider, const QString &account, QObject *context,
                     Callback callback) override;
    // Writes the secret and adds the account to the index.
    void store(const Credentials &credentials, QObject *context, StatusCallback callback);
    // Deletes the secret and removes the account from the index.
    void remove(const QString &provider, const QString &account, QObject *context,
                StatusCallback callback);

private:
    Status setAccounts(const QString &provider, const QStringList &accounts);

    std::unique_ptr<Settings> m_ownSettings;
    Settings *m_settings = nullptr;
};

} // namespace eoc

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
    // The keychain's own words for a prompt (e.g. "create a new keyring") closed unanswered.
    static bool isDismissedPrompt(const QString &keychainMessage);

    // The account names of `provider`, the default (first) one first.
    QStringList accounts(const QString &provider) const;

    // Whether the keychain answers at all: looks up an entry that never exists.
    void checkAvailable(QObject *context, StatusCallback callback);

    // Reads the secret of `account` (empty: the default account) from the keychain.
    void credentials(const QString &provider, const QString &account, QObject *context,
                     Callback callback) override;
    // Two-factor codes come from whoever shows the user a prompt (the GUI's dialog); without one
    // the login fails with the CredentialSource default error.
    using OneTimeCodePrompt = std::function<void(const QString &provider, const QString &account, QObject *context,
                                                 CodeCallback callback)>;
    void setOneTimeCodePrompt(OneTimeCodePrompt prompt) { m_oneTimeCodePrompt = std::move(prompt); }
    void oneTimeCode(const QString &provider, const QString &account, QObject *context,
                     CodeCallback callback) override;

    // Writes the secret and adds the account to the index.
    void store(const Credentials &credentials, QObject *context, StatusCallback callback);
    // Deletes the secret and removes the account from the index.
    void remove(const QString &provider, const QString &account, QObject *context,
                StatusCallback callback);

    // Secrets of the program's own under `key` in the same keychain service, outside the account
    // index (e.g. the request headers of one download). The callback runs once, guarded by
    // `context` (null: nobody waits for the answer).
    enum class SecretOutcome {
        Ok,
        NotFound,     // no entry under the key (a delete of a missing entry is Ok)
        NoKeychain,   // no Secret Service (or other backend) in this session
        Failed,       // refused or broken; `detail` says how
    };
    struct SecretAnswer {
        SecretOutcome outcome = SecretOutcome::Ok;
        QString secret;               // read: the stored text
        QString detail;               // the keychain's own words when not Ok
    };
    using SecretCallback = std::function<void(const SecretAnswer &)>;
    static void readSecret(const QString &key, QObject *context, SecretCallback callback);
    static void writeSecret(const QString &key, const QString &secret, QObject *context, SecretCallback callback);
    static void deleteSecret(const QString &key, QObject *context, SecretCallback callback);

private:
    Status setAccounts(const QString &provider, const QStringList &accounts);

    std::unique_ptr<Settings> m_ownSettings;
    Settings *m_settings = nullptr;
    OneTimeCodePrompt m_oneTimeCodePrompt;
};

} // namespace eoc

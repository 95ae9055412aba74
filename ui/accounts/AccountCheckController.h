#pragma once

#include <QObject>
#include <QString>

namespace eoc {
class AccountCheck;
class CredentialSource;
class NetworkAccess;
class SettingsView;
}

namespace eoc::ui {

// Runs account checks for the accounts dialog: a login at the provider and a logout right after
// (core/auth/AccountCheck, the same as `eo-collector-cli account test`), or for providers without
// a login to try, a look into the keychain. Reports in words for people; never the secret.
class AccountCheckController final : public QObject
{
    Q_OBJECT
public:
    AccountCheckController(NetworkAccess *network, CredentialSource *credentials, const SettingsView *settings,
                           QObject *parent = nullptr);

    bool isBusy() const;
    // Checks `account` of `provider` (its name); `providerTitle` is for the messages.
    void check(const QString &provider, const QString &providerTitle, const QString &account);

Q_SIGNALS:
    void started(const QString &provider, const QString &account);
    // `ok` false: `message` is the reason, e.g. the provider's refusal.
    void finished(const QString &provider, const QString &account, bool ok, const QString &message);

private:
    AccountCheck *m_check = nullptr;
};

} // namespace eoc::ui

#include "ui/accounts/AccountCheckController.h"

#include "core/auth/AccountCheck.h"

namespace eoc::ui {

AccountCheckController::AccountCheckController(NetworkAccess *network, CredentialSource *credentials,
                                               const SettingsView *settings, QObject *parent)
    : QObject(parent)
    , m_check(new AccountCheck(network, credentials, settings, this))
{
}

bool AccountCheckController::isBusy() const
{
    return m_check->isRunning();
}

void AccountCheckController::check(const QString &provider, const QString &providerTitle, const QString &account)
{
    if (m_check->isRunning())
        return;
    Q_EMIT started(provider, account);
    m_check->start(provider, account, this, [this, provider, providerTitle, account](
                                                const Result<AccountCheck::Outcome> &outcome) {
        if (!outcome) {
            Q_EMIT finished(provider, account, false, outcome.error().message);
            return;
        }
        const QString message = outcome->loggedIn
            ? tr("Logged in to %1 as %2, and logged out again: the account works.").arg(providerTitle, outcome->account)
            : tr("The keychain holds a secret for %1. %2 has no login that can be tried from here, so this "
                 "check only confirms the keychain entry, not the password.").arg(outcome->account, providerTitle);
        Q_EMIT finished(provider, account, true, message);
    });
}

} // namespace eoc::ui

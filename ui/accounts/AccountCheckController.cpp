#include "ui/accounts/AccountCheckController.h"

#include "core/auth/AccountCheck.h"

#include <QRegularExpression>

namespace eoc::ui {

namespace {

// Core's messages name the provider by its id, as the command line takes it ("alice at dataspace");
// here people see the provider's name. Command examples in the message keep the id.
QString withProviderTitle(QString message, const QString &provider, const QString &title)
{
    const QRegularExpression mention(
        QStringLiteral("\\b(at|for) %1(?![\\w.\\-/])").arg(QRegularExpression::escape(provider)));
    return message.replace(mention, QStringLiteral("\\1 ") + title);
}

} // namespace

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
            Q_EMIT finished(provider, account, false, withProviderTitle(outcome.error().message, provider, providerTitle));
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

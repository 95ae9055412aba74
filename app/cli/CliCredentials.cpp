#include "app/cli/CliCredentials.h"

#include "core/auth/CredentialStore.h"

#include <QTimer>

namespace eoc::cli {

CliCredentials::CliCredentials() = default;
CliCredentials::~CliCredentials() = default;

std::optional<Credentials> CliCredentials::fromEnvironment(const QString &provider)
{
    const QString prefix = QStringLiteral("EOC_") + provider.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString user = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_USERNAME")));
    const QString password = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_PASSWORD")));
    const QString token = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_TOKEN")));
    if (password.isEmpty() && token.isEmpty())
        return std::nullopt;
    Credentials c;
    c.provider = provider;
    c.account = user;
    c.secret = token.isEmpty() ? password : token;
    c.kind = token.isEmpty() ? QStringLiteral("password") : QStringLiteral("token");
    return c;
}

CredentialStore &CliCredentials::store()
{
    if (!m_store)
        m_store = std::make_unique<CredentialStore>();
    return *m_store;
}

void CliCredentials::credentials(const QString &provider, const QString &account, QObject *context,
                                 Callback callback)
{
    // The environment wins so that scripts and CI never need a keychain.
    if (auto env = fromEnvironment(provider); env && (account.isEmpty() || account == env->account)) {
        QTimer::singleShot(0, context, [env, callback] { callback(*env); });
        return;
    }
    store().credentials(provider, account, context, std::move(callback));
}

} // namespace eoc::cli

#include "core/auth/ScriptCredentials.h"

#include "core/auth/CredentialStore.h"

#include <QTimer>

namespace eoc {

ScriptCredentials::ScriptCredentials() = default;
ScriptCredentials::~ScriptCredentials() = default;

std::optional<Credentials> ScriptCredentials::fromEnvironment(const QString &provider)
{
    const QString prefix = QStringLiteral("EOC_") + provider.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString user = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_USERNAME")));
    const QString password = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_PASSWORD")));
    const QString token = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_TOKEN")));
    const QString email = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_EMAIL")));
    if (password.isEmpty() && token.isEmpty() && !email.isEmpty()) {
        // Providers that sign downloads with a registered e-mail address (INPE): no secret.
        Credentials c;
        c.provider = provider;
        c.account = email;
        c.secret = email;
        c.kind = QStringLiteral("email");
        return c;
    }
    if (password.isEmpty() && token.isEmpty())
        return std::nullopt;
    Credentials c;
    c.provider = provider;
    c.account = user;
    c.secret = token.isEmpty() ? password : token;
    c.kind = token.isEmpty() ? QStringLiteral("password") : QStringLiteral("token");
    return c;
}

CredentialStore &ScriptCredentials::store()
{
    if (!m_store)
        m_store = std::make_unique<CredentialStore>();
    return *m_store;
}

void ScriptCredentials::credentials(const QString &provider, const QString &account, QObject *context,
                                    Callback callback)
{
    // The environment wins so that scripts and CI never need a keychain. FTP asks with the host
    // as the account (its keychain entries are named after hosts): the environment's user applies.
    const bool anyAccount = account.isEmpty() || provider == QLatin1String("ftp");
    if (auto env = fromEnvironment(provider); env && (anyAccount || account == env->account)) {
        QTimer::singleShot(0, context, [env, callback] { callback(*env); });
        return;
    }
    store().credentials(provider, account, context, std::move(callback));
}

} // namespace eoc

#include "app/cli/CliCredentials.h"

#include <QTimer>

namespace eoc::cli {

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

void CliCredentials::credentials(const QString &provider, const QString &account, QObject *context,
                                 Callback callback)
{
    auto env = fromEnvironment(provider);
    QTimer::singleShot(0, context, [env, provider, account, callback] {
        if (env && (account.isEmpty() || account == env->account)) {
            callback(*env);
            return;
        }
        callback(Error(ErrorClass::Auth,
                       QStringLiteral("No account for %1: add one with `eo-collector-cli account add %1` "
                                      "or set EOC_%2_USERNAME and EOC_%2_PASSWORD")
                           .arg(provider, provider.toUpper())));
    });
}

} // namespace eoc::cli

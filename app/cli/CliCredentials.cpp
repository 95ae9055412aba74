#include "app/cli/CliCredentials.h"

#include "app/cli/TerminalInput.h"
#include "core/auth/CredentialStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace eoc::cli {

CliCredentials::CliCredentials() = default;
CliCredentials::~CliCredentials() = default;

std::optional<Credentials> CliCredentials::fromEnvironment(const QString &provider)
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

CredentialStore &CliCredentials::store()
{
    if (!m_store)
        m_store = std::make_unique<CredentialStore>();
    return *m_store;
}

void CliCredentials::credentials(const QString &provider, const QString &account, QObject *context,
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

void CliCredentials::setOneTimeCodeInput(bool fromStandardInput, bool standardInputIsTerminal)
{
    m_codeFromStdin = fromStandardInput;
    m_stdinIsTerminal = standardInputIsTerminal;
}

void CliCredentials::oneTimeCode(const QString &provider, const QString &account, QObject *context,
                                 CodeCallback callback)
{
    if (!m_codeFromStdin && !m_stdinIsTerminal) {
        CredentialSource::oneTimeCode(provider, account, context, std::move(callback));
        return;
    }
    if (m_stdinIsTerminal) {
        const QString prompt = QCoreApplication::translate("CliCredentials", "One-time code for %1 at %2: ").arg(account, provider);
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    // Read now (the CLI waits for it anyway); answered from the event loop like every lookup.
    const QString code = readLine(false).value_or(QString()).trimmed();
    QTimer::singleShot(0, context, [provider, code, callback = std::move(callback)] {
        if (code.isEmpty()) {
            callback(Error(ErrorClass::Auth, QCoreApplication::translate("CliCredentials", "No one-time code was given for %1")
                                                 .arg(provider)));
            return;
        }
        callback(code);
    });
}

} // namespace eoc::cli

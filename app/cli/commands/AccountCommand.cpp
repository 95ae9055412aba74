// `account add|list|remove|test PROVIDER [--account NAME]`: provider accounts in the keychain.
#include "app/cli/commands/Commands.h"
#include "app/cli/TerminalInput.h"
#include "app/cli/TerminalText.h"

#include "core/auth/AccountCheck.h"
#include "core/auth/CredentialStore.h"
#include "core/download/queue/QueuePassword.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace eoc::cli {
namespace {

QString usage()
{
    return QCoreApplication::translate(
        "AccountCommand",
        "Usage:\n"
        "  eo-collector-cli account add PROVIDER --account NAME     store NAME's password in the keychain\n"
        "  eo-collector-cli account list [PROVIDER]                 the accounts (never their passwords)\n"
        "  eo-collector-cli account remove PROVIDER --account NAME  delete the account from the keychain\n"
        "  eo-collector-cli account test PROVIDER [--account NAME] [--one-time-code]\n"
        "                                                           log in once and report the result\n"
        "The password is asked for with echo off when standard input is a terminal, otherwise it is\n"
        "read from standard input (e.g. `printf %s \"$PW\" | eo-collector-cli account add ...`); it is\n"
        "never taken from the command line. For scripts, EOC_<PROVIDER>_USERNAME and\n"
        "EOC_<PROVIDER>_PASSWORD (or _TOKEN) in the environment are used before the keychain.\n");
}

// The whole of a piped standard input, without the final line break.
QString readPipedSecret()
{
    std::string all;
    std::string line;
    bool first = true;
    while (std::getline(std::cin, line)) {
        if (!first)
            all += '\n';
        all += line;
        first = false;
    }
    while (!all.empty() && (all.back() == '\n' || all.back() == '\r'))
        all.pop_back();
    QString secret = QString::fromStdString(all);
    std::fill(all.begin(), all.end(), '\0');
    return secret;
}

class AccountCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override { return QCoreApplication::translate("AccountCommand", "Manage provider accounts in the keychain"); }

    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("AccountCommand", "add, list, remove or test"));
        parser.addPositionalArgument(QStringLiteral("provider"), QCoreApplication::translate("AccountCommand", "The provider, e.g. dataspace"));
        parser.addOption({QStringLiteral("account"),
                          QCoreApplication::translate("AccountCommand", "The user name at the provider (default: the first account)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("one-time-code"),
                          QCoreApplication::translate("AccountCommand", "test: ask for a two-factor one-time code (read from standard "
                                         "input when it is not a terminal).")});
        parser.setApplicationDescription(usage());
    }

    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        m_context = context;
        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(1);
        m_provider = positional.value(2).toLower();
        m_account = parser.value(QStringLiteral("account")).trimmed();
        if (positional.size() > 3) {
            finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "Unexpected argument '%1'\n%2")
                                     .arg(positional.at(3), usage()));
            return;
        }
        if (action == QLatin1String("list")) {
            list();
            return;
        }
        const QStringList actions{QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("test")};
        if (!actions.contains(action)) {
            finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "%1\n%2")
                                     .arg(action.isEmpty() ? QCoreApplication::translate("AccountCommand", "No action given")
                                                           : QCoreApplication::translate("AccountCommand", "Unknown action '%1'").arg(action),
                                          usage()));
            return;
        }
        if (m_provider.isEmpty()) {
            finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "No provider given, e.g. `account %1 dataspace`").arg(action));
            return;
        }
        if (m_provider == QLatin1String("ftp") && action != QLatin1String("test")) {
            // FTP servers are no provider: their passwords are kept under "ftp" with the host
            // as the account, for downloads of ftp:// and ftps:// URLs.
            m_providerTitle = QCoreApplication::translate("AccountCommand", "FTP servers");
        } else if (m_provider == QLatin1String(kQueueAccountProvider)) {
            // The shared queue's database user (queue.url), see core/download/queue/QueuePassword.h.
            if (action == QLatin1String("test")) {
                finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "The shared queue's password is checked when a `queue` "
                                                                                   "command connects to it"));
                return;
            }
            m_providerTitle = QCoreApplication::translate("AccountCommand", "the shared download queue");
        } else {
            auto provider = context.registry->provider(m_provider, context.providerContext(m_account), context.settings);
            if (!provider) {
                Q_EMIT finished(context.fail(provider.error()));
                return;
            }
            m_provider = (*provider)->name();
            m_providerTitle = (*provider)->title();
            m_emailOnly = (*provider)->capabilities().credentialKind == QLatin1String("email");
        }
        m_store = std::make_unique<CredentialStore>(context.settings);
        if (action == QLatin1String("add"))
            add();
        else if (action == QLatin1String("remove"))
            remove();
        else
            test(parser.isSet(QStringLiteral("one-time-code")));
    }

private:
    void finish(int code, const QString &message = {})
    {
        if (!message.isEmpty())
            *m_context.err << errorLine(message) << Qt::endl;
        Q_EMIT finished(code);
    }

    void fail(const Error &error) { Q_EMIT finished(m_context.fail(error)); }

    void add()
    {
        if (m_account.isEmpty()) {
            if (!m_context.stdinIsTerminal) {
                finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "--account NAME is required (the user name at %1)").arg(m_provider));
                return;
            }
            *m_context.err << QCoreApplication::translate("AccountCommand", "User name at %1: ").arg(terminalSafe(m_providerTitle)) << Qt::flush;
            m_account = readLine(false).value_or(QString()).trimmed();
        }
        QString secret;
        if (m_emailOnly) {
            // The account is the e-mail address registered at the provider; nothing else is asked.
            if (!m_account.contains(QLatin1Char('@'))) {
                finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "%1 signs downloads with the e-mail address you registered "
                                                                                   "there: give it as --account (not '%2')")
                                         .arg(m_provider, m_account));
                return;
            }
            secret = m_account;
        } else if (m_context.stdinIsTerminal) {
            *m_context.err << QCoreApplication::translate("AccountCommand", "Password for %1 at %2: ")
                                  .arg(terminalSafe(m_account), terminalSafe(m_providerTitle))
                           << Qt::flush;
            secret = readLine(true).value_or(QString());
        } else {
            secret = readPipedSecret();
        }
        if (secret.isEmpty()) {
            finish(ExitBadInput, m_context.stdinIsTerminal
                                     ? QCoreApplication::translate("AccountCommand", "No password given")
                                     : QCoreApplication::translate("AccountCommand", "No password on standard input"));
            return;
        }
        Credentials credentials;
        credentials.provider = m_provider;
        credentials.account = m_account;
        credentials.secret = secret;
        secret.fill(QLatin1Char('\0'));
        m_store->store(credentials, this, [this](const Status &status) {
            if (!status) {
                fail(status.error());
                return;
            }
            *m_context.out << QCoreApplication::translate("AccountCommand", "Stored the password of %1 for %2 in the keychain")
                                  .arg(terminalSafe(m_account), m_provider)
                           << Qt::endl;
            finish(ExitOk);
        });
    }

    void remove()
    {
        if (m_account.isEmpty()) {
            finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "--account NAME is required: which account of %1 to remove").arg(m_provider));
            return;
        }
        m_store->remove(m_provider, m_account, this, [this](const Status &status) {
            if (!status) {
                fail(status.error());
                return;
            }
            *m_context.out << QCoreApplication::translate("AccountCommand", "Removed %1 of %2 from the keychain").arg(terminalSafe(m_account), m_provider)
                           << Qt::endl;
            finish(ExitOk);
        });
    }

    void list()
    {
        QStringList providers;
        if (!m_provider.isEmpty()) {
            auto provider = m_context.registry->provider(m_provider, m_context.providerContext(), m_context.settings);
            if (!provider) {
                fail(provider.error());
                return;
            }
            providers << (*provider)->name();
        } else {
            providers = m_context.registry->names();
        }
        // The names come from the settings, the passwords from the keychain: without a keychain,
        // "no accounts" would be a lie and a listed account would still not work.
        m_store = std::make_unique<CredentialStore>(m_context.settings);
        m_store->checkAvailable(this, [this, providers](const Status &keychain) {
            int shown = 0;
            for (const auto &provider : providers) {
                const auto names = m_store->accounts(provider);
                for (int i = 0; i < names.size(); ++i) {
                    *m_context.out << provider << '\t' << terminalSafe(names.at(i)) << (i == 0 ? "\tdefault" : "")
                                   << Qt::endl;
                    ++shown;
                }
            }
            if (!keychain) {
                fail(Error(ErrorClass::Permanent, QCoreApplication::translate("AccountCommand", "The keychain is unavailable, so no password can be "
                                                                 "stored or read: %1").arg(keychain.error().message)));
                return;
            }
            if (shown == 0)
                *m_context.err << QCoreApplication::translate("AccountCommand", "No accounts; add one with `eo-collector-cli account add PROVIDER --account NAME`")
                               << Qt::endl;
            finish(ExitOk);
        });
    }

    void test(bool askCode)
    {
        m_check = new AccountCheck(m_context.network, m_context.credentials, m_context.settings, this);
        if (!accountLoginConfig(*m_context.settings, m_provider, m_account)) {
            // Nothing to log in to: say so, and fail, after confirming what can be confirmed.
            m_check->start(m_provider, m_account, this, [this](const Result<AccountCheck::Outcome> &outcome) {
                if (!outcome) {
                    fail(outcome.error());
                    return;
                }
                finish(ExitFailure, QCoreApplication::translate("AccountCommand", "`account test` knows only OpenID Connect logins; %1 has none "
                                                   "(the password of %2 was found, but not tried)")
                                        .arg(m_provider, outcome->account));
            });
            return;
        }
        if (askCode) {
            if (m_context.stdinIsTerminal)
                *m_context.err << QCoreApplication::translate("AccountCommand", "One-time code: ") << Qt::flush;
            const QString code = readLine(false).value_or(QString()).trimmed();
            if (code.isEmpty()) {
                finish(ExitBadInput, QCoreApplication::translate("AccountCommand", "No one-time code given"));
                return;
            }
            m_check->setOneTimeCode(code);
        }
        m_check->start(m_provider, m_account, this, [this](const Result<AccountCheck::Outcome> &outcome) {
            if (!outcome) {
                fail(outcome.error());
                return;
            }
            *m_context.out << QCoreApplication::translate("AccountCommand", "Logged in to %1 as %2")
                                  .arg(terminalSafe(m_providerTitle), terminalSafe(outcome->account))
                           << Qt::endl;
            finish(ExitOk);
        });
    }

    CliContext m_context;
    QString m_provider;
    QString m_providerTitle;
    bool m_emailOnly = false;          // the account is an e-mail address and there is no secret
    QString m_account;
    std::unique_ptr<CredentialStore> m_store;
    AccountCheck *m_check = nullptr;
};

} // namespace

std::unique_ptr<CliCommand> makeAccountCommand()
{
    return std::make_unique<AccountCommand>();
}
} // namespace eoc::cli

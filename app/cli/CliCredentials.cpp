#include "app/cli/CliCredentials.h"

#include "app/cli/TerminalInput.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace eoc::cli {

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

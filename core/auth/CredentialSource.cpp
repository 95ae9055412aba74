#include "core/auth/CredentialSource.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc {

Error missingOneTimeCodeError(const QString &provider)
{
    return Error(ErrorClass::Auth,
                 QCoreApplication::translate("CredentialSource",
                                             "%1 asks for a two-factor one-time code with every login, and none was "
                                             "given: pass --one-time-code (the code is read from the terminal or "
                                             "standard input), or download from the desktop application, which asks for it")
                     .arg(provider));
}

void CredentialSource::oneTimeCode(const QString &provider, const QString &, QObject *context, CodeCallback callback)
{
    // Answered from the event loop, like every credential lookup, so callers never re-enter.
    QTimer::singleShot(0, context, [provider, callback = std::move(callback)] {
        callback(missingOneTimeCodeError(provider));
    });
}

} // namespace eoc

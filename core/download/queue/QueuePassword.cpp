#include "core/download/queue/QueuePassword.h"

#include "core/auth/CredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace eoc {

namespace {

QString keyOf(const QString &user)
{
    return CredentialStore::keyFor(QLatin1String(kQueueAccountProvider), user);
}

} // namespace

void readQueuePassword(const QString &user, QObject *context, QueuePasswordCallback callback)
{
    const QString fromEnvironment = qEnvironmentVariable(kQueuePasswordVariable);
    if (!fromEnvironment.isEmpty()) {
        QTimer::singleShot(0, context, [fromEnvironment, callback] { callback(fromEnvironment); });
        return;
    }
    CredentialStore::readSecret(keyOf(user), context, [user, callback](const CredentialStore::SecretAnswer &answer) {
        switch (answer.outcome) {
        case CredentialStore::SecretOutcome::Ok:
            callback(answer.secret);
            return;
        case CredentialStore::SecretOutcome::NotFound:
        case CredentialStore::SecretOutcome::NoKeychain:
            callback(Error(ErrorClass::Auth,
                           QCoreApplication::translate("QueuePassword", "No password for the shared queue's user %1: set %2, or keep it in "
                                                                        "the keychain with `eo-collector-cli account add queue --account %1` "
                                                                        "(or in Settings → Queue)%3")
                               .arg(user, QLatin1String(kQueuePasswordVariable),
                                    answer.outcome == CredentialStore::SecretOutcome::NoKeychain
                                        ? QCoreApplication::translate("QueuePassword", "; no keychain answers in this session")
                                        : QString())));
            return;
        case CredentialStore::SecretOutcome::Failed:
            callback(Error(ErrorClass::Auth, QCoreApplication::translate("QueuePassword", "The keychain refused the shared queue's password: %1")
                                                 .arg(answer.detail)));
            return;
        }
    });
}

void storeQueuePassword(const QString &user, const QString &password, QObject *context,
                        std::function<void(const Status &)> callback)
{
    CredentialStore::writeSecret(keyOf(user), password, context, [callback](const CredentialStore::SecretAnswer &answer) {
        if (answer.outcome == CredentialStore::SecretOutcome::Ok) {
            callback(success());
            return;
        }
        callback(Error(ErrorClass::Auth, QCoreApplication::translate("QueuePassword", "The keychain did not keep the shared queue's password: %1")
                                             .arg(answer.detail)));
    });
}

} // namespace eoc

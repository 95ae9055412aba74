#include "core/auth/CredentialStore.h"

#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace eoc {

namespace {

bool validName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(QLatin1Char(',')) && !name.contains(QLatin1Char(':'))
        && name == name.trimmed();
}

bool validProvider(const QString &provider)
{
    return validName(provider) && !provider.contains(QLatin1Char('.'));
}

// Turns a keychain failure into an error a person can act on.
Error keychainError(const QKeychain::Job &job, const QString &provider, const QString &account)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(ErrorClass::Auth,
                     QCoreApplication::translate("CredentialStore", "No password for %1 at %2 in the keychain: add it with "
                                    "`eo-collector-cli account add %2 --account %1`")
                         .arg(account, provider));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorClass::Auth,
                     QCoreApplication::translate("CredentialStore", "Access to the keychain was refused (%1): unlock the keychain "
                                    "and try again").arg(job.errorString()));
    case QKeychain::CouldNotDeleteEntry:
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("CredentialStore", "Could not delete %1 at %2 from the keychain: %3")
                         .arg(account, provider, job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a dismissed prompt outside its own error codes, so only the words tell it
    // apart from a missing service.
    if (CredentialStore::isDismissedPrompt(job.errorString())) {
        return Error(ErrorClass::Cancelled,
                     QCoreApplication::translate("CredentialStore", "The keychain's prompt was closed without an answer (%1): nothing was saved.")
                         .arg(job.errorString()));
    }
    return Error(ErrorClass::Auth,
                 QCoreApplication::translate("CredentialStore", "No keychain service is running (%1): start gnome-keyring, KWallet "
                                "or another Secret Service provider in your session, or pass the "
                                "account through EOC_%2_USERNAME and EOC_%2_PASSWORD")
                     .arg(job.errorString(), provider.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'))));
}

template<typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(CredentialStore::serviceName());
    job->setKey(key);
    job->setAutoDelete(true);
    // Never fall back to a plain-text file: secrets belong in the keychain or nowhere.
    job->setInsecureFallback(false);
    return job;
}

CredentialStore::SecretAnswer secretAnswer(const QKeychain::Job &job)
{
    CredentialStore::SecretAnswer answer;
    switch (job.error()) {
    case QKeychain::NoError:
        return answer;
    case QKeychain::EntryNotFound:
        answer.outcome = CredentialStore::SecretOutcome::NotFound;
        break;
    // As in keychainError(): these are what a session without a Secret Service gives.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        answer.outcome = CredentialStore::SecretOutcome::NoKeychain;
        break;
    default:
        answer.outcome = CredentialStore::SecretOutcome::Failed;
        break;
    }
    answer.detail = job.errorString();
    return answer;
}

// Runs `job` and hands its answer to `callback` unless `context` went away meanwhile.
void runSecretJob(QKeychain::Job *job, QObject *context, CredentialStore::SecretCallback callback)
{
    const bool guarded = context != nullptr;
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job,
                     [job, guarded, guard, callback = std::move(callback)](QKeychain::Job *) {
                         if ((guarded && !guard) || !callback)
                             return;
                         CredentialStore::SecretAnswer answer = secretAnswer(*job);
                         if (answer.outcome == CredentialStore::SecretOutcome::Ok) {
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                                 answer.secret = read->textData();
                         }
                         callback(answer);
                     });
    job->start();
}

} // namespace

void CredentialStore::readSecret(const QString &key, QObject *context, SecretCallback callback)
{
    runSecretJob(makeJob<QKeychain::ReadPasswordJob>(key), context, std::move(callback));
}

void CredentialStore::writeSecret(const QString &key, const QString &secret, QObject *context, SecretCallback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    runSecretJob(job, context, std::move(callback));
}

void CredentialStore::deleteSecret(const QString &key, QObject *context, SecretCallback callback)
{
    runSecretJob(makeJob<QKeychain::DeletePasswordJob>(key), context,
                 [callback = std::move(callback)](SecretAnswer answer) {
                     // Gone already is what was asked for.
                     if (answer.outcome == SecretOutcome::NotFound)
                         answer = {};
                     if (callback)
                         callback(answer);
                 });
}

bool CredentialStore::isDismissedPrompt(const QString &keychainMessage)
{
    return keychainMessage.contains(QLatin1String("dismiss"), Qt::CaseInsensitive)
        || keychainMessage.contains(QLatin1String("cancel"), Qt::CaseInsensitive);
}

CredentialStore::CredentialStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<Settings>();
        m_settings = m_ownSettings.get();
    }
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral("eo-collector");
}

QString CredentialStore::keyFor(const QString &provider, const QString &account)
{
    return provider + QLatin1Char(':') + account;
}

QString CredentialStore::indexKey(const QString &provider)
{
    return QStringLiteral("accounts.") + provider;
}

QStringList CredentialStore::accounts(const QString &provider) const
{
    QStringList names;
    const auto parts = m_settings->value(indexKey(provider)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

Status CredentialStore::setAccounts(const QString &provider, const QStringList &accounts)
{
    if (accounts.isEmpty()) {
        m_settings->remove(indexKey(provider));
        return success();
    }
    return m_settings->setValue(indexKey(provider), accounts.join(QLatin1Char(',')));
}

void CredentialStore::credentials(const QString &provider, const QString &account, QObject *context,
                                  Callback callback)
{
    QString name = account;
    if (name.isEmpty()) {
        const auto known = accounts(provider);
        if (known.isEmpty()) {
            const Error error(ErrorClass::Auth,
                              QCoreApplication::translate("CredentialStore", "No account for %1: add one with "
                                             "`eo-collector-cli account add %1 --account NAME`")
                                  .arg(provider));
            QMetaObject::invokeMethod(context, [callback, error] { callback(error); }, Qt::QueuedConnection);
            return;
        }
        name = known.first();
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(keyFor(provider, name));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, guard, callback, provider, name](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError) {
            callback(keychainError(*job, provider, name));
            return;
        }
        Credentials c;
        c.provider = provider;
        c.account = name;
        c.secret = job->textData();
        callback(c);
    });
    job->start();
}

void CredentialStore::checkAvailable(QObject *context, StatusCallback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(QStringLiteral("availability-check"));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, guard, callback](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            callback(success());
        else
            callback(keychainError(*job, QStringLiteral("<provider>"), QString()));
    });
    job->start();
}

void CredentialStore::store(const Credentials &credentials, QObject *context, StatusCallback callback)
{
    const QString provider = credentials.provider;
    const QString account = credentials.account;
    Error bad;
    if (!validProvider(provider))
        bad = Error(ErrorClass::BadInput, QCoreApplication::translate("CredentialStore", "'%1' is not a provider name").arg(provider));
    else if (!validName(account))
        bad = Error(ErrorClass::BadInput,
                    QCoreApplication::translate("CredentialStore", "'%1' is not a usable account name (empty, or with ',' or ':')").arg(account));
    else if (credentials.secret.isEmpty())
        bad = Error(ErrorClass::BadInput, QCoreApplication::translate("CredentialStore", "The password for %1 at %2 is empty").arg(account, provider));
    if (bad.isError()) {
        QMetaObject::invokeMethod(context, [callback, bad] { callback(bad); }, Qt::QueuedConnection);
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(keyFor(provider, account));
    job->setTextData(credentials.secret);
    QPointer<QObject> guard(context);
    QPointer<CredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, context, [job, guard, self, callback, provider, account](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError) {
            callback(keychainError(*job, provider, account));
            return;
        }
        if (!self) {
            callback(success());
            return;
        }
        auto names = self->accounts(provider);
        if (!names.contains(account))
            names << account;
        callback(self->setAccounts(provider, names));
    });
    job->start();
}

void CredentialStore::remove(const QString &provider, const QString &account, QObject *context,
                             StatusCallback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(keyFor(provider, account));
    QPointer<QObject> guard(context);
    QPointer<CredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, context, [job, guard, self, callback, provider, account](QKeychain::Job *) {
        if (!guard)
            return;
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!gone) {
            callback(keychainError(*job, provider, account));
            return;
        }
        if (self) {
            auto names = self->accounts(provider);
            const bool known = names.removeAll(account) > 0;
            if (!known) {
                // Deleting a missing Secret Service entry succeeds silently, so the index decides.
                callback(Error(ErrorClass::NotFound,
                               QCoreApplication::translate("CredentialStore", "There is no account %1 for %2").arg(account, provider)));
                return;
            }
            if (auto s = self->setAccounts(provider, names); !s) {
                callback(s);
                return;
            }
        }
        callback(success());
    });
    job->start();
}

void CredentialStore::oneTimeCode(const QString &provider, const QString &account, QObject *context,
                                  CodeCallback callback)
{
    if (!m_oneTimeCodePrompt) {
        CredentialSource::oneTimeCode(provider, account, context, std::move(callback));
        return;
    }
    m_oneTimeCodePrompt(provider, account, context, std::move(callback));
}

} // namespace eoc

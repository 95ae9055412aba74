#include "core/download/queue/DownloadSecrets.h"

#include "core/auth/CredentialStore.h"
#include "core/download/queue/QueueTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <utility>

namespace eoc {

namespace {

// [["Name", "value"], ...]: the values are kept as the user typed them (UTF-8).
QString toText(const HeaderList &headers)
{
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

HeaderList fromText(const QString &text)
{
    HeaderList headers;
    const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &entry : list) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() == 2)
            headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

QStringList missingNames(const QStringList &names, const HeaderList &headers)
{
    QStringList missing;
    for (const QString &name : names) {
        const bool there = std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &h) {
            return QString::fromLatin1(h.first).compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!there)
            missing << name;
    }
    return missing;
}

} // namespace

QString DownloadSecrets::newReference()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DownloadSecrets::keychainKey(const QString &reference)
{
    return QStringLiteral("download:") + reference;
}

Error DownloadSecrets::goneError(const QStringList &names, const QString &why)
{
    QString message = QCoreApplication::translate("DownloadSecrets", "The credentials for this download are gone (header %1); add the item again "
                                     "with --header")
                          .arg(names.join(QStringLiteral(", ")));
    if (!why.isEmpty())
        message += QStringLiteral(" (%1)").arg(why);
    return Error(ErrorClass::Auth, message);
}

void DownloadSecrets::keep(const QString &reference, const HeaderList &headers, QObject *context, KeptCallback callback)
{
    m_held.insert(reference, headers);
    ++m_pending;
    const bool guarded = context != nullptr;
    QPointer<QObject> guard(context);
    // This object is the job's context, so the count of pending writes is always kept.
    CredentialStore::writeSecret(keychainKey(reference), toText(headers), this,
                                 [this, guarded, guard, callback = std::move(callback)](const CredentialStore::SecretAnswer &answer) {
                                     writeDone();
                                     if ((guarded && !guard) || !callback)
                                         return;
                                     Kept kept;
                                     kept.inKeychain = answer.outcome == CredentialStore::SecretOutcome::Ok;
                                     kept.detail = answer.detail;
                                     callback(kept);
                                 });
}

bool DownloadSecrets::ready(const QueueItemInfo &item) const
{
    return item.secretsRef.isEmpty() || m_held.contains(item.secretsRef);
}

HeaderList DownloadSecrets::headersFor(const QueueItemInfo &item) const
{
    return item.secretsRef.isEmpty() ? HeaderList() : m_held.value(item.secretsRef);
}

void DownloadSecrets::load(const QueueItemInfo &item, QObject *context, std::function<void(const Status &)> callback)
{
    const QString reference = item.secretsRef;
    const QStringList names = item.secretHeaders;
    QPointer<DownloadSecrets> self(this);
    CredentialStore::readSecret(keychainKey(reference), context,
                                [self, reference, names, callback = std::move(callback)](const CredentialStore::SecretAnswer &answer) {
        switch (answer.outcome) {
        case CredentialStore::SecretOutcome::Ok:
            break;
        case CredentialStore::SecretOutcome::NotFound:
            callback(goneError(names, QCoreApplication::translate("DownloadSecrets", "the keychain has no entry for it")));
            return;
        case CredentialStore::SecretOutcome::NoKeychain:
            callback(goneError(names, QCoreApplication::translate("DownloadSecrets", "no keychain service is running: %1").arg(answer.detail)));
            return;
        case CredentialStore::SecretOutcome::Failed:
            callback(Error(ErrorClass::Auth, QCoreApplication::translate("DownloadSecrets", "The keychain refused the credentials for this download "
                                                            "(header %1): %2; unlock the keychain and retry")
                                                 .arg(names.join(QStringLiteral(", ")), answer.detail)));
            return;
        }
        const HeaderList headers = fromText(answer.secret);
        if (const QStringList missing = missingNames(names, headers); !missing.isEmpty() || headers.isEmpty()) {
            callback(goneError(missing.isEmpty() ? names : missing, QCoreApplication::translate("DownloadSecrets", "the keychain entry is incomplete")));
            return;
        }
        if (self)
            self->m_held.insert(reference, headers);
        callback(success());
    });
}

void DownloadSecrets::forget(const QString &reference)
{
    if (reference.isEmpty())
        return;
    m_held.remove(reference);
    ++m_pending;
    CredentialStore::deleteSecret(keychainKey(reference), this, [this](const CredentialStore::SecretAnswer &) {
        writeDone();
    });
}

void DownloadSecrets::whenSettled(QObject *context, std::function<void()> done, int timeoutMs)
{
    auto once = std::make_shared<std::function<void()>>(std::move(done));
    auto fire = [once] {
        if (*once)
            std::exchange(*once, {})();
    };
    if (m_pending == 0) {
        QTimer::singleShot(0, context, fire);
        return;
    }
    connect(this, &DownloadSecrets::settled, context, fire);
    QTimer::singleShot(timeoutMs, context, fire);
}

void DownloadSecrets::writeDone()
{
    if (--m_pending == 0)
        Q_EMIT settled();
}

} // namespace eoc

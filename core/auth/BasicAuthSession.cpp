#include "core/auth/BasicAuthSession.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace eoc {

BasicAuthSession::BasicAuthSession(CredentialSource *credentials, QString provider, QString account, QObject *parent)
    : AuthSession(parent)
    , m_credentials(credentials)
    , m_provider(std::move(provider))
    , m_account(std::move(account))
{
}

BasicAuthSession::~BasicAuthSession()
{
    m_header.fill('\0');
}

void BasicAuthSession::authorize(QObject *context, HeaderCallback callback)
{
    if (!m_header.isEmpty()) {
        const QPair<QByteArray, QByteArray> header(QByteArrayLiteral("Authorization"), m_header);
        QTimer::singleShot(0, context, [callback, header] { callback(header); });
        return;
    }
    if (!m_credentials) {
        QTimer::singleShot(0, context, [callback, provider = m_provider] {
            callback(Error(ErrorClass::Auth, QCoreApplication::translate("BasicAuthSession", "No credentials for %1").arg(provider)));
        });
        return;
    }
    QPointer<QObject> guard(context);
    m_credentials->credentials(m_provider, m_account, this, [this, guard, callback](const Result<Credentials> &credentials) {
        if (!guard)
            return;
        if (!credentials) {
            callback(credentials.error());
            return;
        }
        m_account = credentials->account;
        const QByteArray pair = credentials->account.toUtf8() + ':' + credentials->secret.toUtf8();
        m_header = QByteArrayLiteral("Basic ") + pair.toBase64();
        callback(QPair<QByteArray, QByteArray>(QByteArrayLiteral("Authorization"), m_header));
    });
}

void BasicAuthSession::invalidate()
{
    m_header.fill('\0');
    m_header.clear();
}

} // namespace eoc

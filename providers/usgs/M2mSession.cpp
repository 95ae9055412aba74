#include "providers/usgs/M2mSession.h"

#include "providers/usgs/M2mApi.h"

#include "core/auth/CredentialSource.h"
#include "core/net/NetworkAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace eoc::usgs {

M2mSession::M2mSession(NetworkAccess *network, CredentialSource *credentials, QString account, QUrl apiUrl,
                       int keyLifetimeSeconds)
    : m_network(network)
    , m_credentials(credentials)
    , m_account(std::move(account))
    , m_apiUrl(std::move(apiUrl))
    , m_keyLifetimeSeconds(std::max(1, keyLifetimeSeconds))
{
}

M2mSession::~M2mSession() = default;

void M2mSession::authorize(QObject *context, HeaderCallback callback)
{
    if (!m_key.isEmpty() && QDateTime::currentDateTimeUtc() < m_renewAt) {
        callback(QPair<QByteArray, QByteArray>(QByteArray("X-Auth-Token"), m_key));
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (context) {
        // A request given up while the login runs may leave the login with nobody to serve.
        connect(context, &QObject::destroyed, this, [this] {
            QMetaObject::invokeMethod(this, &M2mSession::abandonUnwantedLogin, Qt::QueuedConnection);
        });
    }
    if (!m_loggingIn)
        login();
}

bool M2mSession::anyoneWaiting() const
{
    return std::any_of(m_waiters.cbegin(), m_waiters.cend(), [](const Waiter &w) { return !w.context.isNull(); });
}

void M2mSession::abandonUnwantedLogin()
{
    if (!m_loggingIn || anyoneWaiting())
        return;
    m_waiters.clear();
    m_loggingIn = false;
    // Aborts the login-token request; a later authorize() logs in afresh.
    delete m_loginCall;
}

void M2mSession::invalidate()
{
    m_key.clear();
}

void M2mSession::login()
{
    if (!m_credentials) {
        finishWaiters(Error(ErrorClass::Auth,
                            QCoreApplication::translate("UsgsProvider", "USGS M2M needs an ERS user name and application token: store "
                                           "them with `eo-collector-cli account` or set EOC_USGS_USERNAME "
                                           "and EOC_USGS_TOKEN")));
        return;
    }
    m_loggingIn = true;
    if (m_loginCall)
        m_loginCall->deleteLater();   // the last login's; its calls have ended
    m_loginCall = new QObject(this);
    m_credentials->credentials(QStringLiteral("usgs"), m_account, m_loginCall, [this](const Result<Credentials> &credentials) {
        if (!credentials) {
            m_loggingIn = false;
            finishWaiters(credentials.error());
            return;
        }
        if (credentials->account.isEmpty() || credentials->secret.isEmpty()) {
            m_loggingIn = false;
            finishWaiters(Error(ErrorClass::Auth,
                                QCoreApplication::translate("UsgsProvider", "USGS M2M needs both the ERS user name and an application "
                                               "token (EOC_USGS_USERNAME and EOC_USGS_TOKEN)")));
            return;
        }
        // The old key is simply replaced: USGS lets it expire on its own.
        QJsonObject body;
        body[QStringLiteral("username")] = credentials->account;
        body[QStringLiteral("token")] = credentials->secret;
        const M2mApi api(m_network, m_apiUrl, nullptr);
        api.callAnonymous(QStringLiteral("login-token"), body, m_loginCall, [this](const Result<QJsonValue> &data) {
            m_loggingIn = false;
            if (!data) {
                finishWaiters(data.error());
                return;
            }
            const QString key = data->toString();
            if (key.isEmpty()) {
                finishWaiters(Error(ErrorClass::Protocol,
                                    QCoreApplication::translate("UsgsProvider", "USGS M2M login-token answered without an API key")));
                return;
            }
            m_key = key.toUtf8();
            // Renew well before USGS expires the key: ten minutes early, or half the lifetime when
            // the lifetime is short.
            const qint64 lifetimeMs = qint64(m_keyLifetimeSeconds) * 1000;
            const qint64 marginMs = std::min<qint64>(600000, lifetimeMs / 2);
            m_renewAt = QDateTime::currentDateTimeUtc().addMSecs(lifetimeMs - marginMs);
            finishWaiters(QPair<QByteArray, QByteArray>(QByteArray("X-Auth-Token"), m_key));
        });
    });
}

void M2mSession::finishWaiters(const Result<QPair<QByteArray, QByteArray>> &result)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters) {
        if (waiter.context)
            waiter.callback(result);
    }
}

void M2mSession::acquire(std::function<void()> send)
{
    if (m_callInFlight) {
        m_queuedCalls.append(std::move(send));
        return;
    }
    m_callInFlight = true;
    send();
}

void M2mSession::release()
{
    if (m_queuedCalls.isEmpty()) {
        m_callInFlight = false;
        return;
    }
    const auto next = m_queuedCalls.takeFirst();
    next();
}

void M2mSession::end()
{
    if (m_key.isEmpty())
        return;
    // Fire and forget: the program is quitting; the request is sent from the event loop.
    HttpRequest request;
    request.method = "POST";
    request.url = M2mApi(m_network, m_apiUrl, nullptr).endpoint(QStringLiteral("logout"));
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    request.headers.append({QByteArray("X-Auth-Token"), m_key});
    request.carriesSecret = true;
    request.body = "{}";
    request.limitKey = QStringLiteral("usgs");
    request.maxAttempts = 1;
    m_network->send(request);
    m_key.clear();
}

} // namespace eoc::usgs

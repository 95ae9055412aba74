#include "core/auth/OidcSession.h"

#include "core/net/NetworkAccess.h"
#include "core/net/SharedLimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcOidc, "eoc.auth.oidc", QtWarningMsg)

namespace eoc {

namespace {

using Header = QPair<QByteArray, QByteArray>;

// A service message from a token endpoint answer: Keycloak sends
// {"error": "invalid_grant", "error_description": "Invalid user credentials"}.
QString serviceMessage(const HttpResponse &response)
{
    const auto json = QJsonDocument::fromJson(response.body).object();
    const QString code = json.value(QStringLiteral("error")).toString();
    const QString description = json.value(QStringLiteral("error_description")).toString();
    if (!description.isEmpty() && !code.isEmpty())
        return QStringLiteral("%1 (%2)").arg(description, code);
    if (!description.isEmpty() || !code.isEmpty())
        return description.isEmpty() ? code : description;
    const QString text = QString::fromUtf8(response.body).simplified();
    // Bodies of proxies and HTML error pages say little and can be long.
    if (!text.isEmpty() && !text.startsWith(QLatin1Char('<')))
        return text.left(300);
    return {};
}

} // namespace

QByteArray encodeForm(const QList<QPair<QByteArray, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(QString::fromLatin1(name)) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

OidcSession::OidcSession(NetworkAccess *network, CredentialSource *credentials, OidcConfig config,
                         QObject *parent)
    : AuthSession(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_config(std::move(config))
{
}

OidcSession::~OidcSession()
{
    clearTokens();
}

std::chrono::milliseconds OidcSession::renewalMargin(std::chrono::milliseconds lifetime)
{
    return std::min(lifetime / 10, std::chrono::milliseconds(std::chrono::seconds(60)));
}

bool OidcSession::accessTokenFresh() const
{
    return !m_accessToken.isEmpty() && Clock::now() < m_renewAt;
}

bool OidcSession::refreshTokenUsable() const
{
    if (m_refreshToken.isEmpty())
        return false;
    return !m_refreshUsableUntil || Clock::now() < *m_refreshUsableUntil;
}

void OidcSession::authorize(QObject *context, HeaderCallback callback)
{
    if (accessTokenFresh()) {
        const Header header(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_accessToken);
        QMetaObject::invokeMethod(context, [callback, header] { callback(header); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    // Everyone who asks while a login or refresh is under way waits for that one.
    if (!m_busy)
        renew();
}

void OidcSession::invalidate()
{
    // The service refused the access token: the next authorize() refreshes (or logs in).
    m_accessToken.clear();
}

void OidcSession::renew()
{
    m_busy = true;
    if (refreshTokenUsable())
        refresh();
    else
        login();
}

void OidcSession::login()
{
    if (!m_credentials) {
        deliver(Error(ErrorClass::Auth, QCoreApplication::translate("OidcSession", "No credentials for %1").arg(m_config.provider)));
        return;
    }
    m_refreshToken.clear();
    m_refreshUsableUntil.reset();
    m_credentials->credentials(m_config.provider, m_config.account, this,
                               [this](const Result<Credentials> &credentials) {
        if (!credentials) {
            deliver(credentials.error());
            return;
        }
        if (m_config.account.isEmpty())
            m_config.account = credentials->account;
        const QString given = m_oneTimeCode.isEmpty() ? credentials->oneTimeCode : m_oneTimeCode;
        m_oneTimeCode.clear();
        if (!given.isEmpty() || !m_config.needsOneTimeCode) {
            sendLoginWhenSessionFree(*credentials, given);
            return;
        }
        // Asked only now, when a login is really going to be sent: refreshes need no code.
        const Credentials who = *credentials;
        m_credentials->oneTimeCode(m_config.provider, who.account, this,
                                   [this, who](const Result<QString> &asked) {
            if (!asked) {
                deliver(asked.error());
                return;
            }
            sendLoginWhenSessionFree(who, *asked);
        });
    });
}

namespace {

// A session slot is held this long before the provider says how long its session lasts.
constexpr int kSessionFirstHoldSeconds = 3600;

} // namespace

SharedLimits *OidcSession::sessionLimits() const
{
    if (!m_network || !m_sessionHeldWith || m_network->sharedLimits() != m_sessionHeldWith)
        return nullptr;
    return m_sessionHeldWith;
}

void OidcSession::sendLoginWhenSessionFree(const Credentials &credentials, const QString &code)
{
    SharedLimits *shared = m_network ? m_network->sharedLimits() : nullptr;
    if (m_config.maxSessions <= 0 || !shared || (m_sessionSlot > 0 && sessionLimits())) {
        sendLogin(credentials, code);
        return;
    }
    const int slot = shared->holdSession(sessionKey(), m_config.maxSessions, kSessionFirstHoldSeconds);
    if (slot != 0) {
        // slot < 0: the shared store cannot be read now; the provider's own cap still answers.
        m_sessionSlot = std::max(0, slot);
        m_sessionHeldWith = slot > 0 ? shared : nullptr;
        m_toldWaiting = false;
        sendLogin(credentials, code);
        return;
    }
    // Every session the account may have is held by another worker: wait for one to end (a
    // logout, or its lease running out with the provider's session), unless nobody waits any more.
    const bool anyoneWaiting = std::any_of(m_waiting.cbegin(), m_waiting.cend(), [](const Waiter &w) { return !w.context.isNull(); });
    if (!anyoneWaiting) {
        m_waiting.clear();
        m_busy = false;
        return;
    }
    if (!m_toldWaiting) {
        qCWarning(lcOidc).noquote() << QCoreApplication::translate("OidcSession", "Waiting for a session of %1 at %2: all %3 are in use by other workers")
                                        .arg(m_config.account, m_config.provider).arg(m_config.maxSessions);
        m_toldWaiting = true;
    }
    QTimer::singleShot(m_sessionWaitMs, this, [this, credentials, code] { sendLoginWhenSessionFree(credentials, code); });
}

void OidcSession::holdSessionFor(int seconds)
{
    if (m_sessionSlot > 0) {
        if (SharedLimits *shared = sessionLimits())
            shared->renewSession(sessionKey(), m_sessionSlot, seconds);
    }
}

void OidcSession::endSessionSlot()
{
    if (m_sessionSlot > 0) {
        if (SharedLimits *shared = sessionLimits())
            shared->endSession(sessionKey(), m_sessionSlot);
    }
    m_sessionSlot = 0;
    m_sessionHeldWith = nullptr;
}

void OidcSession::sendLogin(const Credentials &credentials, const QString &code)
{
    QList<QPair<QByteArray, QString>> form{
        {QByteArrayLiteral("grant_type"), QStringLiteral("password")},
        {QByteArrayLiteral("client_id"), m_config.clientId},
        {QByteArrayLiteral("username"), credentials.account},
        {QByteArrayLiteral("password"), credentials.secret},
    };
    if (!m_config.clientSecret.isEmpty())
        form.append({QByteArrayLiteral("client_secret"), m_config.clientSecret});
    // Keycloak takes the authenticator's code as an extra `totp` field of the password grant.
    if (!code.isEmpty())
        form.append({QByteArrayLiteral("totp"), code});
    sendGrant(encodeForm(form), false);
}

void OidcSession::refresh()
{
    QList<QPair<QByteArray, QString>> form{
        {QByteArrayLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QByteArrayLiteral("client_id"), m_config.clientId},
        {QByteArrayLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
    };
    if (!m_config.clientSecret.isEmpty())
        form.append({QByteArrayLiteral("client_secret"), m_config.clientSecret});
    sendGrant(encodeForm(form), true);
}

void OidcSession::sendGrant(const QByteArray &form, bool isRefresh)
{
    if (!m_network) {
        deliver(Error(ErrorClass::Permanent, QCoreApplication::translate("OidcSession", "The network is shut down")));
        return;
    }
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.tokenUrl;
    request.body = form;
    request.carriesSecret = true;   // a password or refresh token
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    request.limitKey = m_config.limitKey;
    request.maxAttempts = 2;
    auto *job = m_network->send(request);
    connect(job, &HttpJob::finished, this, [this, isRefresh](const HttpResponse &response) {
        onTokenResponse(response, isRefresh);
    });
}

void OidcSession::onTokenResponse(const HttpResponse &response, bool isRefresh)
{
    const auto json = QJsonDocument::fromJson(response.body).object();
    const QByteArray access = json.value(QStringLiteral("access_token")).toString().toLatin1();
    if (!response.ok() || access.isEmpty()) {
        if (isRefresh && response.error.errorClass != ErrorClass::Cancelled) {
            // The refresh token expired or the session was ended at the provider: log in again.
            qCInfo(lcOidc) << "refresh refused for" << m_config.provider << "- logging in again";
            m_refreshToken.clear();
            login();
            return;
        }
        // No session came of it: its slot is free for another worker.
        if (!isRefresh)
            endSessionSlot();
        deliver(tokenError(response, isRefresh));
        return;
    }

    const auto now = Clock::now();
    const double expiresIn = json.value(QStringLiteral("expires_in")).toDouble(600);
    const auto lifetime = std::chrono::milliseconds(qint64(expiresIn * 1000));
    m_accessToken = access;
    m_renewAt = now + lifetime - renewalMargin(lifetime);
    const QByteArray refreshToken = json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (!refreshToken.isEmpty()) {
        m_refreshToken = refreshToken;
        // refresh_expires_in 0 means the refresh token does not expire (offline tokens).
        const double refreshIn = json.value(QStringLiteral("refresh_expires_in")).toDouble(0);
        if (refreshIn > 0) {
            const auto refreshLifetime = std::chrono::milliseconds(qint64(refreshIn * 1000));
            m_refreshUsableUntil = now + refreshLifetime - renewalMargin(refreshLifetime);
        } else {
            m_refreshUsableUntil.reset();
        }
        // The provider keeps the session as long as its refresh token (Keycloak's idle timeout);
        // so does its slot, should this process die without logging out. A token that does not
        // expire keeps it a day at a time, renewed with each refresh.
        holdSessionFor(refreshIn > 0 ? int(std::ceil(refreshIn)) + 30 : 86400);
    }
    deliver(Header(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_accessToken));
}

Error OidcSession::tokenError(const HttpResponse &response, bool isRefresh) const
{
    const QString message = serviceMessage(response);
    const QString who = m_config.account.isEmpty()
        ? m_config.provider
        : QCoreApplication::translate("OidcSession", "%1 at %2").arg(m_config.account, m_config.provider);
    if (response.ok()) {
        return Error(ErrorClass::Protocol,
                     QCoreApplication::translate("OidcSession", "The login service of %1 answered without an access token")
                         .arg(m_config.provider),
                     response.status);
    }
    // No answer, a server failure or a redirect the network core would not follow (a login is never
    // sent on to another host): the core's error says what happened.
    if (response.status == 0 || response.status >= 500 || (response.status >= 300 && response.status < 400)) {
        Error e = response.error;
        e.message = QCoreApplication::translate("OidcSession", "Could not reach the login service of %1: %2")
                        .arg(m_config.provider, e.message);
        return e;
    }
    Error e(ErrorClass::Auth,
            QCoreApplication::translate("OidcSession", "%1 refused the %2 of %3%4")
                .arg(m_config.provider, isRefresh ? QCoreApplication::translate("OidcSession", "session renewal")
                                               : QCoreApplication::translate("OidcSession", "login"),
                     who, message.isEmpty() ? QString() : QStringLiteral(": ") + message),
            response.status);
    if (response.status == 429) {
        e.errorClass = ErrorClass::RateLimited;
        e.retryAfter = response.error.retryAfter;
    } else if (message.contains(QLatin1String("session"), Qt::CaseInsensitive)
               && (message.contains(QLatin1String("limit"), Qt::CaseInsensitive)
                   || message.contains(QLatin1String("maximum"), Qt::CaseInsensitive))) {
        // The per-user session cap (100 at CDSE): logging in again will not help until some end.
        e.errorClass = ErrorClass::Quota;
    }
    return e;
}

void OidcSession::deliver(const Result<QPair<QByteArray, QByteArray>> &header)
{
    m_busy = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &waiter : waiting) {
        if (waiter.context)
            waiter.callback(header);
    }
}

void OidcSession::clearTokens()
{
    m_accessToken.fill('\0');
    m_accessToken.clear();
    m_refreshToken.fill('\0');
    m_refreshToken.clear();
    m_refreshUsableUntil.reset();
}

void OidcSession::end()
{
    end(this, [] {});
}

void OidcSession::end(QObject *context, std::function<void()> done)
{
    const QByteArray refreshToken = m_refreshToken;
    clearTokens();
    const bool loggingOut = !refreshToken.isEmpty() && m_config.logoutUrl.isValid() && !m_config.logoutUrl.isEmpty() && m_network;
    // Without a logout endpoint the provider's session lives on until it expires, and so does its slot.
    if (loggingOut || refreshToken.isEmpty())
        endSessionSlot();
    if (!loggingOut) {
        QMetaObject::invokeMethod(context, [done] { done(); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.logoutUrl;
    request.body = encodeForm({
        {QByteArrayLiteral("client_id"), m_config.clientId},
        {QByteArrayLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
    });
    request.carriesSecret = true;
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    request.limitKey = m_config.limitKey;
    request.maxAttempts = 1;
    auto *job = m_network->send(request);
    // The network core owns the job, so the logout goes out even if this session is gone by then.
    QPointer<QObject> guard(context);
    connect(job, &HttpJob::finished, m_network.data(), [guard, done](const HttpResponse &) {
        if (guard)
            done();
    });
}

} // namespace eoc

#include "core/net/NetworkAccess.h"

#include "core/auth/AuthSession.h"
#include "core/net/RetryAfter.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNet, "eoc.net", QtWarningMsg)

namespace eoc {

NetworkAccess::NetworkAccess(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Redirects are ours to follow (hop limit, downgrade and credential rules), never Qt's.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NetworkAccess::~NetworkAccess() = default;

QByteArray NetworkAccess::userAgent()
{
    return QByteArrayLiteral("EO-Collector/") + QByteArray(EOC_VERSION_STRING);
}

HttpJob *NetworkAccess::send(const HttpRequest &request)
{
    auto *job = new HttpJob(this, request);
    // Started from the event loop so the caller can connect to finished() first.
    QTimer::singleShot(0, job, &HttpJob::start);
    return job;
}

bool NetworkAccess::isTrustedHost(const HttpRequest &request, const QString &host)
{
    if (request.trustedHosts.isEmpty())
        return host.compare(request.url.host(), Qt::CaseInsensitive) == 0;
    for (const auto &trusted : request.trustedHosts) {
        if (host.compare(trusted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpJob::HttpJob(NetworkAccess *access, HttpRequest request)
    : QObject(access)
    , m_access(access)
    , m_request(std::move(request))
    , m_currentUrl(m_request.url)
    , m_currentMethod(m_request.method)
    , m_currentBody(m_request.body)
{
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    HttpResponse response;
    response.finalUrl = m_currentUrl;
    response.error = Error(ErrorClass::Cancelled, QStringLiteral("Cancelled"));
    finish(response);
}

void HttpJob::start()
{
    if (m_done || m_cancelled)
        return;
    const bool sendAuth = m_request.auth && NetworkAccess::isTrustedHost(m_request, m_currentUrl.host());
    if (!sendAuth) {
        sendCurrent({}, {});
        return;
    }
    m_request.auth->authorize(this, [this](const Result<QPair<QByteArray, QByteArray>> &header) {
        if (!header) {
            HttpResponse response;
            response.finalUrl = m_currentUrl;
            response.error = header.error();
            finish(response);
            return;
        }
        sendCurrent(header->first, header->second);
    });
}

void HttpJob::sendCurrent(const QByteArray &authName, const QByteArray &authValue)
{
    if (!m_access)
        return;
    if (m_currentUrl.scheme() != QLatin1String("https") && m_currentUrl.scheme() != QLatin1String("http")) {
        HttpResponse response;
        response.finalUrl = m_currentUrl;
        response.error = Error(ErrorClass::BadInput,
                               QStringLiteral("Unsupported URL scheme: %1").arg(m_currentUrl.toString()));
        finish(response);
        return;
    }
    QNetworkRequest request(m_currentUrl);
    request.setHeader(QNetworkRequest::UserAgentHeader, NetworkAccess::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_access->policy().transferTimeoutMs);
    // Cookies are only kept for trusted hosts; other hosts get a cookie-less request.
    const bool trusted = NetworkAccess::isTrustedHost(m_request, m_currentUrl.host());
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                         trusted ? QNetworkRequest::Automatic : QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                         trusted ? QNetworkRequest::Automatic : QNetworkRequest::Manual);
    for (const auto &[name, value] : m_request.headers) {
        // Credential headers supplied by hand follow the same trust rule as the auth session's.
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0
            || name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0
            || name.compare("Cookie", Qt::CaseInsensitive) == 0;
        if (secret && !trusted)
            continue;
        request.setRawHeader(name, value);
    }
    if (!authName.isEmpty())
        request.setRawHeader(authName, authValue);

    auto *manager = m_access->manager();
    if (m_currentMethod == "GET")
        m_reply = manager->get(request);
    else if (m_currentMethod == "HEAD")
        m_reply = manager->head(request);
    else if (m_currentMethod == "POST")
        m_reply = manager->post(request, m_currentBody);
    else if (m_currentMethod == "PUT")
        m_reply = manager->put(request, m_currentBody);
    else if (m_currentMethod == "DELETE")
        m_reply = manager->deleteResource(request);
    else
        m_reply = manager->sendCustomRequest(request, m_currentMethod, m_currentBody);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    HttpResponse response;
    response.finalUrl = m_currentUrl;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = reply->readAll();

    const auto netError = reply->error();
    if (response.status == 0) {
        // No HTTP answer at all: TLS failures are final (never ignored), the rest is transient.
        const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
        Error error(tls ? ErrorClass::Permanent : ErrorClass::Transient,
                    QStringLiteral("%1: %2").arg(m_currentUrl.host(), reply->errorString()));
        if (!tls && m_attempt + 1 < m_request.maxAttempts) {
            retryLater(m_attempt + 1, error);
            return;
        }
        response.error = error;
        finish(response);
        return;
    }

    if (response.status >= 300 && response.status < 400 && response.status != 304
        && m_request.followRedirects) {
        const QByteArray location = response.header("Location");
        if (location.isEmpty()) {
            response.error = Error(ErrorClass::Protocol,
                                   QStringLiteral("Redirect %1 without Location").arg(response.status),
                                   response.status);
            finish(response);
            return;
        }
        const QUrl next = m_currentUrl.resolved(QUrl::fromEncoded(location));
        if (++m_redirects > m_access->policy().maxRedirects) {
            response.error = Error(ErrorClass::Protocol,
                                   QStringLiteral("More than %1 redirects, last to %2")
                                       .arg(m_access->policy().maxRedirects)
                                       .arg(next.toString()),
                                   response.status);
            finish(response);
            return;
        }
        if (m_currentUrl.scheme() == QLatin1String("https") && next.scheme() == QLatin1String("http")
            && !m_access->policy().allowHttpsToHttp) {
            response.error = Error(ErrorClass::Permanent,
                                   QStringLiteral("Refused a redirect from https to plain http (%1)")
                                       .arg(next.toString(QUrl::RemoveUserInfo)),
                                   response.status);
            finish(response);
            return;
        }
        // 301/302/303 turn a POST into a GET, as browsers and curl do.
        if (response.status == 303
            || ((response.status == 301 || response.status == 302) && m_currentMethod == "POST")) {
            m_currentMethod = "GET";
            m_currentBody.clear();
        }
        m_currentUrl = next;
        start();
        return;
    }

    if (response.status >= 200 && response.status < 300) {
        finish(response);
        return;
    }

    Error error = errorForHttpStatus(response.status, response.header("Retry-After"),
                                     QStringLiteral("HTTP %1 from %2")
                                         .arg(response.status)
                                         .arg(m_currentUrl.host()));
    if (response.status == 401 && m_request.auth && !m_authRetried
        && NetworkAccess::isTrustedHost(m_request, m_currentUrl.host())) {
        // Credentials expired under us: renew once, then give up.
        m_authRetried = true;
        m_request.auth->invalidate();
        start();
        return;
    }
    if (error.isRetryable() && m_attempt + 1 < m_request.maxAttempts) {
        retryLater(m_attempt + 1, error);
        return;
    }
    response.error = error;
    finish(response);
}

void HttpJob::retryLater(int attempt, const Error &error)
{
    m_attempt = attempt;
    const auto policy = m_access->policy();
    int delay = backoffDelayMs(attempt - 1, policy.baseBackoffMs, policy.maxBackoffMs);
    if (error.retryAfter)
        delay = int(std::chrono::milliseconds(*error.retryAfter).count());
    qCInfo(lcNet) << "retrying" << m_currentUrl.host() << "in" << delay << "ms:" << error.message;
    QTimer::singleShot(delay, this, &HttpJob::start);
}

void HttpJob::finish(HttpResponse response)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace eoc

#include "core/net/NetworkAccess.h"

#include "core/auth/AuthSession.h"
#include "core/net/BandwidthLimiter.h"
#include "core/net/RequestRules.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNet, "eoc.net", QtWarningMsg)

namespace eoc {

NetworkAccess::NetworkAccess(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_limiter(new ConnectionLimiter(this))
    , m_bandwidth(new BandwidthLimiter(this))
{
    // Redirects are ours to follow (hop limit, downgrade and credential rules), never Qt's.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // One jar for the session; which requests may use it is decided per request (trusted hosts).
    m_manager->setCookieJar(new QNetworkCookieJar(m_manager));
    // The platform's proxy settings unless the user chose otherwise (setProxy).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
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
    return net::isTrustedHost(request.trustedHosts, request.url.host(), host);
}

void NetworkAccess::setLimits(const QString &key, const ConnectionLimits &limits)
{
    m_limiter->setLimits(key, limits);
}

void NetworkAccess::setGlobalConnectionCap(int maxConnections)
{
    m_limiter->setGlobalConnectionCap(maxConnections);
}

void NetworkAccess::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_bandwidth->setLimit(bytesPerSecond);
}

Error NetworkAccess::setProxy(const QString &setting)
{
    const QString value = setting.trimmed();
    if (value.isEmpty() || value.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0) {
        // DefaultProxy defers to the application proxy factory, i.e. the system configuration.
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        return {};
    }
    if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return {};
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    const int port = url.port(-1);
    if (!url.isValid() || type == QNetworkProxy::DefaultProxy || url.host().isEmpty() || port <= 0
        || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return Error(ErrorClass::BadInput,
                     QStringLiteral("network.proxy must be \"system\", \"none\", \"http://host:port\" or "
                                    "\"socks5://host:port\"; got \"%1\"")
                         .arg(url.isValid() ? url.toString(QUrl::RemoveUserInfo) : value));
    }
    if (!url.userInfo().isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QStringLiteral("network.proxy must not contain a user name or password (settings never "
                                    "hold secrets); use \"%1\"")
                         .arg(url.toString(QUrl::RemoveUserInfo)));
    }
    m_manager->setProxy(QNetworkProxy(type, url.host(), quint16(port)));
    return {};
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
    if (m_access && m_slotTicket)
        m_access->limiter()->withdraw(m_slotTicket);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_access && m_slotTicket)
        m_access->limiter()->withdraw(m_slotTicket);
    m_slotTicket = 0;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_slot.release();
    HttpResponse response;
    response.finalUrl = m_currentUrl;
    response.error = Error(ErrorClass::Cancelled, QStringLiteral("Cancelled"));
    finish(response);
}

void HttpJob::start()
{
    if (m_done || m_cancelled)
        return;
    if (!net::isSupportedScheme(m_currentUrl)) {
        HttpResponse response;
        response.finalUrl = m_currentUrl;
        response.error = Error(ErrorClass::BadInput,
                               QStringLiteral("Unsupported URL scheme: %1").arg(m_currentUrl.toString(QUrl::RemoveUserInfo)));
        finish(response);
        return;
    }
    const bool sendAuth = m_request.auth && NetworkAccess::isTrustedHost(m_request, m_currentUrl.host());
    if (!sendAuth) {
        m_authName.clear();
        m_authValue.clear();
        acquireSlotAndSend();
        return;
    }
    // Credentials first, then the slot: a login may itself need a slot of the same provider.
    m_request.auth->authorize(this, [this](const Result<QPair<QByteArray, QByteArray>> &header) {
        if (!header) {
            HttpResponse response;
            response.finalUrl = m_currentUrl;
            response.error = header.error();
            finish(response);
            return;
        }
        m_authName = header->first;
        m_authValue = header->second;
        acquireSlotAndSend();
    });
}

void HttpJob::acquireSlotAndSend()
{
    if (!m_access || m_done)
        return;
    m_slotTicket = m_access->limiter()->acquire(m_request.limitKey, this, [this](ConnectionSlot slot) {
        m_slotTicket = 0;
        m_slot = std::move(slot);
        sendCurrent();
    });
}

void HttpJob::sendCurrent()
{
    if (!m_access || m_done)
        return;
    net::RequestShape shape;
    shape.url = m_currentUrl;
    shape.headers = m_request.headers;
    shape.trusted = NetworkAccess::isTrustedHost(m_request, m_currentUrl.host());
    shape.authName = m_authName;
    shape.authValue = m_authValue;
    shape.transferTimeoutMs = m_access->policy().transferTimeoutMs;
    const QNetworkRequest request = net::buildRequest(shape);

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
    m_slot.release();

    HttpResponse response;
    response.finalUrl = m_currentUrl;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = reply->readAll();

    if (response.status == 0) {
        const Error error = net::errorForNetworkFailure(reply->error(), m_currentUrl.host(),
                                                        reply->errorString());
        if (error.isRetryable() && m_attempt + 1 < m_request.maxAttempts) {
            retryLater(m_attempt + 1, error);
            return;
        }
        response.error = error;
        finish(response);
        return;
    }

    if (net::isRedirectStatus(response.status) && m_request.followRedirects) {
        const auto policy = m_access->policy();
        const auto decision = net::decideRedirect(m_currentUrl, response.status, response.header("Location"),
                                                  m_redirects, {policy.maxRedirects, policy.allowHttpsToHttp});
        if (decision.error.isError()) {
            response.error = decision.error;
            finish(response);
            return;
        }
        ++m_redirects;
        // 301/302/303 turn a POST into a GET, as browsers and curl do.
        if (response.status == 303
            || ((response.status == 301 || response.status == 302) && m_currentMethod == "POST")) {
            m_currentMethod = "GET";
            m_currentBody.clear();
        }
        m_currentUrl = decision.next;
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
    const int delay = net::retryDelayMs(attempt, error, policy.baseBackoffMs, policy.maxBackoffMs);
    qCInfo(lcNet) << "retrying" << m_currentUrl.host() << "in" << delay << "ms:" << error.message;
    // Precise: Retry-After is a promise to the server not to come back early.
    QTimer::singleShot(delay, Qt::PreciseTimer, this, &HttpJob::start);
}

void HttpJob::finish(HttpResponse response)
{
    if (m_done)
        return;
    m_done = true;
    m_slot.release();
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace eoc

#include "core/net/HttpJob.h"

#include "core/auth/AuthSession.h"
#include "core/net/NetworkAccess.h"
#include "core/net/RequestRules.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <new>
#include <utility>

Q_LOGGING_CATEGORY(lcNet, "eoc.net", QtWarningMsg)

namespace eoc {

namespace {

constexpr qint64 kReadBufferBytes = 1024 * 1024;

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString hostAndPort(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(effectivePort(url));
}

bool sameHostAndPort(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

// The Content-Length of an answer whose body reaches us as sent, or -1. Qt inflates gzip and
// deflate bodies itself, after which the declared length no longer counts what we read.
qint64 declaredLength(const HttpResponse &response)
{
    const QByteArray encoding = response.header("Content-Encoding").trimmed();
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0)
        return -1;
    bool ok = false;
    const qint64 length = response.header("Content-Length").trimmed().toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

// Errors of the connection itself (1..99); the others mirror an HTTP status we read ourselves.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

HttpJob::HttpJob(NetworkAccess *access, HttpRequest request)
    : QObject(access)
    , m_access(access)
    , m_request(std::move(request))
    , m_currentUrl(m_request.url)
    , m_currentMethod(m_request.method)
    , m_currentBody(m_request.body)
{
    connect(&m_speedTimer, &QTimer::timeout, this, &HttpJob::onSpeedCheck);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpJob::onDeadline);
}

HttpJob::~HttpJob()
{
    if (m_access && m_slotTicket)
        m_access->limiter()->withdraw(m_slotTicket);
    dropReply();
}

void HttpJob::dropReply()
{
    m_speedTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_slot.release();
    m_answer = QByteArray();
}

void HttpJob::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("HttpJob", "Cancelled")));
}

void HttpJob::fail(const Error &error)
{
    if (m_access && m_slotTicket)
        m_access->limiter()->withdraw(m_slotTicket);
    m_slotTicket = 0;
    dropReply();
    HttpResponse response;
    response.finalUrl = m_currentUrl;
    response.error = error;
    finish(response);
}

void HttpJob::start()
{
    if (m_done || m_cancelled)
        return;
    if (!net::isSupportedScheme(m_currentUrl)) {
        fail(Error(ErrorClass::BadInput,
                   QCoreApplication::translate("HttpJob", "Unsupported URL scheme: %1").arg(m_currentUrl.toString(QUrl::RemoveUserInfo))));
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
        if (m_done)
            return;
        if (!header) {
            fail(header.error());
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
    const auto policy = m_access->policy();
    net::RequestShape shape;
    shape.url = m_currentUrl;
    shape.headers = m_request.headers;
    shape.trusted = NetworkAccess::isTrustedHost(m_request, m_currentUrl.host());
    shape.authName = m_authName;
    shape.authValue = m_authValue;
    shape.transferTimeoutMs = 0;   // the minimum-speed rule and the deadline below watch instead
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

    // Qt reads the socket only while its buffer has room, so an endless answer cannot pile up in
    // memory faster than onReadyRead() takes it (and counts it against the cap).
    m_reply->setReadBufferSize(kReadBufferBytes);
    m_answer = QByteArray();
    m_windowBytes = 0;
    m_lastReceived = 0;
    m_lastSent = 0;
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { onProgress(received, m_lastReceived); });
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 sent, qint64) { onProgress(sent, m_lastSent); });
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    if (policy.minSpeedBytesPerSecond > 0 && policy.minSpeedTimeMs > 0)
        m_speedTimer.start(policy.minSpeedTimeMs);
    // The deadline runs from the first request sent (not while waiting for a connection slot).
    if (!m_deadlineArmed && policy.apiDeadlineMs > 0) {
        m_deadlineArmed = true;
        m_deadline.start(policy.apiDeadlineMs);
    }
}

void HttpJob::onProgress(qint64 bytes, qint64 &last)
{
    if (bytes > last) {
        m_windowBytes += bytes - last;
        last = bytes;
    }
}

void HttpJob::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done || !reply->isOpen())
        return;
    const qint64 cap = m_access ? m_access->policy().maxAnswerBytes : 0;
    if (cap > 0 && m_answer.size() + reply->bytesAvailable() > cap) {
        fail(Error(ErrorClass::Permanent,
                   QCoreApplication::translate("HttpJob", "The answer of %1 is larger than %2 bytes, the limit set by network.max_answer_bytes; "
                                  "the request was stopped")
                       .arg(m_currentUrl.host())
                       .arg(cap)));
        return;
    }
    try {
        m_answer += reply->readAll();
    } catch (const std::bad_alloc &) {
        // Never let the exception reach Qt's event loop: the program ends cleanly with an error.
        const qint64 held = m_answer.size();
        fail(Error(ErrorClass::Permanent,
                   QCoreApplication::translate("HttpJob", "Not enough memory for the answer of %1 (%2 bytes held); lower "
                                  "network.max_answer_bytes")
                       .arg(m_currentUrl.host())
                       .arg(held)));
    }
}

void HttpJob::onSpeedCheck()
{
    if (!m_access || m_done || !m_reply)
        return;
    const auto policy = m_access->policy();
    const double seconds = policy.minSpeedTimeMs / 1000.0;
    if (double(m_windowBytes) >= double(policy.minSpeedBytesPerSecond) * seconds) {
        m_windowBytes = 0;
        return;
    }
    HttpResponse response;
    response.finalUrl = m_currentUrl;
    response.error = Error(ErrorClass::Transient,
                           QCoreApplication::translate("HttpJob", "%1 moved fewer than %2 bytes per second for %3 s; the request was cut "
                                          "(settings network.min_speed and network.min_speed_time)")
                               .arg(m_currentUrl.host())
                               .arg(policy.minSpeedBytesPerSecond)
                               .arg(seconds));
    dropReply();
    failAttempt(response);
}

void HttpJob::onDeadline()
{
    if (m_done || !m_access)
        return;
    fail(Error(ErrorClass::Transient,
               QCoreApplication::translate("HttpJob", "%1 gave no complete answer within %2 s (setting network.api_deadline)")
                   .arg(m_currentUrl.host())
                   .arg(m_access->policy().apiDeadlineMs / 1000.0)));
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    onReadyRead();                        // what is left, under the same cap
    if (m_done || !m_reply)
        return;
    m_speedTimer.stop();
    reply->deleteLater();
    m_reply = nullptr;
    m_slot.release();

    HttpResponse response;
    response.finalUrl = m_currentUrl;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = std::exchange(m_answer, QByteArray());

    if (response.status == 0) {
        response.error = net::errorForNetworkFailure(reply->error(), m_currentUrl.host(), reply->errorString());
        failAttempt(response);
        return;
    }

    if (net::isRedirectStatus(response.status) && m_request.followRedirects) {
        followRedirect(response);
        return;
    }

    if (response.status >= 200 && response.status < 300) {
        response.error = cutShortError(response, reply);
        if (response.error.isError())
            failAttempt(response);
        else
            finish(response);
        return;
    }

    response.error = net::errorForHttpAnswer(response.status, response.header("Retry-After"), response.body,
                                             QCoreApplication::translate("HttpJob", "HTTP %1 from %2").arg(response.status).arg(m_currentUrl.host()));
    if (response.status == 401 && m_request.auth && !m_authRetried
        && NetworkAccess::isTrustedHost(m_request, m_currentUrl.host())) {
        // Credentials expired under us: renew once, then give up.
        m_authRetried = true;
        m_request.auth->invalidate();
        start();
        return;
    }
    failAttempt(response);
}

Error HttpJob::cutShortError(const HttpResponse &response, QNetworkReply *reply) const
{
    if (m_currentMethod == "HEAD" || response.status == 204)
        return {};
    const qint64 declared = declaredLength(response);
    const qint64 arrived = response.body.size();
    if (declared >= 0 && arrived < declared) {
        return Error(ErrorClass::Transient,
                     QCoreApplication::translate("HttpJob", "The answer of %1 was cut short: %2 of %3 bytes arrived")
                         .arg(m_currentUrl.host())
                         .arg(arrived)
                         .arg(declared),
                     response.status);
    }
    if (isConnectionError(reply->error())) {
        return Error(ErrorClass::Transient,
                     QCoreApplication::translate("HttpJob", "The answer of %1 was cut short after %2 bytes: %3")
                         .arg(m_currentUrl.host())
                         .arg(arrived)
                         .arg(reply->errorString()),
                     response.status);
    }
    return {};
}

void HttpJob::followRedirect(HttpResponse response)
{
    const auto policy = m_access->policy();
    // A secret is never sent over plain http, whatever the policy allows other requests.
    const net::RedirectRules rules{policy.maxRedirects, policy.allowHttpsToHttp && !m_request.carriesSecret};
    const auto decision = net::decideRedirect(m_currentUrl, response.status, response.header("Location"),
                                              m_redirects, rules);
    if (decision.error.isError()) {
        response.error = decision.error;
        finish(response);
        return;
    }
    if (m_request.carriesSecret && !sameHostAndPort(m_currentUrl, decision.next)) {
        response.error = Error(ErrorClass::Permanent,
                               QCoreApplication::translate("HttpJob", "%1 redirected a request carrying a password or token to another host "
                                              "(%2); not following, so the secret stays with %1")
                                   .arg(hostAndPort(m_currentUrl), hostAndPort(decision.next)),
                               response.status);
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
}

void HttpJob::failAttempt(HttpResponse response)
{
    if (response.error.isRetryable() && m_attempt + 1 < m_request.maxAttempts) {
        retryLater(m_attempt + 1, response.error);
        return;
    }
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
    m_speedTimer.stop();
    m_deadline.stop();
    m_slot.release();
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace eoc

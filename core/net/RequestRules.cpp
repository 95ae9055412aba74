#include "core/net/RequestRules.h"

#include "core/net/NetworkAccess.h"
#include "core/net/RetryAfter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace eoc::net {

bool isCredentialHeader(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0
        || name.compare("Cookie", Qt::CaseInsensitive) == 0;
}

bool isTrustedHost(const QStringList &trustedHosts, const QString &originalHost, const QString &host)
{
    if (trustedHosts.isEmpty())
        return host.compare(originalHost, Qt::CaseInsensitive) == 0;
    for (const auto &trusted : trustedHosts) {
        if (host.compare(trusted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isSupportedScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
}

RedirectDecision decideRedirect(const QUrl &current, int status, const QByteArray &location,
                                int hopsSoFar, const RedirectRules &rules)
{
    RedirectDecision decision;
    if (location.isEmpty()) {
        decision.error = Error(ErrorClass::Protocol,
                               QStringLiteral("Redirect %1 from %2 without Location")
                                   .arg(status)
                                   .arg(current.host()),
                               status);
        return decision;
    }
    const QUrl next = current.resolved(QUrl::fromEncoded(location));
    if (hopsSoFar + 1 > rules.maxRedirects) {
        decision.error = Error(ErrorClass::Protocol,
                               QStringLiteral("More than %1 redirects, last to %2")
                                   .arg(rules.maxRedirects)
                                   .arg(next.toString(QUrl::RemoveUserInfo)),
                               status);
        return decision;
    }
    if (!isSupportedScheme(next)) {
        // Only web URLs: a redirect must not point the client at file:, ftp: or anything else.
        decision.error = Error(ErrorClass::Permanent,
                               QStringLiteral("Refused a redirect to an unsupported URL (%1)")
                                   .arg(next.toString(QUrl::RemoveUserInfo)),
                               status);
        return decision;
    }
    if (current.scheme() == QLatin1String("https") && next.scheme() == QLatin1String("http")
        && !rules.allowHttpsToHttp) {
        decision.error = Error(ErrorClass::Permanent,
                               QStringLiteral("Refused a redirect from https to plain http (%1)")
                                   .arg(next.toString(QUrl::RemoveUserInfo)),
                               status);
        return decision;
    }
    decision.next = next;
    return decision;
}

Error errorForNetworkFailure(QNetworkReply::NetworkError error, const QString &host,
                             const QString &detail)
{
    const QString message = QStringLiteral("%1: %2").arg(host, detail);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorClass::Permanent,
                     message + QStringLiteral(" (the server's TLS certificate or handshake was refused)"));
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Error(ErrorClass::BadInput, message);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error(ErrorClass::Auth, message + QStringLiteral(" (check the proxy setting)"));
    default:
        return Error(ErrorClass::Transient, message);
    }
}

int retryDelayMs(int attempt, const Error &error, int baseBackoffMs, int maxBackoffMs)
{
    if (error.retryAfter) {
        // Any number of seconds is a valid Retry-After; the wait is capped where an int of
        // milliseconds (QTimer's) ends, about 24 days, rather than overflowing into a negative one.
        constexpr qint64 maxSeconds = std::numeric_limits<int>::max() / 1000;
        return int(std::min<qint64>(error.retryAfter->count(), maxSeconds) * 1000);
    }
    return backoffDelayMs(std::max(0, attempt - 1), baseBackoffMs, maxBackoffMs);
}

QNetworkRequest buildRequest(const RequestShape &shape)
{
    QNetworkRequest request(shape.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, NetworkAccess::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(shape.transferTimeoutMs);
    // Cookies are only sent to and kept from trusted hosts; other hosts get a cookie-less request.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                         shape.trusted ? QNetworkRequest::Automatic : QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                         shape.trusted ? QNetworkRequest::Automatic : QNetworkRequest::Manual);
    for (const auto &[name, value] : shape.headers) {
        // Credential headers supplied by hand follow the same trust rule as the auth session's.
        if (isCredentialHeader(name) && !shape.trusted)
            continue;
        request.setRawHeader(name, value);
    }
    if (!shape.authName.isEmpty())
        request.setRawHeader(shape.authName, shape.authValue);
    return request;
}

QString serviceMessageFromBody(const QByteArray &body)
{
    constexpr int kMaxChars = 300;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"detail", "message", "Message", "error_description", "error"}) {
            const QString text = o.value(QLatin1String(key)).toString().simplified();
            if (!text.isEmpty())
                return text.left(kMaxChars);
        }
        return {};
    }
    if (!doc.isNull())
        return {};
    const QString text = QString::fromUtf8(body).simplified();
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
        return {};                          // an HTML error page says nothing a person can act on
    return text.left(kMaxChars);
}

Error errorForHttpAnswer(int status, const QByteArray &retryAfter, const QByteArray &body, const QString &prefix)
{
    const QString said = serviceMessageFromBody(body);
    Error error = errorForHttpStatus(status, retryAfter, said.isEmpty() ? prefix : prefix + QStringLiteral(": ") + said);
    // A used-up volume or session quota does not come back by retrying soon, whatever the status.
    if ((status == 403 || status == 429) && said.contains(QLatin1String("quota"), Qt::CaseInsensitive))
        error.errorClass = ErrorClass::Quota;
    return error;
}

} // namespace eoc::net

#include "core/net/RequestRules.h"

#include "core/net/NetworkAccess.h"
#include "core/net/RetryAfter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace eoc::net {

bool isCredentialHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie")
        return true;
    // Services invent their own names for keys and tokens; these words are what they share.
    for (const char *word : {"auth", "token", "key", "secret", "session", "password", "passwd", "signature",
                             "credential", "cookie"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

UserHeaderKind userHeaderKind(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    // Set by the transfer itself: a user's Range or conditional header would break resuming
    // (a 304 or a range of the wrong bytes appended to the .part file), and compression
    // (Accept-Encoding) makes byte ranges of the encoded body, not of the file. The others are
    // framing or hop-by-hop headers the HTTP stack owns.
    static const QList<QByteArray> refused = {
        "range", "if-range", "if-match", "if-none-match", "if-modified-since", "if-unmodified-since",
        "accept-encoding", "te", "host", "content-length", "transfer-encoding", "connection", "keep-alive",
        "upgrade", "trailer", "expect", "proxy-connection"};
    if (refused.contains(lower))
        return UserHeaderKind::Refused;
    // The few headers known to say nothing about who the user is. Everything else may be a
    // credential under a name of the service's choosing (X-Api-Key, Private-Token...), so it is
    // treated as one. Referer is not in this list: the page it names may carry a session token in
    // its query.
    static const QList<QByteArray> plain = {"accept", "accept-language", "user-agent", "cache-control",
                                            "pragma", "dnt"};
    return plain.contains(lower) ? UserHeaderKind::Plain : UserHeaderKind::Secret;
}

namespace {

// RFC 9110 token characters.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

Result<QPair<QByteArray, QByteArray>> parseUserHeader(const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        // Only the first word is shown: without a colon the value cannot be told from the name.
        const QString start = line.trimmed().section(QLatin1Char(' '), 0, 0).left(40);
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("RequestRules", "--header '%1...' is not of the form 'Name: value'").arg(start));
    }
    const QString nameText = line.left(colon).trimmed();
    const QByteArray name = nameText.toLatin1();
    const bool goodName = !name.isEmpty() && QString::fromLatin1(name) == nameText
                          && std::all_of(name.cbegin(), name.cend(), isTokenChar);
    if (!goodName) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("RequestRules", "--header '%1': a header name is letters, digits and !#$%&'*+-.^_`|~ only")
                         .arg(nameText.left(60)));
    }
    const QByteArray value = line.mid(colon + 1).trimmed().toUtf8();
    const bool control = std::any_of(value.cbegin(), value.cend(), [](char c) {
        return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f;
    });
    if (control) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("RequestRules", "--header %1: the value contains a line break or another control character")
                         .arg(QString::fromLatin1(name)));
    }
    if (value.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("RequestRules", "--header %1 has no value").arg(QString::fromLatin1(name)));
    if (userHeaderKind(name) == UserHeaderKind::Refused) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("RequestRules", "--header %1 cannot be set: the downloader sets it itself")
                         .arg(QString::fromLatin1(name)));
    }
    return qMakePair(name, value);
}

bool isSameOrigin(const QUrl &from, const QUrl &to)
{
    return from.scheme().compare(to.scheme(), Qt::CaseInsensitive) == 0
        && from.host().compare(to.host(), Qt::CaseInsensitive) == 0
        && from.port(from.scheme() == QLatin1String("https") ? 443 : 80)
               == to.port(to.scheme() == QLatin1String("https") ? 443 : 80);
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
                               QCoreApplication::translate("RequestRules", "Redirect %1 from %2 without Location")
                                   .arg(status)
                                   .arg(current.host()),
                               status);
        return decision;
    }
    const QUrl next = current.resolved(QUrl::fromEncoded(location));
    if (hopsSoFar + 1 > rules.maxRedirects) {
        decision.error = Error(ErrorClass::Protocol,
                               QCoreApplication::translate("RequestRules", "More than %1 redirects, last to %2")
                                   .arg(rules.maxRedirects)
                                   .arg(next.toString(QUrl::RemoveUserInfo)),
                               status);
        return decision;
    }
    if (!isSupportedScheme(next)) {
        // Only web URLs: a redirect must not point the client at file:, ftp: or anything else.
        decision.error = Error(ErrorClass::Permanent,
                               QCoreApplication::translate("RequestRules", "Refused a redirect to an unsupported URL (%1)")
                                   .arg(next.toString(QUrl::RemoveUserInfo)),
                               status);
        return decision;
    }
    if (current.scheme() == QLatin1String("https") && next.scheme() == QLatin1String("http")
        && !rules.allowHttpsToHttp) {
        decision.error = Error(ErrorClass::Permanent,
                               QCoreApplication::translate("RequestRules", "Refused a redirect from https to plain http (%1)")
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
    const QString message = QCoreApplication::translate("RequestRules", "%1: %2").arg(host, detail);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorClass::Permanent,
                     QCoreApplication::translate("RequestRules", "%1 (the server's TLS certificate or handshake was refused)")
                         .arg(message));
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Error(ErrorClass::BadInput, message);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error(ErrorClass::Auth,
                     QCoreApplication::translate("RequestRules", "%1 (check the proxy setting)").arg(message));
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

namespace {

// FastAPI-style validation errors: [{"msg": "...", "loc": ["body", "limit"]}, ...].
QString validationErrorsText(const QJsonArray &items)
{
    QStringList parts;
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        QString msg = o.value(QStringLiteral("msg")).toString();
        QStringList loc;
        const QJsonArray locs = o.value(QStringLiteral("loc")).toArray();
        for (const auto &l : locs)
            loc << l.toVariant().toString();
        if (!msg.isEmpty() && !loc.isEmpty())
            msg += QStringLiteral(" (%1)").arg(loc.join(QLatin1Char('.')));
        if (!msg.isEmpty())
            parts << msg;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString serviceMessageFromBody(const QByteArray &body)
{
    constexpr int kMaxChars = 500;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"detail", "message", "Message", "error_description", "description", "error", "title"}) {
            const QJsonValue value = o.value(QLatin1String(key));
            QString text;
            if (value.isString())
                text = value.toString();
            else if (value.isArray())
                text = validationErrorsText(value.toArray());
            else if (value.isObject())
                text = value.toObject().value(QStringLiteral("message")).toString();   // {"error": {"message"}}
            text = text.simplified();
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

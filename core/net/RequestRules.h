#pragma once

#include "core/model/Error.h"
#include "core/model/Result.h"
#include "core/net/HttpTypes.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The decisions every request of the network core shares, whether its body is kept in memory
// (HttpJob) or streamed to disk (Transfer): which host may see credentials, whether a redirect is
// followed, how a failure is classed and how long to wait before the next attempt.
namespace eoc::net {

// Headers that carry credentials and must never reach an untrusted host: Authorization,
// Proxy-Authorization, Cookie, and any name that speaks of a token, key, secret, session, password,
// signature or credential (X-Auth-Token, X-Api-Key, Private-Token, X-Amz-Security-Token...).
bool isCredentialHeader(const QByteArray &name);

// What becomes of a header the user adds to a download (curl's -H, wget's --header).
enum class UserHeaderKind {
    Plain,     // harmless, may be journaled as it is
    Secret,    // kept out of the journal, settings and logs (keychain or memory)
    Refused,   // set by the engine itself (Range, If-Range, Accept-Encoding...) or hop-by-hop
};
UserHeaderKind userHeaderKind(const QByteArray &name);

// One "Name: value" given by the user, checked: the name is an RFC 9110 token, the value holds no
// control character (CR, LF, NUL...) and is not empty, and the header is not one the engine sets.
// Errors name the header but never repeat its value.
Result<QPair<QByteArray, QByteArray>> parseUserHeader(const QString &line);

// Whether `to` is the same origin (scheme, host, port) as `from`: the user's own headers go only
// there, never to the host of a redirect, nor over a downgrade to plain http.
bool isSameOrigin(const QUrl &from, const QUrl &to);

// `trustedHosts` empty: only `originalHost` is trusted.
bool isTrustedHost(const QStringList &trustedHosts, const QString &originalHost, const QString &host);

struct RedirectRules {
    int maxRedirects = 10;
    bool allowHttpsToHttp = false;
};

// Where a 3xx answer leads, or why it is not followed (Protocol for a missing Location or too
// many hops, Permanent for a refused https -> http downgrade or an unsupported scheme).
// `hopsSoFar` counts the redirects already followed before this one.
struct RedirectDecision {
    QUrl next;
    Error error;
};
RedirectDecision decideRedirect(const QUrl &current, int status, const QByteArray &location,
                                int hopsSoFar, const RedirectRules &rules);

bool isRedirectStatus(int status);

// Only http and https are ever fetched.
bool isSupportedScheme(const QUrl &url);

// A failure without any HTTP answer. TLS failures are final (certificate problems are never
// ignored); refused connections, resets, timeouts and DNS hiccups are transient.
Error errorForNetworkFailure(QNetworkReply::NetworkError error, const QString &host,
                             const QString &detail);

// What a service said in the body of an error answer, for the error message: a JSON `detail`
// (a string or a list of {"msg", "loc"} validation errors), `message`, `error_description`,
// `description`, `error` (a string or {"message"}) or `title` (RFC 9457), or short plain text; empty for HTML pages,
// empty bodies and anything unreadable. At most 500 characters.
QString serviceMessageFromBody(const QByteArray &body);

// An error answer's Error: the class of its status (a 403 or 429 whose message speaks of a quota
// is Quota), with the service's own words after `prefix` when the body had any.
Error errorForHttpAnswer(int status, const QByteArray &retryAfter, const QByteArray &body, const QString &prefix);

// Delay before attempt `attempt` (1 = first retry): Retry-After when the server gave one,
// otherwise exponential back-off with jitter.
int retryDelayMs(int attempt, const Error &error, int baseBackoffMs, int maxBackoffMs);

// A QNetworkRequest with the User-Agent, manual redirects, cookies only for trusted hosts and the
// caller's headers (credential headers dropped for untrusted hosts). `authHeader` is added as is.
struct RequestShape {
    QUrl url;
    HeaderList headers;
    bool trusted = false;
    QByteArray authName;
    QByteArray authValue;
    int transferTimeoutMs = 0;   // 0: no Qt transfer timeout (the caller watches for stalls)
};
QNetworkRequest buildRequest(const RequestShape &shape);

} // namespace eoc::net

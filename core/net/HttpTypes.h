#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace eoc {

class AuthSession;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as a value. The network core adds User-Agent, applies the redirect policy, the
// provider's rate limit and connection cap, retries, and the Authorization header of `auth`
// (only to trusted hosts).
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QString limitKey;                     // per-provider limits (usually the provider name)
    QStringList trustedHosts;             // hosts that may receive Authorization and cookies;
                                          // empty: only the request's own host
    std::shared_ptr<AuthSession> auth;    // optional
    int maxAttempts = 4;                  // transient failures and 5xx are retried up to this
    bool followRedirects = true;
    // The request carries a login secret (a password, API token or refresh token in its body or
    // in a header set by hand): it never follows a redirect to another host or port, nor from
    // https to http, so the secret is only ever sent where the caller addressed it.
    bool carriesSecret = false;
};

// A finished exchange. `error` is set (with a class) for network failures and non-2xx answers;
// the status, headers and body are still there so a provider can read the service's message.
struct HttpResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QUrl finalUrl;                        // after redirects
    Error error;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;   // case-insensitive, first match
};

// Maps an HTTP status (and Retry-After) to the error class the retry policy works with.
Error errorForHttpStatus(int status, const QByteArray &retryAfter, const QString &message);

} // namespace eoc

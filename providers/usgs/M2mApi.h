#pragma once

#include "core/model/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace eoc {
class NetworkAccess;
class HttpJob;
struct HttpResponse;
}

namespace eoc::usgs {

class M2mSession;

// The M2M JSON API: every call is a POST of a JSON object to <api_url>/<method>, answered with the
// envelope {"data", "errorCode", "errorMessage", ...}. The errorCode must be checked even on HTTP 200.
class M2mApi
{
public:
    using Callback = std::function<void(const Result<QJsonValue> &data)>;

    M2mApi(NetworkAccess *network, QUrl apiUrl, std::shared_ptr<M2mSession> session);

    // Calls `method` with the session's X-Auth-Token. An expired key (AUTH_KEY_INVALID, AUTH_EXPIRED) makes the
    // session log in again and the call is repeated once. `context` guards the callback; destroying
    // it aborts the request in flight.
    void call(const QString &method, const QJsonObject &body, QObject *context, Callback callback) const;

    // The same without authentication (login-token).
    void callAnonymous(const QString &method, const QJsonObject &body, QObject *context,
                       Callback callback) const;

    QUrl endpoint(const QString &method) const;
    NetworkAccess *network() const { return m_network; }
    const std::shared_ptr<M2mSession> &session() const { return m_session; }

    // The envelope's data, or the typed error it carries.
    static Result<QJsonValue> parseEnvelope(const HttpResponse &response, const QString &method);

private:
    void send(const QString &method, const QJsonObject &body, bool authenticated, bool mayRetry,
              QObject *context, Callback callback) const;

    NetworkAccess *m_network = nullptr;
    QUrl m_apiUrl;
    std::shared_ptr<M2mSession> m_session;
};

} // namespace eoc::usgs

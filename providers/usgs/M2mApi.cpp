#include "providers/usgs/M2mApi.h"

#include "providers/usgs/M2mErrors.h"
#include "providers/usgs/M2mSession.h"

#include "core/net/NetworkAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace eoc::usgs {

M2mApi::M2mApi(NetworkAccess *network, QUrl apiUrl, std::shared_ptr<M2mSession> session)
    : m_network(network)
    , m_apiUrl(std::move(apiUrl))
    , m_session(std::move(session))
{
}

QUrl M2mApi::endpoint(const QString &method) const
{
    QUrl base = m_apiUrl;
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path + method);
    return base;
}

void M2mApi::call(const QString &method, const QJsonObject &body, QObject *context, Callback callback) const
{
    send(method, body, true, true, context, std::move(callback));
}

void M2mApi::callAnonymous(const QString &method, const QJsonObject &body, QObject *context,
                           Callback callback) const
{
    send(method, body, false, false, context, std::move(callback));
}

void M2mApi::send(const QString &method, const QJsonObject &body, bool authenticated, bool mayRetry,
                  QObject *context, Callback callback) const
{
    QPointer<QObject> guard(context);
    const M2mApi self = *this;
    auto go = [self, method, body, authenticated, mayRetry, guard, callback] {
        const std::shared_ptr<M2mSession> session = authenticated ? self.m_session : nullptr;
        if (!guard) {
            if (session)
                session->release();
            return;
        }
        HttpRequest request;
        request.method = "POST";
        request.url = self.endpoint(method);
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.limitKey = QStringLiteral("usgs");
        request.auth = session;
        request.carriesSecret = !authenticated;   // login-token: the user's name and token
        auto *job = self.m_network->send(request);
        // The caller's context going away (a cancelled job drops it) aborts the request.
        QObject::connect(guard.data(), &QObject::destroyed, job, &HttpJob::cancel);
        if (session) {
            // Released whatever happens to the caller, so the next call of the account can go.
            QObject::connect(job, &HttpJob::finished, session.get(), [session] { session->release(); });
        }
        QObject::connect(job, &HttpJob::finished, guard.data(),
                         [self, method, body, authenticated, mayRetry, guard, callback](const HttpResponse &response) {
            if (!guard)
                return;
            // M2M reports errors in the envelope; look there first even for non-2xx answers.
            const QJsonObject envelope = QJsonDocument::fromJson(response.body).object();
            const QString code = envelope.value(QStringLiteral("errorCode")).toString();
            if (authenticated && mayRetry && isExpiredKeyCode(code) && self.m_session) {
                self.m_session->invalidate();
                self.send(method, body, authenticated, false, guard.data(), callback);
                return;
            }
            callback(parseEnvelope(response, method));
        });
    };
    if (authenticated && m_session)
        m_session->acquire(go);
    else
        go();
}

Result<QJsonValue> M2mApi::parseEnvelope(const HttpResponse &response, const QString &method)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (document.isObject()) {
        const QJsonObject envelope = document.object();
        const QJsonValue code = envelope.value(QStringLiteral("errorCode"));
        if (code.isString() && !code.toString().isEmpty()) {
            Error error = m2mError(code.toString(), envelope.value(QStringLiteral("errorMessage")).toString(),
                                   method);
            error.httpStatus = response.status;
            return error;
        }
        if (response.ok())
            return envelope.value(QStringLiteral("data"));
    }
    if (!response.ok()) {
        Error error = response.error;
        error.message = QStringLiteral("USGS M2M %1: %2").arg(method, error.message);
        return error;
    }
    return Error(ErrorClass::Protocol,
                 QCoreApplication::translate("UsgsProvider", "USGS M2M %1 answered something that is not its JSON envelope (%2)")
                     .arg(method, parseError.errorString()),
                 response.status);
}

} // namespace eoc::usgs

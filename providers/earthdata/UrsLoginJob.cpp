#include "providers/earthdata/UrsLoginJob.h"

#include <QCoreApplication>

#include "core/net/NetworkAccess.h"

namespace eoc::earthdata {
namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameHost(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

} // namespace

UrsLoginJob::UrsLoginJob(NetworkAccess *network, QUrl fileUrl, QUrl ursUrl, QString user, QString password,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_fileUrl(std::move(fileUrl))
    , m_ursUrl(std::move(ursUrl))
    , m_user(std::move(user))
    , m_password(std::move(password))
{
}

void UrsLoginJob::start()
{
    HttpRequest request;
    request.url = m_fileUrl;
    request.followRedirects = false;
    request.trustedHosts = {m_fileUrl.host()};
    request.headers.append({QByteArray("Range"), QByteArray("bytes=0-0")});
    request.limitKey = QStringLiteral("earthdata");
    auto *job = m_network->send(request);
    connect(job, &HttpJob::finished, this, &UrsLoginJob::onData);
}

void UrsLoginJob::onData(const HttpResponse &response)
{
    if (response.status >= 200 && response.status < 300) {
        done(success());   // the data host serves the file without a login (or a session exists)
        return;
    }
    if (!isRedirect(response.status)) {
        done(response.error.isError() ? response.error
                                      : Error(ErrorClass::Protocol,
                                              QCoreApplication::translate("EarthdataProvider", "%1 answered HTTP %2 before login")
                                                  .arg(m_fileUrl.host()).arg(response.status)));
        return;
    }
    const QUrl next = m_fileUrl.resolved(QUrl::fromEncoded(response.header("Location")));
    if (!sameHost(next, m_ursUrl)) {
        done(success());   // straight to the storage URL: the data host already knows us
        return;
    }
    if (m_ursUrl.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https")) {
        done(Error(ErrorClass::Permanent, QCoreApplication::translate("EarthdataProvider", "Refused to send Earthdata credentials over plain http")));
        return;
    }
    HttpRequest login;
    login.url = next;
    login.followRedirects = false;
    login.trustedHosts = {m_ursUrl.host()};
    const QByteArray basic = (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    login.headers.append({QByteArray("Authorization"), QByteArray("Basic ") + basic});
    login.carriesSecret = true;
    login.limitKey = QStringLiteral("earthdata");
    login.maxAttempts = 2;
    auto *job = m_network->send(login);
    connect(job, &HttpJob::finished, this, &UrsLoginJob::onUrs);
}

void UrsLoginJob::onUrs(const HttpResponse &response)
{
    if (response.status == 401 || response.status == 403) {
        done(Error(ErrorClass::Auth,
                   QCoreApplication::translate("EarthdataProvider", "Earthdata Login (%1) refused the user name or password (HTTP %2)")
                       .arg(m_ursUrl.host()).arg(response.status), response.status));
        return;
    }
    if (!isRedirect(response.status)) {
        done(Error(ErrorClass::Auth,
                   QCoreApplication::translate("EarthdataProvider", "Earthdata Login did not send you back to %1 (HTTP %2): sign in at %3 once "
                                  "and approve the data centre's application (and any licence it asks for)")
                       .arg(m_fileUrl.host()).arg(response.status).arg(m_ursUrl.toString()), response.status));
        return;
    }
    const QUrl callback = response.finalUrl.resolved(QUrl::fromEncoded(response.header("Location")));
    if (!sameHost(callback, m_fileUrl)) {
        done(Error(ErrorClass::Permanent,
                   QCoreApplication::translate("EarthdataProvider", "Earthdata Login redirected to %1 instead of the data host %2; not following")
                       .arg(callback.host(), m_fileUrl.host())));
        return;
    }
    HttpRequest request;
    request.url = callback;
    request.followRedirects = false;
    request.trustedHosts = {m_fileUrl.host()};
    request.headers.append({QByteArray("Range"), QByteArray("bytes=0-0")});
    request.limitKey = QStringLiteral("earthdata");
    auto *job = m_network->send(request);
    connect(job, &HttpJob::finished, this, &UrsLoginJob::onCallback);
}

void UrsLoginJob::onCallback(const HttpResponse &response)
{
    if (isRedirect(response.status) || (response.status >= 200 && response.status < 300)) {
        done(success());
        return;
    }
    done(Error(response.status == 401 || response.status == 403 ? ErrorClass::Auth : ErrorClass::Protocol,
               QCoreApplication::translate("EarthdataProvider", "%1 did not accept the Earthdata Login (HTTP %2)").arg(m_fileUrl.host()).arg(response.status),
               response.status));
}

void UrsLoginJob::done(const Status &status)
{
    if (m_done)
        return;
    m_done = true;
    m_password.clear();
    Q_EMIT finished(status);
}

} // namespace eoc::earthdata

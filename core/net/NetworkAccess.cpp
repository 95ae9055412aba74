#include "core/net/NetworkAccess.h"

#include "core/net/BandwidthLimiter.h"
#include "core/net/RequestRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>


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
    // No process-wide proxy change here: the proxy is the network.proxy setting's, applied through
    // setProxy() once the settings are known (an application proxy set before would be undone).
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
        // DefaultProxy defers to the application proxy factory, here the system configuration.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
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
                     QCoreApplication::translate("NetworkAccess", "network.proxy must be \"system\", \"none\", \"http://host:port\" or "
                                    "\"socks5://host:port\"; got \"%1\"")
                         .arg(url.isValid() ? url.toString(QUrl::RemoveUserInfo) : value));
    }
    if (!url.userInfo().isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("NetworkAccess", "network.proxy must not contain a user name or password (settings never "
                                    "hold secrets); use \"%1\"")
                         .arg(url.toString(QUrl::RemoveUserInfo)));
    }
    m_manager->setProxy(QNetworkProxy(type, url.host(), quint16(port)));
    return {};
}

void NetworkAccess::allowLocalSource(const QString &folder)
{
    QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo(canonical).isDir())
        return;
    if (!canonical.endsWith(QLatin1Char('/')))
        canonical += QLatin1Char('/');
    if (!m_localSources.contains(canonical))
        m_localSources.append(canonical);
}

bool NetworkAccess::isAllowedLocalSource(const QString &path) const
{
    // A file that is not there has no canonical path: its cleaned path decides, so that a product
    // missing from the mount is reported as missing (nothing can be read from it anyway).
    QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (const QString &folder : m_localSources) {
        if (canonical.startsWith(folder))
            return true;
    }
    return false;
}

} // namespace eoc

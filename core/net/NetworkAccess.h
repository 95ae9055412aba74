#pragma once

#include "core/net/ConnectionLimiter.h"
#include "core/net/HttpJob.h"
#include "core/net/HttpTypes.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace eoc {

class BandwidthLimiter;
class SharedLimits;

// The one owner of the QNetworkAccessManager. Everything remote goes through here so that the
// User-Agent, redirect policy, credential scoping, retries and per-provider limits are applied in
// one place rather than in each provider.
class NetworkAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkAccess)
public:
    struct Policy {
        int maxRedirects = 10;
        bool allowHttpsToHttp = false;    // a downgrade on redirect is refused unless allowed
        // send(): the answers of API calls. Larger answers are refused (network.max_answer_bytes);
        // a request moving fewer than minSpeedBytesPerSecond over minSpeedTimeMs is cut and retried
        // (network.min_speed, network.min_speed_time); no complete answer within apiDeadlineMs,
        // retries included, and the call fails (network.api_deadline). 0 turns a rule off.
        qint64 maxAnswerBytes = qint64(256) * 1024 * 1024;
        qint64 minSpeedBytesPerSecond = 100;
        int minSpeedTimeMs = 30000;
        int apiDeadlineMs = 120000;
        int baseBackoffMs = 1000;         // first retry delay; doubles per attempt, with jitter
        int maxBackoffMs = 60000;
        int stallTimeoutMs = 30000;       // streaming transfers: no body bytes for this long and
                                          // the connection is cut and resumed
    };

    explicit NetworkAccess(QObject *parent = nullptr);
    ~NetworkAccess() override;

    static QByteArray userAgent();        // "EO-Collector/<version>"

    Policy policy() const { return m_policy; }
    void setPolicy(const Policy &policy) { m_policy = policy; }

    // Sends a small request whose whole answer is wanted (searches, logins, API calls). The job
    // deletes itself after emitting finished(); connect before returning to the event loop.
    HttpJob *send(const HttpRequest &request);

    // For streaming transfers that need the manager itself (core/download).
    QNetworkAccessManager *manager() const { return m_manager; }

    // Whether `host` may receive the credentials of a request for `request`.
    static bool isTrustedHost(const HttpRequest &request, const QString &host);

    // Limits. Every request (send() and streaming transfers alike) holds a connection slot of its
    // limitKey and of the global pool while it is in flight; waiting requests start in order.
    void setLimits(const QString &key, const ConnectionLimits &limits);
    void setGlobalConnectionCap(int maxConnections);       // 0: no cap
    // Global download rate for streaming transfers in bytes per second (0: unlimited).
    void setBandwidthLimit(qint64 bytesPerSecond);
    ConnectionLimiter *limiter() const { return m_limiter; }
    // Limits shared with other processes (ConnectionLimiter::setSharedLimits; OidcSession's
    // session slots). Not owned.
    void setSharedLimits(SharedLimits *shared) { m_limiter->setSharedLimits(shared); }
    SharedLimits *sharedLimits() const { return m_limiter->sharedLimits(); }
    BandwidthLimiter *bandwidth() const { return m_bandwidth; }

    // The proxy: "" or "system" (the platform's settings, the default), "none", or
    // "http://host:port" / "socks5://host:port" (the `network.proxy` setting). Anything else is
    // BadInput and leaves the proxy as it was. Credentials in the value are refused: settings
    // never hold secrets.
    Error setProxy(const QString &setting);

    // Certificates (PEM) trusted in addition to the system's authorities, from the setting
    // network.trusted_certificates: a server with a certificate of its own making. FTPS uses them.
    void setTrustedCertificates(const QByteArray &pem) { m_trustedCertificates = pem; }
    QByteArray trustedCertificates() const { return m_trustedCertificates; }

    // Folders whose files a transfer may copy (file: URLs), such as the eodata store a cloud
    // machine mounts. Registered by the providers that offer it, from their settings; any other
    // file: URL, from a Metalink, --url or a redirect, stays refused.
    void allowLocalSource(const QString &folder);
    // Whether `path` (resolved, symbolic links followed) lies inside an allowed folder.
    bool isAllowedLocalSource(const QString &path) const;

private:
    QNetworkAccessManager *m_manager = nullptr;
    ConnectionLimiter *m_limiter = nullptr;
    BandwidthLimiter *m_bandwidth = nullptr;
    Policy m_policy;
    QStringList m_localSources;       // canonical folders, each ending in '/'
    QByteArray m_trustedCertificates;
};

} // namespace eoc

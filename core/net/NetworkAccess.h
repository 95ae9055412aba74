#pragma once

#include "core/net/ConnectionLimiter.h"
#include "core/net/HttpTypes.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace eoc {

class BandwidthLimiter;
class HttpJob;

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
        int transferTimeoutMs = 60000;    // send(): no bytes for this long and the request is cut
                                          // (and retried as a transient failure)
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
    BandwidthLimiter *bandwidth() const { return m_bandwidth; }

    // The proxy: "" or "system" (the platform's settings, the default), "none", or
    // "http://host:port" / "socks5://host:port" (the `network.proxy` setting). Anything else is
    // BadInput and leaves the proxy as it was. Credentials in the value are refused: settings
    // never hold secrets.
    Error setProxy(const QString &setting);

private:
    QNetworkAccessManager *m_manager = nullptr;
    ConnectionLimiter *m_limiter = nullptr;
    BandwidthLimiter *m_bandwidth = nullptr;
    Policy m_policy;
};

// One request in flight, with its retries and redirects.
class HttpJob final : public QObject
{
    Q_OBJECT
public:
    HttpJob(NetworkAccess *access, HttpRequest request);
    ~HttpJob() override;

    void cancel();
    const HttpRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const eoc::HttpResponse &response);

private:
    friend class NetworkAccess;
    void start();
    void acquireSlotAndSend();
    void sendCurrent();
    void onReplyFinished();
    void retryLater(int attempt, const Error &error);
    void finish(HttpResponse response);

    QPointer<NetworkAccess> m_access;
    HttpRequest m_request;
    QUrl m_currentUrl;
    QByteArray m_currentMethod;
    QByteArray m_currentBody;
    QByteArray m_authName;
    QByteArray m_authValue;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_authRetried = false;
    bool m_cancelled = false;
    bool m_done = false;
    quint64 m_slotTicket = 0;
    ConnectionSlot m_slot;
    QPointer<QNetworkReply> m_reply;
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::HttpResponse)

#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace eoc::test {

// A request as the server saw it.
struct RecordedRequest {
    QByteArray method;
    QByteArray target;                         // path and query, as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString host;                              // the address the request arrived on
    QByteArray header(const QByteArray &name) const;
    QUrl url() const;                          // target as a URL (path + query)
};

// What to answer. Faults: cut the connection after `cutAfterBytes` bytes of body, stall, or
// send raw bytes instead of a well-formed response.
struct CannedResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 cutAfterBytes = -1;                 // close the connection after this many body bytes
    int delayMs = 0;                           // wait before answering
    bool noContentLength = false;
    QByteArray raw;                            // if set, written as is and the connection closed
    qint64 bytesPerSecond = 0;                 // the body at this pace (a slow link); 0: at once

    static CannedResponse json(const QByteArray &body, int status = 200);
    static CannedResponse text(const QByteArray &body, int status = 200,
                               const QByteArray &type = "text/plain");
    static CannedResponse redirect(const QByteArray &location, int status = 302);
    CannedResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A real HTTP/1.1 server on a loopback address (127.0.0.1, 127.0.0.2...) for network tests.
// Handlers run on the test's thread; the server counts requests and simultaneous connections.
class LocalHttpServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<CannedResponse(const RecordedRequest &)>;

    explicit LocalHttpServer(const QHostAddress &address = QHostAddress::LocalHost,
                             QObject *parent = nullptr);
    ~LocalHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    QString hostName() const;                  // "127.0.0.1"
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Convenience: a fixed answer for a path (matched without the query).
    void route(const QString &path, const CannedResponse &response);

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int maxConcurrentConnections() const { return m_maxConcurrent; }
    int openConnections() const { return m_open; }
    // Responses being sent: from the request until the last byte of the body is written or the
    // client goes away. Unlike connections, kept-alive idle ones do not count.
    int activeResponses() const { return m_active; }
    int maxActiveResponses() const { return m_maxActive; }
    // Body bytes written for requests to `path` (without the query), all requests together.
    qint64 bodyBytesSent(const QString &path) const { return m_bodyBytes.value(path); }
    void clearRequests() { m_requests.clear(); }

    // A file under `dir` answered with Range support (206, Content-Range), ETag and Content-Length.
    static CannedResponse serveBytes(const RecordedRequest &request, const QByteArray &data,
                                     const QByteArray &etag = "\"v1\"", bool honourRange = true);
    // Answers every request with `data` as serveBytes() does, sent at `bytesPerSecond` (a slow link).
    void servePaced(const QByteArray &data, qint64 bytesPerSecond)
    {
        setHandler([data, bytesPerSecond](const RecordedRequest &request) {
            CannedResponse response = serveBytes(request, data);
            response.bytesPerSecond = bytesPerSecond;
            return response;
        });
    }

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const RecordedRequest &request);
    void writePaced(QPointer<QTcpSocket> socket, const CannedResponse &response, const QString &path,
                    std::function<void()> end);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    QHash<QString, CannedResponse> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<RecordedRequest> m_requests;
    int m_open = 0;
    int m_maxConcurrent = 0;
    int m_active = 0;
    int m_maxActive = 0;
    QHash<QString, qint64> m_bodyBytes;
};

// The folder of the test data (tests/data) in the source tree.
QString testDataPath(const QString &relative = {});
QByteArray readTestData(const QString &relative);

} // namespace eoc::test

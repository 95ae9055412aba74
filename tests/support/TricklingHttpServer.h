#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace eoc::test {

// An HTTP server for answers that LocalHttpServer cannot give: ones that never come, come one
// byte at a time, or never end. Every request gets the same treatment.
struct Trickle {
    QByteArray head;            // status line and headers, sent at once; empty: never answer at all
    QByteArray piece;           // body bytes written again and again after the head
    int intervalMs = 0;         // between pieces; 0: as fast as the client takes them
    qint64 maxPieces = -1;      // -1: forever

    // 200 with a JSON type and no Content-Length, as a chunked body that never ends.
    static Trickle endlessChunked(int pieceBytes = 64 * 1024);
    // 200 without Content-Length or chunking (the body runs until the connection closes): never.
    static Trickle endlessUntilClose(int pieceBytes = 64 * 1024);
    // 200 announcing `length` bytes, then one byte every `intervalMs`.
    static Trickle slowBody(qint64 length, int intervalMs);
    static Trickle silent() { return {}; }
};

class TricklingHttpServer final : public QObject
{
    Q_OBJECT
public:
    explicit TricklingHttpServer(Trickle trickle, const QHostAddress &address = QHostAddress::LocalHost,
                                 QObject *parent = nullptr);
    ~TricklingHttpServer() override;

    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    int requestCount() const { return m_requests; }
    qint64 bodyBytesSent() const { return m_bodyBytes; }

private:
    void onNewConnection();
    void answer(QTcpSocket *socket);
    void writePiece(QTcpSocket *socket, qint64 *written);

    QTcpServer *m_server = nullptr;
    Trickle m_trickle;
    int m_requests = 0;
    qint64 m_bodyBytes = 0;
};

} // namespace eoc::test

#include "tests/support/TricklingHttpServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace eoc::test {

Trickle Trickle::endlessChunked(int pieceBytes)
{
    Trickle t;
    t.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    t.piece = QByteArray::number(pieceBytes, 16) + "\r\n" + QByteArray(pieceBytes, ' ') + "\r\n";
    return t;
}

Trickle Trickle::endlessUntilClose(int pieceBytes)
{
    Trickle t;
    t.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[";
    t.piece = QByteArray(pieceBytes, ' ');
    return t;
}

Trickle Trickle::slowBody(qint64 length, int intervalMs)
{
    Trickle t;
    t.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(length)
        + "\r\n\r\n";
    t.piece = " ";
    t.intervalMs = intervalMs;
    t.maxPieces = length;
    return t;
}

TricklingHttpServer::TricklingHttpServer(Trickle trickle, const QHostAddress &address, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_trickle(std::move(trickle))
{
    m_server->listen(address, 0);
    connect(m_server, &QTcpServer::newConnection, this, &TricklingHttpServer::onNewConnection);
}

TricklingHttpServer::~TricklingHttpServer() = default;

QUrl TricklingHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://%1:%2%3")
                    .arg(m_server->serverAddress().toString())
                    .arg(m_server->serverPort())
                    .arg(pathAndQuery));
}

void TricklingHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            // One request per connection is all these answers ever need.
            if (buffer->contains("\r\n\r\n") && !socket->property("answered").toBool()) {
                socket->setProperty("answered", true);
                ++m_requests;
                answer(socket);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TricklingHttpServer::answer(QTcpSocket *socket)
{
    if (m_trickle.head.isEmpty())
        return;                                   // silence: the client must give up by itself
    socket->write(m_trickle.head);
    auto *written = new qint64(0);
    connect(socket, &QObject::destroyed, this, [written] { delete written; });
    if (m_trickle.intervalMs > 0) {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket, written] { writePiece(socket, written); });
        timer->start(m_trickle.intervalMs);
        return;
    }
    // As fast as the client reads: top up whenever the kernel took what was queued.
    connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket, written] {
        if (socket->bytesToWrite() < 4 * m_trickle.piece.size())
            writePiece(socket, written);
    });
    writePiece(socket, written);
}

void TricklingHttpServer::writePiece(QTcpSocket *socket, qint64 *written)
{
    if (m_trickle.maxPieces >= 0 && *written >= m_trickle.maxPieces)
        return;
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(m_trickle.piece);
    ++*written;
    m_bodyBytes += m_trickle.piece.size();
}

} // namespace eoc::test

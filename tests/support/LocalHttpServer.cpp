#include "tests/support/LocalHttpServer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace eoc::test {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QUrl RecordedRequest::url() const
{
    return QUrl::fromEncoded(QByteArrayLiteral("http://test") + target);
}

CannedResponse CannedResponse::json(const QByteArray &body, int status)
{
    return text(body, status, "application/json");
}

CannedResponse CannedResponse::text(const QByteArray &body, int status, const QByteArray &type)
{
    CannedResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({"Content-Type", type});
    return r;
}

CannedResponse CannedResponse::redirect(const QByteArray &location, int status)
{
    CannedResponse r;
    r.status = status;
    r.headers.append({"Location", location});
    return r;
}

CannedResponse &CannedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

LocalHttpServer::LocalHttpServer(const QHostAddress &address, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_server->listen(address, 0);
    connect(m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
}

LocalHttpServer::~LocalHttpServer() = default;

bool LocalHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 LocalHttpServer::port() const
{
    return m_server->serverPort();
}

QString LocalHttpServer::hostName() const
{
    return m_server->serverAddress().toString();
}

QUrl LocalHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(hostName()).arg(port()).arg(pathAndQuery));
}

void LocalHttpServer::route(const QString &path, const CannedResponse &response)
{
    m_routes.insert(path, response);
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_open;
        m_maxConcurrent = std::max(m_maxConcurrent, m_open);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        request.host = m_server->serverAddress().toString();
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);
        respond(socket, request);
    }
}

void LocalHttpServer::respond(QTcpSocket *socket, const RecordedRequest &request)
{
    CannedResponse response;
    const QString path = QString::fromUtf8(request.target.split('?').value(0));
    if (auto it = m_routes.constFind(path); it != m_routes.cend())
        response = *it;
    else if (m_handler)
        response = m_handler(request);
    else
        response = CannedResponse::text("not found", 404);

    ++m_active;
    m_maxActive = std::max(m_maxActive, m_active);
    // Ends the response once: its last byte written, or its client gone before that.
    auto ended = std::make_shared<bool>(false);
    auto end = [this, ended] {
        if (*ended)
            return;
        *ended = true;
        --m_active;
    };
    QPointer<QTcpSocket> guard(socket);
    connect(socket, &QTcpSocket::disconnected, this, end);
    auto write = [this, guard, response, method = request.method, path, end] {
        if (!guard) {
            end();
            return;
        }
        if (!response.raw.isEmpty()) {
            guard->write(response.raw);
            guard->flush();
            guard->disconnectFromHost();
            end();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        bool hasLength = false;
        for (const auto &[k, v] : response.headers) {
            head += k + ": " + v + "\r\n";
            if (k.compare("Content-Length", Qt::CaseInsensitive) == 0)
                hasLength = true;
        }
        if (!hasLength && !response.noContentLength)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (response.noContentLength)
            head += "Connection: close\r\n";
        head += "\r\n";
        guard->write(head);
        if (method == "HEAD") {
            end();
            return;
        }
        if (response.cutAfterBytes >= 0) {
            guard->write(response.body.left(response.cutAfterBytes));
            m_bodyBytes[path] += qMin<qint64>(response.cutAfterBytes, response.body.size());
            guard->flush();
            guard->abort();
            end();
            return;
        }
        if (response.bytesPerSecond > 0) {
            writePaced(guard, response, path, end);
            return;
        }
        guard->write(response.body);
        m_bodyBytes[path] += response.body.size();
        if (response.noContentLength)
            guard->disconnectFromHost();
        end();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, write);
    else
        write();
}

void LocalHttpServer::writePaced(QPointer<QTcpSocket> socket, const CannedResponse &response, const QString &path,
                                 std::function<void()> end)
{
    // A piece every 50 ms: the pace holds over any second of the transfer.
    constexpr int kTickMs = 50;
    const qint64 piece = qMax<qint64>(1, response.bytesPerSecond * kTickMs / 1000);
    auto *timer = new QTimer(this);
    auto offset = std::make_shared<qint64>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, socket, body = response.body, close = response.noContentLength, piece,
                                            offset, path, end] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            end();
            return;
        }
        const QByteArray chunk = body.mid(*offset, piece);
        socket->write(chunk);
        *offset += chunk.size();
        m_bodyBytes[path] += chunk.size();
        if (*offset >= body.size()) {
            timer->deleteLater();
            if (close)
                socket->disconnectFromHost();
            end();
        }
    });
    timer->start(kTickMs);
}

CannedResponse LocalHttpServer::serveBytes(const RecordedRequest &request, const QByteArray &data,
                                           const QByteArray &etag, bool honourRange)
{
    CannedResponse r;
    r.headers.append({"ETag", etag});
    r.headers.append({QByteArray("Accept-Ranges"), QByteArray(honourRange ? "bytes" : "none")});
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
    const QByteArray range = request.header("Range");
    const QByteArray ifRange = request.header("If-Range");
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const auto m = re.match(QString::fromLatin1(range));
    const bool validatorOk = ifRange.isEmpty() || ifRange == etag;
    if (honourRange && m.hasMatch() && validatorOk) {
        const qint64 from = m.captured(1).toLongLong();
        const qint64 to = m.captured(2).isEmpty() ? data.size() - 1 : m.captured(2).toLongLong();
        if (from >= data.size()) {
            r.status = 416;
            r.headers.append({"Content-Range", "bytes */" + QByteArray::number(data.size())});
            return r;
        }
        r.status = 206;
        r.body = data.mid(from, to - from + 1);
        r.headers.append({"Content-Range", "bytes " + QByteArray::number(from) + "-" + QByteArray::number(to)
                                               + "/" + QByteArray::number(data.size())});
        return r;
    }
    r.status = 200;
    r.body = data;
    return r;
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(EOC_TEST_DATA_DIR) + (relative.isEmpty() ? QString() : QStringLiteral("/") + relative);
}

QByteArray readTestData(const QString &relative)
{
    QFile f(testDataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace eoc::test

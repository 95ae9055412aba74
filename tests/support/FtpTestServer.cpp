#include "tests/support/FtpTestServer.h"

#include <QFile>

namespace eoc::test {

FtpTestServer::FtpTestServer(Options options) : m_options(std::move(options)) {}

FtpTestServer::~FtpTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool FtpTestServer::start()
{
    QStringList args{QStringLiteral(EOC_FTP_SERVER_SCRIPT), QStringLiteral("--root"), m_options.root,
                     QStringLiteral("--user"), m_options.user, QStringLiteral("--password"), m_options.password,
                     QStringLiteral("--log"), m_state.filePath(QStringLiteral("commands.log"))};
    if (m_options.anonymous)
        args << QStringLiteral("--anonymous");
    if (m_options.cutAfter >= 0)
        args << QStringLiteral("--cut-after") << QString::number(m_options.cutAfter);
    if (m_options.bytesPerSecond > 0)
        args << QStringLiteral("--rate") << QString::number(m_options.bytesPerSecond);
    if (m_options.tls)
        args << QStringLiteral("--tls") << m_state.path();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(EOC_SYSTEM_PYTHON), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    // The first line is the port, written once the server listens.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(30000)) {
            m_error = QStringLiteral("the FTP test server printed no port (is python3-pyftpdlib installed?)");
            return false;
        }
    }
    m_port = quint16(m_process.readLine().trimmed().toUInt());
    if (m_port == 0)
        m_error = QStringLiteral("the FTP test server printed no valid port");
    return m_port != 0;
}

QUrl FtpTestServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("ftps") : QStringLiteral("ftp"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    return url;
}

QStringList FtpTestServer::commands() const
{
    QFile file(m_state.filePath(QStringLiteral("commands.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace eoc::test

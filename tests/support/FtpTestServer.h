#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace eoc::test {

// tests/support/ftp_server.py (pyftpdlib under the system's /usr/bin/python3) run for one test:
// started with the options below, awaited until it prints its port, killed when this goes.
class FtpTestServer
{
public:
    struct Options {
        QString root;                  // the folder it serves
        QString user = QStringLiteral("u");
        QString password = QStringLiteral("p");
        bool anonymous = false;
        qint64 cutAfter = -1;          // the first RETR's data connection closes after this many bytes
        qint64 bytesPerSecond = 0;     // 0: as fast as it can
        bool tls = false;              // explicit FTPS with a self-signed certificate
    };

    explicit FtpTestServer(Options options);
    ~FtpTestServer();
    FtpTestServer(const FtpTestServer &) = delete;
    FtpTestServer &operator=(const FtpTestServer &) = delete;

    // Starts the server and waits for its port; false (with the reason in errorText()) if it
    // did not come up.
    bool start();
    QString errorText() const { return m_error; }
    quint16 port() const { return m_port; }
    // ftp://127.0.0.1:PORT/path (or ftps:// for a TLS server).
    QUrl url(const QString &path) const;
    // The commands the server received so far, one per line ("REST 1000", "RETR f.bin").
    QStringList commands() const;
    // The server's self-signed certificate (PEM), for a TLS server.
    QString certificatePath() const { return m_state.filePath(QStringLiteral("cert.pem")); }

private:
    Options m_options;
    QTemporaryDir m_state;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace eoc::test

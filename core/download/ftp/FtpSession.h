#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace eoc {

// Whether `url` is one the FTP path of a transfer takes (ftp:// and ftps://). Kept apart from
// net::isSupportedScheme on purpose: API calls and redirects stay on http(s).
inline bool isFtpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("ftp") || url.scheme() == QLatin1String("ftps"));
}

// What one FTP command run needs. ftps:// means explicit FTPS: the control connection on the
// URL's port (21 by default) is upgraded with AUTH TLS before the login, and the data connections
// are encrypted too. Implicit FTPS (TLS from the first byte, port 990) is not offered: servers
// that still speak only that are rare.
struct FtpRequest {
    QUrl url;                          // ftp:// or ftps://, without user info
    QString user;                      // empty: anonymous
    QString password;                  // never logged; handed to libcurl only
    qint64 resumeFrom = 0;             // REST offset of a RETR
    bool listNames = false;            // NLST of the folder `url` names instead of a RETR
    QByteArray trustedCertificates;    // PEM, trusted in addition to the system's authorities
    int connectTimeoutMs = 30000;
};

// One libcurl transfer (a RETR or an NLST) run on a worker thread. The worker hands the bytes to
// the object's thread through a bounded buffer: when kBufferBytes are unread it stops reading the
// socket, so a reader that paces itself (bandwidth limit, hashing) slows the server down as TCP
// does for HTTP. Signals come from the object's thread; finished() once, after which whatever is
// still buffered may be read. Deleting the object aborts the transfer and waits for the worker,
// which notices at once (it is woken, not polled).
class FtpSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpSession)
public:
    static constexpr qint64 kBufferBytes = 2 * 1024 * 1024;

    explicit FtpSession(FtpRequest request, QObject *parent = nullptr);
    ~FtpSession() override;

    void start();
    void abort();

    qint64 bytesAvailable() const;
    QByteArray read(qint64 maxBytes);
    // The size the server announced for the rest of the file (SIZE minus the REST offset), -1
    // while unknown.
    qint64 remainingSize() const;
    bool isFinished() const { return m_finished; }
    // The outcome once finished(); errorClass None when every byte arrived.
    const Error &error() const { return m_error; }
    // Whether the server refused the REST offset: its file is shorter than the part on disk.
    bool resumeRefused() const { return m_resumeRefused; }

    // The buffer and flags the worker thread shares with this object (FtpSession.cpp).
    struct Shared;

Q_SIGNALS:
    void readyRead();
    void finished();

private:
    void onWorkerDone(const Error &error, bool resumeRefused);

    FtpRequest m_request;
    std::shared_ptr<Shared> m_shared;
    bool m_started = false;
    bool m_finished = false;
    bool m_resumeRefused = false;
    Error m_error;
};

} // namespace eoc

#pragma once

// The inside of a Transfer, shared by Transfer.cpp (sending, reading the body, retries) and
// TransferAnswer.cpp (judging what the server answered).
#include "core/download/Transfer.h"

#include "core/auth/AuthSession.h"
#include "core/download/PartFile.h"
#include "core/download/ftp/FtpLogin.h"
#include "core/download/ftp/FtpSession.h"
#include "core/download/hash/StreamingHasher.h"
#include "core/net/BandwidthLimiter.h"
#include "core/net/NetworkAccess.h"
#include "core/net/RequestRules.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcTransfer)

namespace eoc {

// Bounds the memory a transfer holds: Qt stops reading the socket when this much is unread.
inline constexpr qint64 kReadBufferBytes = 2 * 1024 * 1024;
// Largest piece read and written at once.
inline constexpr qint64 kChunkBytes = 256 * 1024;
// Bytes written but not hashed yet, at most: beyond it the socket is left unread until hashing
// catches up, so a slow hash slows the sender instead of filling memory. A few chunks are enough
// to keep the hashing threads busy; a larger backlog only costs memory (twice its size, measured).
inline constexpr qint64 kHashBacklogBytes = 2 * 1024 * 1024;
// The start of an error answer kept for its message (a quota, a connection cap)...
inline constexpr qsizetype kErrorBodyBytes = 4096;
// ...and of an HTML page in place of the file, enough for its <title> and sign-in form.
inline constexpr qsizetype kHtmlBodyBytes = 16384;

inline bool isStrongEtag(const QByteArray &etag)
{
    return !etag.isEmpty() && !etag.startsWith("W/");
}

class Transfer::Private final : public QObject
{
public:
    Private(Transfer *transfer, NetworkAccess *network, const TransferSpec &spec)
        : q(transfer)
        , m_network(network)
        , m_spec(spec)
        , m_file(spec.partPath)
        , m_currentUrl(spec.url)
        , m_etag(spec.etag)
        , m_lastModified(spec.lastModified)
        , m_failures(std::max(0, spec.attemptsMade))
        , m_hasher(spec.digestAlgorithms)
    {
        connect(&m_hasher, &StreamingHasher::backlogCleared, this, [this] {
            if (m_waitingForHasher) {
                m_waitingForHasher = false;
                if (m_source)
                    copyLocal();
                else
                    readBody();
            }
        });
        m_stallTimer.setSingleShot(true);
        connect(&m_stallTimer, &QTimer::timeout, this, &Private::onStalled);
        m_retryTimer.setSingleShot(true);
        // Retry-After is a promise to the server: never come back early.
        m_retryTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_retryTimer, &QTimer::timeout, this, &Private::attempt);
        if (m_network) {
            connect(m_network->bandwidth(), &BandwidthLimiter::available, this, [this] {
                if (m_waitingForBandwidth) {
                    m_waitingForBandwidth = false;
                    readBody();
                }
            });
        }
    }

    ~Private() override
    {
        if (m_network && m_slotTicket)
            m_network->limiter()->withdraw(m_slotTicket);
        dropReply();
    }

    void start();
    void cancel();

private:
    void attempt();
    // TransferLocal.cpp: a file: URL inside an allowed local folder (a mounted eodata store) is
    // copied in chunks through the same part file, hashing and progress as a download.
    void startLocalCopy();
    void copyLocal();
    // TransferFtp.cpp: ftp:// and ftps:// through libcurl (FtpSession), with the same slot,
    // bandwidth, hashing, stall timer and retries as HTTP; a resume is a REST.
    void startFtp();
    void sendFtp();
    void drainFtp();
    void completeFtp();
    void dropFtp();
    // Reads whatever body source is open (an HTTP reply or an FTP session).
    void readBody()
    {
        if (m_ftp)
            drainFtp();
        else
            drain();
    }
    void acquireSlotAndSend();
    void send();
    void onHeaders();
    void drain();
    void onReplyFinished();
    void completeResponse();
    void onStalled();
    void retry(const Error &error, bool cut);
    void restartFromZero();
    bool sniffBody();
    // The file's own name (the part file's without ".part"), for the HTML check and messages.
    QString fileName() const
    {
        QString name = QFileInfo(m_spec.partPath).fileName();
        if (name.endsWith(QLatin1String(".part")))
            name.chop(5);
        return name;
    }
    void succeed();
    bool pausedReading() const { return m_waitingForBandwidth || m_waitingForHasher; }
    // Moves what `source` (the HTTP reply or the FTP session) holds into the part file, within the
    // bandwidth limit and the hashing backlog: paused, the bytes stay in the source's bounded
    // buffer and TCP slows the sender. False when the transfer ended meanwhile.
    template <typename Source>
    bool writeAvailable(const Source &source);
    void fail(const Error &error);
    void dropReply();
    qint64 totalOrUnknown() const { return m_total.value_or(-1); }
    bool trustedHost() const
    {
        return net::isTrustedHost(m_spec.trustedHosts, m_spec.url.host(), m_currentUrl.host());
    }
    int stallTimeoutMs() const { return m_network ? m_network->policy().stallTimeoutMs : 30000; }

    Transfer *q;
    QPointer<NetworkAccess> m_network;
    TransferSpec m_spec;
    PartFile m_file;

    // Across attempts.
    QUrl m_currentUrl;
    QByteArray m_etag;
    QByteArray m_lastModified;
    std::optional<qint64> m_total;
    QString m_serverFileName;
    int m_redirects = 0;
    int m_failures = 0;             // failed attempts of this file, earlier transfers' included
    // The most bytes this transfer ever had on disk. Only an attempt that goes beyond it is
    // progress; a restart from zero does not lower it, so a server that ignores Range and cuts
    // every answer (or sends less than it announces) runs out of attempts.
    qint64 m_bestOnDisk = 0;
    bool m_attemptsExhausted = false;
    bool m_authRetried = false;
    bool m_started = false;
    bool m_done = false;
    int m_restartsFromZero = 0;
    int m_resumes = 0;
    QByteArray m_authName;
    QByteArray m_authValue;
    StreamingHasher m_hasher;
    Checksums m_digests;

    // The attempt in flight.
    quint64 m_slotTicket = 0;
    ConnectionSlot m_slot;
    QPointer<QNetworkReply> m_reply;
    bool m_headersHandled = false;
    bool m_acceptingBody = false;
    QByteArray m_errorBody;                // the start of an error answer, for its message
    bool m_htmlAnswer = false;             // a web page came instead of the file: never written
    bool m_sniffBody = false;              // the body's first bytes are still to be checked
    bool m_replyFinished = false;
    bool m_waitingForBandwidth = false;
    bool m_waitingForHasher = false;
    qint64 m_offsetSent = 0;
    qint64 m_bodyExpected = -1;     // bytes this response announced (-1 unknown)
    qint64 m_bodyReceived = 0;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    std::unique_ptr<QFile> m_source;       // the local file being copied
    std::unique_ptr<FtpSession> m_ftp;     // the FTP command in flight
    std::optional<FtpLogin> m_ftpLogin;    // found once per transfer
    bool m_ftpSizeKnown = false;
};

template <typename Source>
bool Transfer::Private::writeAvailable(const Source &source)
{
    BandwidthLimiter *bandwidth = m_network ? m_network->bandwidth() : nullptr;
    bool wrote = false;
    while (source && source->bytesAvailable() > 0) {
        if (m_hasher.backlogBytes() >= kHashBacklogBytes) {
            m_waitingForHasher = true;
            m_stallTimer.stop();
            m_hasher.wakeWhenBacklogBelow(kHashBacklogBytes / 2);
            break;
        }
        const qint64 wanted = std::min(kChunkBytes, source->bytesAvailable());
        const qint64 granted = bandwidth ? bandwidth->take(wanted) : wanted;
        if (granted <= 0) {
            m_waitingForBandwidth = true;
            m_stallTimer.stop();
            break;
        }
        const QByteArray chunk = source->read(granted);
        if (chunk.isEmpty())
            break;
        if (Error error = m_file.append(chunk); error.isError()) {
            fail(error);
            return false;
        }
        m_hasher.add(chunk);
        m_bodyReceived += chunk.size();
        wrote = true;
    }
    if (wrote) {
        if (!pausedReading())
            m_stallTimer.start(stallTimeoutMs());
        Q_EMIT q->progress(m_file.size(), totalOrUnknown());
    }
    return !m_done;
}

} // namespace eoc

#include "core/download/Transfer.h"

#include "core/auth/AuthSession.h"
#include "core/download/PartFile.h"
#include "core/download/hash/StreamingHasher.h"
#include "core/net/BandwidthLimiter.h"
#include "core/net/ContentDisposition.h"
#include "core/net/ContentRange.h"
#include "core/net/NetworkAccess.h"
#include "core/net/RequestRules.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTransfer, "eoc.download.transfer", QtWarningMsg)

namespace eoc {

namespace {

// Bounds the memory a transfer holds: Qt stops reading the socket when this much is unread.
constexpr qint64 kReadBufferBytes = 2 * 1024 * 1024;
// Largest piece read and written at once.
constexpr qint64 kChunkBytes = 256 * 1024;
// Bytes written but not hashed yet, at most: beyond it the socket is left unread until hashing
// catches up, so a slow hash slows the sender instead of filling memory. A few chunks are enough
// to keep the hashing threads busy; a larger backlog only costs memory (twice its size, measured).
constexpr qint64 kHashBacklogBytes = 2 * 1024 * 1024;

bool isStrongEtag(const QByteArray &etag)
{
    return !etag.isEmpty() && !etag.startsWith("W/");
}

} // namespace

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
        , m_hasher(spec.digestAlgorithms)
    {
        connect(&m_hasher, &StreamingHasher::backlogCleared, this, [this] {
            if (m_waitingForHasher) {
                m_waitingForHasher = false;
                drain();
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
                    drain();
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
    void acquireSlotAndSend();
    void send();
    void onHeaders();
    void drain();
    void onReplyFinished();
    void completeResponse();
    void onStalled();
    void retry(const Error &error, bool cut);
    void restartFromZero();
    void succeed();
    bool pausedReading() const { return m_waitingForBandwidth || m_waitingForHasher; }
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
    int m_failures = 0;             // failed attempts since the last one that added bytes
    qint64 m_bestOnDisk = 0;
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
    bool m_replyFinished = false;
    bool m_waitingForBandwidth = false;
    bool m_waitingForHasher = false;
    qint64 m_offsetSent = 0;
    qint64 m_bodyExpected = -1;     // bytes this response announced (-1 unknown)
    qint64 m_bodyReceived = 0;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
};

void Transfer::Private::start()
{
    if (m_started || m_done)
        return;
    m_started = true;
    if (!m_network) {
        fail(Error(ErrorClass::Permanent, QStringLiteral("No network access for %1").arg(m_spec.url.toString(QUrl::RemoveUserInfo))));
        return;
    }
    if (m_spec.partPath.isEmpty()) {
        fail(Error(ErrorClass::BadInput, QStringLiteral("No file to download %1 into")
                                             .arg(m_spec.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        return;
    }
    qint64 onDisk = 0;
    if (Error error = m_file.open(std::max<qint64>(0, m_spec.resumeOffset), &onDisk); error.isError()) {
        fail(error);
        return;
    }
    if (m_spec.expectedSize && onDisk > *m_spec.expectedSize) {
        // More than the whole file cannot be good data.
        restartFromZero();
        if (m_done)
            return;
    }
    m_bestOnDisk = m_file.size();
    // What an earlier run left is hashed (on the worker) before the bytes that follow it.
    m_hasher.restart(m_file.path(), m_file.size());
    attempt();
}

void Transfer::Private::cancel()
{
    if (m_done)
        return;
    fail(Error(ErrorClass::Cancelled, QStringLiteral("Cancelled")));
}

void Transfer::Private::attempt()
{
    if (m_done || !m_network)
        return;
    if (!net::isSupportedScheme(m_currentUrl)) {
        fail(Error(ErrorClass::BadInput, QStringLiteral("Unsupported URL scheme: %1")
                                             .arg(m_currentUrl.toString(QUrl::RemoveUserInfo))));
        return;
    }
    m_authName.clear();
    m_authValue.clear();
    if (!m_spec.auth || !trustedHost()) {
        acquireSlotAndSend();
        return;
    }
    // Credentials first, then the slot: a login may itself need a slot of the same provider.
    m_spec.auth->authorize(this, [this](const Result<QPair<QByteArray, QByteArray>> &header) {
        if (m_done)
            return;
        if (!header) {
            fail(header.error());
            return;
        }
        m_authName = header->first;
        m_authValue = header->second;
        acquireSlotAndSend();
    });
}

void Transfer::Private::acquireSlotAndSend()
{
    m_slotTicket = m_network->limiter()->acquire(m_spec.limitKey, this, [this](ConnectionSlot slot) {
        m_slotTicket = 0;
        if (m_done)
            return;
        m_slot = std::move(slot);
        send();
    });
}

void Transfer::Private::send()
{
    net::RequestShape shape;
    shape.url = m_currentUrl;
    // The spec's headers are the user's own (curl's -H): they go to the origin they were given
    // for and nowhere else, whatever a redirect says; trusted hosts only extend the auth session.
    if (net::isSameOrigin(m_spec.url, m_currentUrl))
        shape.headers = m_spec.headers;
    shape.trusted = trustedHost();
    shape.authName = m_authName;
    shape.authValue = m_authValue;
    shape.transferTimeoutMs = 0;   // the stall timer below knows about bandwidth pauses; Qt's does not
    QNetworkRequest request = net::buildRequest(shape);
    // Byte ranges of a compressed representation are not byte ranges of the file.
    request.setRawHeader("Accept-Encoding", "identity");
    m_offsetSent = m_file.size();
    if (m_offsetSent > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offsetSent) + "-");
        // If-Range makes a server whose file changed send all of the new one (200) instead of
        // the rest of it glued to the start of the old one. It takes a strong validator only.
        if (isStrongEtag(m_etag))
            request.setRawHeader("If-Range", m_etag);
        else if (!m_lastModified.isEmpty())
            request.setRawHeader("If-Range", m_lastModified);
    }

    m_headersHandled = false;
    m_acceptingBody = false;
    m_errorBody.clear();
    m_replyFinished = false;
    m_waitingForBandwidth = false;
    m_waitingForHasher = false;
    m_bodyExpected = -1;
    m_bodyReceived = 0;
    m_reply = m_network->manager()->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_headersHandled) {
            onHeaders();
        } else if (m_bodyReceived > 0) {
            // A second header block on the same reply: Qt re-sent the request on its own after
            // the connection dropped. Its body would start again from the beginning, so it must
            // not be appended; resume from what is on disk instead.
            dropReply();
            m_slot.release();
            retry(Error(ErrorClass::Transient, QStringLiteral("The connection to %1 was restarted mid-answer")
                                                   .arg(m_currentUrl.host())),
                  true);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &Private::drain);
    connect(m_reply, &QNetworkReply::finished, this, &Private::onReplyFinished);
    m_stallTimer.start(stallTimeoutMs());
}

void Transfer::Private::onHeaders()
{
    if (m_done || !m_reply || m_headersHandled)
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    m_headersHandled = true;
    m_stallTimer.start(stallTimeoutMs());
    const int status = statusAttribute.toInt();
    if (status != 200 && status != 206)
        return;   // redirects and errors are judged when the (small) answer is complete

    const QByteArray etag = m_reply->rawHeader("ETag");
    const QByteArray lastModified = m_reply->rawHeader("Last-Modified");
    bool lengthKnown = false;
    const qint64 contentLength = m_reply->rawHeader("Content-Length").toLongLong(&lengthKnown);
    if (const QString name = net::contentDispositionFileName(m_reply->rawHeader("Content-Disposition"));
        !name.isEmpty()) {
        m_serverFileName = name;
    }

    if (status == 206) {
        const auto range = net::parseContentRange(m_reply->rawHeader("Content-Range"));
        if (!range || range->first < 0) {
            fail(Error(ErrorClass::Protocol,
                       QStringLiteral("%1 answered a range request with a malformed Content-Range (\"%2\")")
                           .arg(m_currentUrl.host(), QString::fromLatin1(m_reply->rawHeader("Content-Range"))),
                       status));
            return;
        }
        if (m_offsetSent > 0 && !etag.isEmpty() && !m_etag.isEmpty() && etag != m_etag) {
            // The file changed and the server did not apply If-Range (weak or no validator).
            qCInfo(lcTransfer) << "validator changed on" << m_currentUrl.host() << "- starting over";
            dropReply();
            m_slot.release();
            m_etag = etag;
            m_lastModified = lastModified;
            m_total.reset();
            restartFromZero();
            if (!m_done)
                attempt();
            return;
        }
        if (range->first != m_offsetSent) {
            fail(Error(ErrorClass::Protocol,
                       QStringLiteral("%1 sent bytes from offset %2 but %3 bytes are on disk; the partial "
                                      "download was left as it was")
                           .arg(m_currentUrl.host())
                           .arg(range->first)
                           .arg(m_offsetSent),
                       status));
            return;
        }
        if (range->total >= 0 && m_total && *m_total != range->total) {
            fail(Error(ErrorClass::Protocol,
                       QStringLiteral("%1 now reports %2 bytes for a file of %3 bytes; the partial download "
                                      "was left as it was")
                           .arg(m_currentUrl.host())
                           .arg(range->total)
                           .arg(*m_total),
                       status));
            return;
        }
        if (range->total >= 0)
            m_total = range->total;
        m_bodyExpected = range->last - range->first + 1;
    } else {
        if (m_offsetSent > 0) {
            // The server ignored Range or the validator changed: the whole file comes again.
            restartFromZero();
            if (m_done)
                return;
        }
        if (lengthKnown)
            m_total = contentLength;
        else
            m_total.reset();
        m_bodyExpected = lengthKnown ? contentLength : -1;
    }
    if (!etag.isEmpty())
        m_etag = etag;
    if (!lastModified.isEmpty())
        m_lastModified = lastModified;

    if (m_spec.expectedSize && m_total && *m_total != *m_spec.expectedSize) {
        fail(Error(ErrorClass::Integrity,
                   QStringLiteral("%1 reports %2 bytes but %3 bytes were expected")
                       .arg(m_currentUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                       .arg(*m_total)
                       .arg(*m_spec.expectedSize),
                   status));
        return;
    }
    if (!m_serverFileName.isEmpty()) {
        Q_EMIT q->serverFileNameKnown(m_serverFileName);
        if (m_done)
            return;
    }
    m_acceptingBody = true;
    Q_EMIT q->validatorsKnown(m_etag, m_lastModified, totalOrUnknown());
}

void Transfer::Private::drain()
{
    if (m_done || !m_reply)
        return;
    if (!m_headersHandled)
        onHeaders();
    if (m_done || !m_reply)
        return;
    if (!m_acceptingBody) {
        // Redirect and error bodies are not stored; reading them keeps the reply moving. The start
        // is kept because an error answer often says why (a quota, a connection cap).
        const QByteArray chunk = m_reply->readAll();
        constexpr qsizetype kErrorBodyBytes = 4096;
        if (m_errorBody.size() < kErrorBodyBytes)
            m_errorBody += chunk.left(kErrorBodyBytes - m_errorBody.size());
    } else {
        BandwidthLimiter *bandwidth = m_network ? m_network->bandwidth() : nullptr;
        bool wrote = false;
        while (m_reply && m_reply->bytesAvailable() > 0) {
            if (m_hasher.backlogBytes() >= kHashBacklogBytes) {
                // Hashing is behind: the unread bytes stay in Qt's bounded buffer meanwhile.
                m_waitingForHasher = true;
                m_stallTimer.stop();
                m_hasher.wakeWhenBacklogBelow(kHashBacklogBytes / 2);
                break;
            }
            const qint64 wanted = std::min(kChunkBytes, m_reply->bytesAvailable());
            const qint64 granted = bandwidth ? bandwidth->take(wanted) : wanted;
            if (granted <= 0) {
                // Paced: the unread bytes stay in Qt's bounded buffer and TCP slows the sender.
                m_waitingForBandwidth = true;
                m_stallTimer.stop();
                break;
            }
            const QByteArray chunk = m_reply->read(granted);
            if (chunk.isEmpty())
                break;
            if (Error error = m_file.append(chunk); error.isError()) {
                fail(error);
                return;
            }
            m_hasher.add(chunk);
            m_bodyReceived += chunk.size();
            wrote = true;
        }
        if (wrote) {
            if (!pausedReading())
                m_stallTimer.start(stallTimeoutMs());
            Q_EMIT q->progress(m_file.size(), totalOrUnknown());
            if (m_done)
                return;
        }
        if (pausedReading())
            return;
    }
    if (m_replyFinished && m_reply && m_reply->bytesAvailable() == 0)
        completeResponse();
}

void Transfer::Private::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    m_replyFinished = true;
    drain();
}

void Transfer::Private::completeResponse()
{
    QNetworkReply *reply = m_reply;
    m_stallTimer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray location = reply->rawHeader("Location");
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QByteArray contentRange = reply->rawHeader("Content-Range");
    dropReply();
    m_slot.release();

    if (m_acceptingBody) {
        const qint64 onDisk = m_file.size();
        const bool shortBody = m_bodyExpected >= 0 && m_bodyReceived < m_bodyExpected;
        const bool shortFile = m_total && onDisk < *m_total;
        if (networkError == QNetworkReply::NoError && !shortBody && !shortFile) {
            succeed();
            return;
        }
        retry(Error(ErrorClass::Transient,
                    QStringLiteral("The connection to %1 broke after %2 of %3 bytes (%4)")
                        .arg(m_currentUrl.host())
                        .arg(onDisk)
                        .arg(m_total ? QString::number(*m_total) : QStringLiteral("?"))
                        .arg(networkError == QNetworkReply::NoError ? QStringLiteral("answer shorter than announced")
                                                                   : errorString)),
              true);
        return;
    }

    if (status == 0) {
        const Error error = net::errorForNetworkFailure(networkError, m_currentUrl.host(), errorString);
        if (error.isRetryable())
            retry(error, true);
        else
            fail(error);
        return;
    }

    if (net::isRedirectStatus(status) && m_network) {
        const auto policy = m_network->policy();
        const auto decision = net::decideRedirect(m_currentUrl, status, location, m_redirects,
                                                  {policy.maxRedirects, policy.allowHttpsToHttp});
        if (decision.error.isError()) {
            fail(decision.error);
            return;
        }
        ++m_redirects;
        m_currentUrl = decision.next;
        attempt();
        return;
    }

    if (status == 416) {
        // The part may already hold the whole file (a finished download whose end was not recorded).
        const auto range = net::parseContentRange(contentRange);
        const qint64 onDisk = m_file.size();
        if (range && range->total >= 0 && onDisk == range->total
            && (!m_spec.expectedSize || *m_spec.expectedSize == onDisk)) {
            m_total = range->total;
            succeed();
            return;
        }
        if (onDisk > 0) {
            restartFromZero();
            if (!m_done)
                retry(Error(ErrorClass::Transient,
                            QStringLiteral("%1 refused the range from byte %2; starting over")
                                .arg(m_currentUrl.host())
                                .arg(onDisk),
                            status),
                      false);
            return;
        }
        fail(Error(ErrorClass::Protocol, QStringLiteral("%1 refused a request for the whole file (416)")
                                             .arg(m_currentUrl.host()),
                   status));
        return;
    }

    if (status == 401 && m_spec.auth && !m_authRetried && trustedHost()) {
        // Credentials expired under us: renew once, then give up.
        m_authRetried = true;
        m_spec.auth->invalidate();
        attempt();
        return;
    }

    const Error error = net::errorForHttpAnswer(status, retryAfter, m_errorBody,
                                                QStringLiteral("HTTP %1 from %2 for %3")
                                                    .arg(status)
                                                    .arg(m_currentUrl.host(),
                                                         m_currentUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (error.isRetryable())
        retry(error, false);
    else
        fail(error);
}

void Transfer::Private::onStalled()
{
    if (m_done || !m_reply)
        return;
    dropReply();
    m_slot.release();
    retry(Error(ErrorClass::Transient, QStringLiteral("No data from %1 for %2 s; reconnecting")
                                           .arg(m_currentUrl.host())
                                           .arg(stallTimeoutMs() / 1000.0)),
          true);
}

void Transfer::Private::retry(const Error &error, bool cut)
{
    if (!m_network) {
        fail(error);
        return;
    }
    const qint64 onDisk = m_file.size();
    if (onDisk > m_bestOnDisk) {
        // Progress: a long file on a flaky line may be cut many times and still arrive.
        m_bestOnDisk = onDisk;
        m_failures = 0;
    }
    ++m_failures;
    if (m_failures >= std::max(1, m_spec.maxAttempts)) {
        Error final = error;
        final.message += QStringLiteral(" (gave up after %1 attempts)").arg(m_failures);
        fail(final);
        return;
    }
    if (cut && onDisk > 0)
        ++m_resumes;
    // Each attempt starts at the original URL: redirect targets are often short-lived signed URLs.
    m_currentUrl = m_spec.url;
    m_redirects = 0;
    const auto policy = m_network->policy();
    const int delay = net::retryDelayMs(m_failures, error, policy.baseBackoffMs, policy.maxBackoffMs);
    qCInfo(lcTransfer) << "retrying" << m_spec.url.host() << "in" << delay << "ms:" << error.message;
    m_retryTimer.start(delay);
    Q_EMIT q->retrying(error, delay);
}

void Transfer::Private::restartFromZero()
{
    if (Error error = m_file.truncateToZero(); error.isError()) {
        fail(error);
        return;
    }
    ++m_restartsFromZero;
    m_bestOnDisk = 0;
    m_hasher.restart(m_file.path(), 0);
    // The bytes shown so far are gone; say so before new ones arrive.
    Q_EMIT q->progress(0, -1);
}

void Transfer::Private::succeed()
{
    const qint64 onDisk = m_file.size();
    if (m_spec.expectedSize && onDisk != *m_spec.expectedSize) {
        // Only reachable when the server did not announce a size (no Content-Length).
        fail(Error(ErrorClass::Integrity,
                   QStringLiteral("%1 sent %2 bytes but %3 bytes were expected")
                       .arg(m_spec.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                       .arg(onDisk)
                       .arg(*m_spec.expectedSize)));
        return;
    }
    if (m_hasher.isEmpty()) {
        fail(Error());
        return;
    }
    // The last bytes may still be on their way through the hasher.
    const qint64 onDiskNow = onDisk;
    m_hasher.finish([this, onDiskNow](const Checksums &digests, qint64 bytesHashed) {
        if (m_done)
            return;
        if (bytesHashed == onDiskNow)
            m_digests = digests;
        fail(Error());
    });
}

void Transfer::Private::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_stallTimer.stop();
    m_retryTimer.stop();
    if (m_network && m_slotTicket)
        m_network->limiter()->withdraw(m_slotTicket);
    m_slotTicket = 0;
    dropReply();
    m_slot.release();

    TransferOutcome outcome;
    outcome.error = error;
    outcome.bytesOnDisk = m_file.size();
    outcome.totalSize = m_total;
    outcome.etag = m_etag;
    outcome.lastModified = m_lastModified;
    outcome.serverFileName = m_serverFileName;
    outcome.finalUrl = m_currentUrl;
    outcome.restartsFromZero = m_restartsFromZero;
    outcome.resumes = m_resumes;
    if (!error.isError())
        outcome.digests = m_digests;
    m_file.close();
    if (error.isError() && error.errorClass != ErrorClass::Cancelled)
        qCInfo(lcTransfer) << "transfer of" << m_spec.url.host() << "ended:" << error.toString();
    Q_EMIT q->finished(outcome);
}

void Transfer::Private::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

Transfer::Transfer(NetworkAccess *network, TransferSpec spec, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec))
    , d(std::make_unique<Private>(this, network, m_spec))
{
    qRegisterMetaType<eoc::TransferOutcome>();
}

Transfer::~Transfer() = default;

void Transfer::start()
{
    // From the event loop, so the caller can connect to the signals first.
    QTimer::singleShot(0, d.get(), [this] { d->start(); });
}

void Transfer::cancel()
{
    d->cancel();
}

} // namespace eoc

#include "core/download/TransferPrivate.h"

#include "core/download/HtmlAnswer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcTransfer, "eoc.download.transfer", QtWarningMsg)

namespace eoc {

void Transfer::Private::start()
{
    if (m_started || m_done)
        return;
    m_started = true;
    if (!m_network) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("Transfer", "No network access for %1").arg(m_spec.url.toString(QUrl::RemoveUserInfo))));
        return;
    }
    if (m_spec.partPath.isEmpty()) {
        fail(Error(ErrorClass::BadInput, QCoreApplication::translate("Transfer", "No file to download %1 into")
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
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("Transfer", "Cancelled")));
}

void Transfer::Private::attempt()
{
    if (m_done || !m_network)
        return;
    if (m_currentUrl.isLocalFile() && m_currentUrl == m_spec.url) {
        startLocalCopy();
        return;
    }
    if (isFtpUrl(m_currentUrl)) {
        startFtp();
        return;
    }
    if (!net::isSupportedScheme(m_currentUrl)) {
        fail(Error(ErrorClass::BadInput, QCoreApplication::translate("Transfer", "Unsupported URL scheme: %1")
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
        Q_EMIT q->connected();
        if (m_done)
            return;
        if (isFtpUrl(m_currentUrl))
            sendFtp();
        else
            send();
    });
}

void Transfer::Private::send()
{
    net::RequestShape shape;
    shape.url = m_currentUrl;
    if (!m_spec.secretQueryItems.isEmpty() && trustedHost()) {
        QUrlQuery query(shape.url);
        for (const auto &[key, value] : m_spec.secretQueryItems)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        shape.url.setQuery(query);
    }
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
    m_htmlAnswer = false;
    m_sniffBody = false;
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
            retry(Error(ErrorClass::Transient, QCoreApplication::translate("Transfer", "The connection to %1 was restarted mid-answer")
                                                   .arg(m_currentUrl.host())),
                  true);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &Private::drain);
    connect(m_reply, &QNetworkReply::finished, this, &Private::onReplyFinished);
    m_stallTimer.start(stallTimeoutMs());
}

void Transfer::Private::drain()
{
    if (m_done || !m_reply)
        return;
    if (!m_headersHandled)
        onHeaders();
    if (m_done || !m_reply)
        return;
    if (m_acceptingBody && m_sniffBody && !sniffBody())
        return;
    if (!m_acceptingBody) {
        // Redirect and error bodies are not stored; reading them keeps the reply moving. The start
        // is kept because an error answer often says why (a quota, a connection cap).
        const QByteArray chunk = m_reply->readAll();
        const qsizetype keep = m_htmlAnswer ? kHtmlBodyBytes : kErrorBodyBytes;
        if (m_errorBody.size() < keep)
            m_errorBody += chunk.left(keep - m_errorBody.size());
        if (m_htmlAnswer && m_errorBody.size() >= keep) {
            // Enough to name the page; the rest of it is not waited for.
            fail(htmlAnswerError(m_spec.url, m_currentUrl.host(), fileName(), m_errorBody));
            return;
        }
    } else {
        if (!writeAvailable(m_reply))
            return;
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

void Transfer::Private::onStalled()
{
    if (m_done || (!m_reply && !m_ftp))
        return;
    dropReply();
    dropFtp();
    m_slot.release();
    retry(Error(ErrorClass::Transient, QCoreApplication::translate("Transfer", "No data from %1 for %2 s; reconnecting")
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
        // Bytes never had before: a long file on a flaky line may be cut many times and still
        // arrive, each cut resumed where the last one ended.
        m_bestOnDisk = onDisk;
        m_failures = 0;
    }
    ++m_failures;
    if (m_failures >= std::max(1, m_spec.maxAttempts)) {
        Error final = error;
        final.message = QCoreApplication::translate("Transfer", "Gave up on %1 after %2 attempts; the last one failed: %3")
                            .arg(m_spec.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                            .arg(m_failures)
                            .arg(error.message);
        m_attemptsExhausted = true;
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
    m_hasher.restart(m_file.path(), 0);
    // The bytes shown so far are gone; say so before new ones arrive.
    Q_EMIT q->progress(0, -1);
}

// Whether the body may be written: false while too few of its first bytes are here to tell a web
// page from the file. Switches the answer to an HTML one when it is a page.
void Transfer::Private::succeed()
{
    const qint64 onDisk = m_file.size();
    if (m_spec.expectedSize && onDisk != *m_spec.expectedSize) {
        // Only reachable when the server did not announce a size (no Content-Length).
        fail(Error(ErrorClass::Integrity,
                   QCoreApplication::translate("Transfer", "%1 sent %2 bytes but %3 bytes were expected")
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
    dropFtp();
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
    outcome.failedAttempts = m_failures;
    outcome.attemptsExhausted = m_attemptsExhausted;
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

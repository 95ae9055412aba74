// How a transfer judges the server's answer: status, ranges, validators, size, and a web page
// in place of the file.
#include "core/download/TransferPrivate.h"

#include <QCoreApplication>

#include "core/download/HtmlAnswer.h"
#include "core/net/ContentDisposition.h"
#include "core/net/ContentRange.h"

namespace eoc {

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
    if (isHtmlContentType(m_reply->rawHeader("Content-Type")) && !isHtmlFileName(fileName())) {
        // Judged before anything touches the part file: bytes kept from an earlier run stay.
        m_htmlAnswer = true;
        return;
    }

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
                       QCoreApplication::translate("TransferAnswer", "%1 answered a range request with a malformed Content-Range (\"%2\")")
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
            // Counted like a cut: a server whose file changes on every request is not asked forever.
            if (!m_done)
                retry(Error(ErrorClass::Transient, QCoreApplication::translate("TransferAnswer", "The file at %1 changed during the download")
                                                       .arg(m_currentUrl.host())),
                      false);
            return;
        }
        if (range->first != m_offsetSent) {
            fail(Error(ErrorClass::Protocol,
                       QCoreApplication::translate("TransferAnswer", "%1 sent bytes from offset %2 but %3 bytes are on disk; the partial "
                                      "download was left as it was")
                           .arg(m_currentUrl.host())
                           .arg(range->first)
                           .arg(m_offsetSent),
                       status));
            return;
        }
        if (range->total >= 0 && m_total && *m_total != range->total) {
            fail(Error(ErrorClass::Protocol,
                       QCoreApplication::translate("TransferAnswer", "%1 now reports %2 bytes for a file of %3 bytes; the partial download "
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
                   QCoreApplication::translate("TransferAnswer", "%1 reports %2 bytes but %3 bytes were expected")
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
    // An HTML page sent as a binary type is still caught by its first bytes. A range continues
    // bytes already checked, so only an answer from the start of the file is looked at.
    m_sniffBody = m_file.size() == 0 && !isHtmlFileName(fileName());
    Q_EMIT q->validatorsKnown(m_etag, m_lastModified, totalOrUnknown());
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

    if (m_htmlAnswer) {
        fail(htmlAnswerError(m_spec.url, m_currentUrl.host(), fileName(), m_errorBody));
        return;
    }
    if (m_acceptingBody) {
        const qint64 onDisk = m_file.size();
        const bool shortBody = m_bodyExpected >= 0 && m_bodyReceived < m_bodyExpected;
        const bool shortFile = m_total && onDisk < *m_total;
        if (networkError == QNetworkReply::NoError && !shortBody && !shortFile) {
            succeed();
            return;
        }
        retry(Error(ErrorClass::Transient,
                    QCoreApplication::translate("TransferAnswer", "The connection to %1 broke after %2 of %3 bytes (%4)")
                        .arg(m_currentUrl.host())
                        .arg(onDisk)
                        .arg(m_total ? QString::number(*m_total) : QStringLiteral("?"))
                        .arg(networkError == QNetworkReply::NoError ? QCoreApplication::translate("TransferAnswer", "answer shorter than announced")
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
                            QCoreApplication::translate("TransferAnswer", "%1 refused the range from byte %2; starting over")
                                .arg(m_currentUrl.host())
                                .arg(onDisk),
                            status),
                      false);
            return;
        }
        fail(Error(ErrorClass::Protocol, QCoreApplication::translate("TransferAnswer", "%1 refused a request for the whole file (416)")
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
                                                QCoreApplication::translate("TransferAnswer", "HTTP %1 from %2 for %3")
                                                    .arg(status)
                                                    .arg(m_currentUrl.host(),
                                                         m_currentUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (error.isRetryable())
        retry(error, false);
    else
        fail(error);
}

bool Transfer::Private::sniffBody()
{
    if (m_reply->bytesAvailable() < kHtmlSniffBytes && !m_replyFinished)
        return false;   // more comes with the next readyRead (or finished); the stall timer runs
    m_sniffBody = false;
    if (looksLikeHtml(m_reply->peek(kHtmlSniffBytes))) {
        m_acceptingBody = false;
        m_htmlAnswer = true;
    }
    return true;
}

} // namespace eoc

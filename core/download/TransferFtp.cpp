// Files on FTP and FTPS servers, through libcurl (FtpSession) but otherwise like any download:
// a connection slot of spec.limitKey, the global bandwidth limit, hashing while the bytes arrive,
// the stall timer, and the same retries, each resuming with REST from what is on disk.
#include "core/download/TransferPrivate.h"

#include <QCoreApplication>

namespace eoc {

void Transfer::Private::startFtp()
{
    if (m_ftpLogin) {
        acquireSlotAndSend();
        return;
    }
    // The login is looked up once per transfer; the keychain may be slow to answer.
    resolveFtpLogin(m_currentUrl, m_spec.headers, m_spec.ftpCredentials, this, [this](const Result<FtpLogin> &login) {
        if (m_done)
            return;
        if (!login) {
            fail(login.error());
            return;
        }
        m_ftpLogin = login.value();
        acquireSlotAndSend();
    });
}

void Transfer::Private::sendFtp()
{
    FtpRequest request;
    request.url = m_currentUrl.adjusted(QUrl::RemoveUserInfo);
    request.user = m_ftpLogin ? m_ftpLogin->user : QString();
    request.password = m_ftpLogin ? m_ftpLogin->password : QString();
    request.resumeFrom = m_file.size();
    request.trustedCertificates = m_network->trustedCertificates();
    request.connectTimeoutMs = stallTimeoutMs();

    m_offsetSent = m_file.size();
    m_ftpSizeKnown = false;
    m_waitingForBandwidth = false;
    m_waitingForHasher = false;
    m_bodyReceived = 0;
    m_ftp = std::make_unique<FtpSession>(request);
    // Queued: the session may be deleted from these slots, never inside its own signal.
    connect(m_ftp.get(), &FtpSession::readyRead, this, &Private::drainFtp, Qt::QueuedConnection);
    connect(m_ftp.get(), &FtpSession::finished, this, &Private::drainFtp, Qt::QueuedConnection);
    m_ftp->start();
    m_stallTimer.start(stallTimeoutMs());
}

void Transfer::Private::drainFtp()
{
    if (m_done || !m_ftp)
        return;
    if (!m_ftpSizeKnown) {
        if (const qint64 remaining = m_ftp->remainingSize(); remaining >= 0) {
            m_ftpSizeKnown = true;
            const qint64 total = m_offsetSent + remaining;
            if (m_total && *m_total != total && m_offsetSent > 0) {
                // The file is not the one the bytes on disk came from: they cannot be continued.
                dropFtp();
                m_slot.release();
                m_total.reset();
                restartFromZero();
                if (!m_done)
                    retry(Error(ErrorClass::Transient, QCoreApplication::translate("TransferFtp", "The file at %1 changed during the download")
                                                           .arg(m_currentUrl.host())),
                          false);
                return;
            }
            if (m_spec.expectedSize && total != *m_spec.expectedSize) {
                fail(Error(ErrorClass::Integrity,
                           QCoreApplication::translate("TransferFtp", "%1 reports %2 bytes but %3 bytes were expected")
                               .arg(m_currentUrl.toString(QUrl::RemoveUserInfo))
                               .arg(total)
                               .arg(*m_spec.expectedSize)));
                return;
            }
            m_total = total;
            Q_EMIT q->validatorsKnown(m_etag, m_lastModified, total);
            if (m_done)
                return;
        }
    }
    if (!writeAvailable(m_ftp))
        return;
    if (pausedReading() || !m_ftp)
        return;
    if (m_ftp->isFinished() && m_ftp->bytesAvailable() == 0)
        completeFtp();
}

void Transfer::Private::completeFtp()
{
    m_stallTimer.stop();
    const Error error = m_ftp->error();
    const bool resumeRefused = m_ftp->resumeRefused();
    dropFtp();
    m_slot.release();
    const qint64 onDisk = m_file.size();
    if (!error.isError()) {
        if (m_total && onDisk < *m_total) {
            retry(Error(ErrorClass::Transient, QCoreApplication::translate("TransferFtp", "The connection to %1 broke after %2 of %3 bytes")
                                                   .arg(m_currentUrl.host())
                                                   .arg(onDisk)
                                                   .arg(*m_total)),
                  true);
            return;
        }
        succeed();
        return;
    }
    if (resumeRefused) {
        // The server's file is shorter than the part: it is another file now.
        restartFromZero();
        if (!m_done)
            retry(error, false);
        return;
    }
    if (error.isRetryable())
        retry(error, true);
    else
        fail(error);
}

void Transfer::Private::dropFtp()
{
    // Deleting the session aborts libcurl and waits for its worker, which is woken at once.
    if (m_ftp) {
        m_ftp->disconnect(this);
        m_ftp.reset();
    }
}

} // namespace eoc

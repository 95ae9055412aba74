// Copies of local files (file: URLs inside a folder NetworkAccess allows, such as the eodata
// store mounted on CREODIAS and Data Space machines), through the part file, hashing, progress
// and verification of any download. No connection slot or bandwidth is used: nothing travels.
#include "core/download/TransferPrivate.h"

#include <QCoreApplication>

namespace eoc {

namespace {

// Read per turn of the event loop: large enough to copy quickly, small enough to stay responsive.
constexpr qint64 kLocalChunkBytes = 4 * kChunkBytes;

} // namespace

void Transfer::Private::startLocalCopy()
{
    const QString path = m_currentUrl.toLocalFile();
    if (!m_network->isAllowedLocalSource(path)) {
        // Only folders a provider registered from its settings; a file: URL from anywhere else
        // (a Metalink, --url) is not read.
        fail(Error(ErrorClass::BadInput, QCoreApplication::translate("Transfer", "Unsupported URL scheme: %1")
                                             .arg(m_currentUrl.toString(QUrl::RemoveUserInfo))));
        return;
    }
    m_source = std::make_unique<QFile>(path);
    if (!m_source->open(QIODevice::ReadOnly)) {
        const Error error(m_source->exists() ? ErrorClass::Permanent : ErrorClass::NotFound,
                          QCoreApplication::translate("Transfer", "Cannot read %1: %2").arg(path, m_source->errorString()));
        m_source.reset();
        fail(error);
        return;
    }
    m_total = m_source->size();
    if (m_file.size() > *m_total)
        restartFromZero();
    if (m_done)
        return;
    if (!m_source->seek(m_file.size())) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("Transfer", "Cannot read %1: %2").arg(path, m_source->errorString())));
        return;
    }
    if (m_file.size() > 0)
        ++m_resumes;
    QTimer::singleShot(0, this, &Private::copyLocal);
}

void Transfer::Private::copyLocal()
{
    if (m_done || !m_source)
        return;
    if (m_hasher.backlogBytes() >= kHashBacklogBytes) {
        m_waitingForHasher = true;
        m_hasher.wakeWhenBacklogBelow(kHashBacklogBytes / 2);
        return;
    }
    const QByteArray chunk = m_source->read(kLocalChunkBytes);
    if (chunk.isEmpty()) {
        if (m_source->error() != QFileDevice::NoError) {
            fail(Error(ErrorClass::Permanent, QCoreApplication::translate("Transfer", "Cannot read %1: %2")
                                                  .arg(m_source->fileName(), m_source->errorString())));
            return;
        }
        if (m_file.size() != *m_total) {
            fail(Error(ErrorClass::Integrity, QCoreApplication::translate("Transfer", "%1 changed while it was copied")
                                                  .arg(m_source->fileName())));
            return;
        }
        m_source.reset();
        succeed();
        return;
    }
    if (Error error = m_file.append(chunk); error.isError()) {
        fail(error);
        return;
    }
    m_hasher.add(chunk);
    Q_EMIT q->progress(m_file.size(), totalOrUnknown());
    if (m_done)
        return;
    QTimer::singleShot(0, this, &Private::copyLocal);
}

} // namespace eoc

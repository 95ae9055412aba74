#include "core/download/PartFile.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cerrno>

namespace eoc {

PartFile::PartFile(const QString &path)
    : m_file(path)
{
}

PartFile::~PartFile()
{
    close();
}

Error PartFile::diskError(const QString &what) const
{
    return Error(ErrorClass::LocalDisk,
                 QCoreApplication::translate("PartFile", "%1 %2: %3").arg(what, QDir::toNativeSeparators(m_file.fileName()),
                                                 m_file.errorString()));
}

Error PartFile::open(qint64 keep, qint64 *sizeOnDisk)
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return diskError(QCoreApplication::translate("PartFile", "Cannot open the partial download"));
    const qint64 current = m_file.size();
    const qint64 wanted = std::clamp<qint64>(keep, 0, current);
    if (current > wanted && !m_file.resize(wanted))
        return diskError(QCoreApplication::translate("PartFile", "Cannot shorten the partial download"));
    if (!m_file.seek(wanted))
        return diskError(QCoreApplication::translate("PartFile", "Cannot seek in the partial download"));
    m_size = wanted;
    if (sizeOnDisk)
        *sizeOnDisk = m_size;
    return {};
}

Error PartFile::truncateToZero()
{
    if (!m_file.resize(0) || !m_file.seek(0))
        return diskError(QCoreApplication::translate("PartFile", "Cannot empty the partial download"));
    m_size = 0;
    return {};
}

Error PartFile::append(const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        // A short write is what a full disk or RLIMIT_FSIZE produces first; the next write then
        // fails with the reason (ENOSPC, EFBIG) that goes into the message.
        errno = 0;
        const qint64 written = m_file.write(data.constData() + done, data.size() - done);
        if (written <= 0) {
            // errno is still the write's: QFile's unbuffered write is the last call that set it.
            const int cause = errno;
            QString why;
            if (cause == EFBIG) {
                why = QCoreApplication::translate("PartFile", "the file size limit of this process was reached (ulimit -f). Raise the "
                                     "limit, then resume; the partial download is kept.");
            } else if (cause == ENOSPC || cause == EDQUOT) {
                why = QCoreApplication::translate("PartFile", "the disk (or the quota) is full. Free some space, then resume; the "
                                     "partial download is kept.");
            } else {
                why = QCoreApplication::translate("PartFile", "%1. Free some disk space (or check quotas and file size limits) and "
                                     "resume.").arg(m_file.errorString());
            }
            return Error(ErrorClass::LocalDisk, QCoreApplication::translate("PartFile", "Cannot write to %1 after %2 bytes: %3")
                                                    .arg(QDir::toNativeSeparators(m_file.fileName()))
                                                    .arg(m_size)
                                                    .arg(why));
        }
        done += written;
        m_size += written;
    }
    return {};
}

void PartFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

} // namespace eoc

#include "core/download/queue/ArchiveReader.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <vector>

namespace eoc {

ArchiveReader::ArchiveReader(Format format)
    : m_archive(archive_read_new(), &archive_read_free)
{
    if (format == Format::Zip) {
        archive_read_support_format_zip(m_archive.get());
        return;
    }
    archive_read_support_format_tar(m_archive.get());
    archive_read_support_format_gnutar(m_archive.get());
    if (format == Format::TarGz)
        archive_read_support_filter_gzip(m_archive.get());
}

ArchiveReader::~ArchiveReader() = default;

bool ArchiveReader::open(const QString &path)
{
    const QByteArray local = QFile::encodeName(path);
    return archive_read_open_filename(m_archive.get(), local.constData(), 1 << 16) == ARCHIVE_OK;
}

ArchiveReader::Next ArchiveReader::next()
{
    m_entry = nullptr;
    const int r = archive_read_next_header(m_archive.get(), &m_entry);
    if (r == ARCHIVE_EOF)
        return Next::End;
    return r == ARCHIVE_OK ? Next::Member : Next::Damaged;
}

QString ArchiveReader::memberName() const
{
    const char *name = m_entry ? archive_entry_pathname_utf8(m_entry) : nullptr;
    return name ? QString::fromUtf8(name) : QStringLiteral("?");
}

bool ArchiveReader::memberIsFile() const
{
    return m_entry && archive_entry_filetype(m_entry) == AE_IFREG;
}

bool ArchiveReader::readMember()
{
    std::vector<char> buffer(1 << 16);
    for (;;) {
        const la_ssize_t n = archive_read_data(m_archive.get(), buffer.data(), buffer.size());
        if (n == 0)
            return true;
        if (n < 0)
            return false;
    }
}

QString ArchiveReader::errorText() const
{
    const char *why = archive_error_string(m_archive.get());
    return why ? QString::fromLocal8Bit(why) : QString();
}

} // namespace eoc

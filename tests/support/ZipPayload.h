#pragma once

#include <QByteArray>

#include <archive.h>
#include <archive_entry.h>

#include <vector>

namespace eoc::test {

// A small, genuine zip (the verifier opens .zip downloads), stored so its size is predictable.
inline QByteArray zipPayload()
{
    QByteArray member(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < member.size(); ++i)
        member[i] = char((i * 131 + 7) & 0xff);
    std::vector<char> buffer(size_t(member.size()) + 64 * 1024);
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_options(a, "zip:compression=store");
    archive_write_open_memory(a, buffer.data(), buffer.size(), &used);
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "manifest.safe");
    archive_entry_set_size(e, member.size());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_write_header(a, e);
    archive_write_data(a, member.constData(), size_t(member.size()));
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    return QByteArray(buffer.data(), qsizetype(used));
}

} // namespace eoc::test

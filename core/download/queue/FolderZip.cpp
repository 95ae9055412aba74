#include "core/download/queue/FolderZip.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace eoc {

namespace {

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

Error diskError(const QString &zipPath, const QString &detail)
{
    return Error(ErrorClass::LocalDisk, QCoreApplication::translate("FolderZip", "Cannot pack %1: %2").arg(zipPath, detail));
}

} // namespace

Error zipFolderAndRemove(const QString &folder, const QString &zipPath)
{
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        return diskError(zipPath, QCoreApplication::translate("FolderZip", "the folder %1 is missing").arg(folder));
    // Sorted, so the same folder always gives the same zip.
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();

    const QString partPath = zipPath + QStringLiteral(".part");
    QFile::remove(partPath);
    std::unique_ptr<archive, ArchiveDeleter> zip(archive_write_new());
    archive_write_set_format_zip(zip.get());
    archive_write_set_options(zip.get(), "zip:compression=store");
    if (archive_write_open_filename(zip.get(), QFile::encodeName(partPath).constData()) != ARCHIVE_OK)
        return diskError(zipPath, QString::fromLocal8Bit(archive_error_string(zip.get())));

    const QDir base = folderInfo.absoluteDir();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString &path : std::as_const(files)) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            QFile::remove(partPath);
            return diskError(zipPath, in.errorString());
        }
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), base.relativeFilePath(path).toUtf8().constData());
        archive_entry_set_size(entry.get(), in.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), QFileInfo(path).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(zip.get(), entry.get()) != ARCHIVE_OK) {
            const QString why = QString::fromLocal8Bit(archive_error_string(zip.get()));
            QFile::remove(partPath);
            return diskError(zipPath, why);
        }
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0) {
                QFile::remove(partPath);
                return diskError(zipPath, in.errorString());
            }
            if (n == 0)
                break;
            if (archive_write_data(zip.get(), buffer.constData(), size_t(n)) != n) {
                const QString why = QString::fromLocal8Bit(archive_error_string(zip.get()));
                QFile::remove(partPath);
                return diskError(zipPath, why);
            }
        }
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK) {
        const QString why = QString::fromLocal8Bit(archive_error_string(zip.get()));
        QFile::remove(partPath);
        return diskError(zipPath, why);
    }
    zip.reset();
    QFile::remove(zipPath);
    if (!QFile::rename(partPath, zipPath))
        return diskError(zipPath, QCoreApplication::translate("FolderZip", "cannot rename %1").arg(partPath));
    QDir(folder).removeRecursively();
    return {};
}

} // namespace eoc

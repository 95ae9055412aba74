#include "core/download/queue/FileVerifier.h"

#include "core/download/queue/Blake3.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <zlib.h>
#include <archive_entry.h>

#include <memory>
#include <vector>

namespace eoc {

namespace {

constexpr qint64 kReadChunk = 1 << 20;

std::optional<QCryptographicHash::Algorithm> qtAlgorithm(const QString &name)
{
    const QString n = name.toLower().remove(QLatin1Char('-'));
    if (n == QLatin1String("md5"))
        return QCryptographicHash::Md5;
    if (n == QLatin1String("sha1"))
        return QCryptographicHash::Sha1;
    if (n == QLatin1String("sha256"))
        return QCryptographicHash::Sha256;
    if (n == QLatin1String("sha512"))
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

bool isBlake3(const QString &name) { return name.compare(QLatin1String("blake3"), Qt::CaseInsensitive) == 0; }

// One hasher of either kind, fed in the same pass.
struct Digester {
    QString algorithm;
    std::unique_ptr<QCryptographicHash> qt;
    std::unique_ptr<Blake3Hasher> blake3;
    void add(QByteArrayView data)
    {
        if (qt)
            qt->addData(data);
        else
            blake3->update(data);
    }
    QString hex() const
    {
        return QString::fromLatin1((qt ? qt->result() : blake3->finalize()).toHex());
    }
};

std::optional<Digester> makeDigester(const QString &algorithm)
{
    Digester d;
    d.algorithm = algorithm;
    if (const auto a = qtAlgorithm(algorithm))
        d.qt = std::make_unique<QCryptographicHash>(*a);
    else if (isBlake3(algorithm))
        d.blake3 = std::make_unique<Blake3Hasher>();
    else
        return std::nullopt;
    return d;
}

enum class ArchiveKind { None, Zip, Tar, TarGz };

ArchiveKind archiveKind(const QString &name)
{
    const QString n = name.toLower();
    if (n.endsWith(QLatin1String(".zip")))
        return ArchiveKind::Zip;
    if (n.endsWith(QLatin1String(".tar.gz")) || n.endsWith(QLatin1String(".tgz")))
        return ArchiveKind::TarGz;
    if (n.endsWith(QLatin1String(".tar")))
        return ArchiveKind::Tar;
    return ArchiveKind::None;
}

// libarchive stops at the tar end marker and never reaches the gzip trailer, so the CRC-32 and
// length of a .gz are checked here by inflating the whole stream (zlib checks the trailer).
Error checkGzipStream(const QString &path, const QString &shown)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorClass::LocalDisk, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return Error(ErrorClass::Integrity, QStringLiteral("%1: cannot start decompression").arg(shown));
    std::vector<unsigned char> in(1 << 16);
    std::vector<unsigned char> out(1 << 16);
    int r = Z_OK;
    bool ended = false;
    while (!ended) {
        const qint64 n = file.read(reinterpret_cast<char *>(in.data()), qint64(in.size()));
        if (n <= 0)
            break;
        zs.next_in = in.data();
        zs.avail_in = uInt(n);
        while (zs.avail_in > 0) {
            zs.next_out = out.data();
            zs.avail_out = uInt(out.size());
            r = inflate(&zs, Z_NO_FLUSH);
            if (r == Z_STREAM_END) {
                // Concatenated members are valid gzip: start the next one.
                if (zs.avail_in == 0 && file.atEnd()) {
                    ended = true;
                    break;
                }
                inflateReset(&zs);
                continue;
            }
            if (r != Z_OK && r != Z_BUF_ERROR) {
                const QString reason = QString::fromLatin1(zs.msg ? zs.msg : "damaged data");
                inflateEnd(&zs);
                return Error(ErrorClass::Integrity, QStringLiteral("%1 is damaged: %2").arg(shown, reason));
            }
        }
    }
    inflateEnd(&zs);
    if (!ended)
        return Error(ErrorClass::Integrity, QStringLiteral("%1 is truncated (the gzip stream does not end)").arg(shown));
    return {};
}

} // namespace

bool isKnownChecksumAlgorithm(const QString &algorithm)
{
    return qtAlgorithm(algorithm).has_value() || isBlake3(algorithm);
}

QString fileDigest(const QString &path, const QString &algorithm)
{
    auto digester = makeDigester(algorithm);
    QFile file(path);
    if (!digester || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), kReadChunk);
        if (n < 0)
            return {};
        if (n == 0)
            break;
        digester->add(QByteArrayView(buffer.constData(), n));
    }
    return digester->hex();
}

Error checkArchive(const QString &path, const QString &nameForType)
{
    const ArchiveKind kind = archiveKind(nameForType);
    if (kind == ArchiveKind::None)
        return {};
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    if (kind == ArchiveKind::Zip) {
        archive_read_support_format_zip(a.get());
    } else {
        archive_read_support_format_tar(a.get());
        archive_read_support_format_gnutar(a.get());
        if (kind == ArchiveKind::TarGz)
            archive_read_support_filter_gzip(a.get());
    }
    const QByteArray local = QFile::encodeName(path);
    const QString shown = QFileInfo(nameForType).fileName();
    if (archive_read_open_filename(a.get(), local.constData(), 1 << 16) != ARCHIVE_OK) {
        return Error(ErrorClass::Integrity, QStringLiteral("%1 is not a readable archive: %2")
                                                .arg(shown, QString::fromLocal8Bit(archive_error_string(a.get()))));
    }
    std::vector<char> buffer(1 << 16);
    int members = 0;
    for (;;) {
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK) {
            return Error(ErrorClass::Integrity, QStringLiteral("%1 is damaged after %2 member(s): %3")
                                                    .arg(shown).arg(members)
                                                    .arg(QString::fromLocal8Bit(archive_error_string(a.get()))));
        }
        ++members;
        // Reading every byte makes libarchive check the member's CRC (zip) and the gzip trailer.
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), buffer.size());
            if (n == 0)
                break;
            if (n < 0) {
                return Error(ErrorClass::Integrity, QStringLiteral("%1: member %2 is damaged: %3")
                                                        .arg(shown, QString::fromUtf8(archive_entry_pathname_utf8(entry)
                                                                                          ? archive_entry_pathname_utf8(entry)
                                                                                          : "?"),
                                                             QString::fromLocal8Bit(archive_error_string(a.get()))));
            }
        }
    }
    if (members == 0)
        return Error(ErrorClass::Integrity, QStringLiteral("%1 is an empty or unreadable archive").arg(shown));
    if (kind == ArchiveKind::TarGz)
        return checkGzipStream(path, shown);
    return {};
}

Error verifyFile(const VerifyRequest &request)
{
    const QString shown = QFileInfo(request.nameForType.isEmpty() ? request.path : request.nameForType).fileName();
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorClass::LocalDisk, QStringLiteral("Cannot read %1: %2").arg(request.path, file.errorString()));
    if (request.expectedSize && file.size() != *request.expectedSize) {
        return Error(ErrorClass::Integrity, QStringLiteral("%1 has %2 bytes, expected %3")
                                                .arg(shown).arg(file.size()).arg(*request.expectedSize));
    }
    std::vector<Digester> digesters;
    for (auto it = request.checksums.cbegin(); it != request.checksums.cend(); ++it) {
        if (auto d = makeDigester(it.key()))
            digesters.push_back(std::move(*d));
    }
    if (!digesters.empty()) {
        QByteArray buffer(kReadChunk, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(buffer.data(), kReadChunk);
            if (n < 0)
                return Error(ErrorClass::LocalDisk, QStringLiteral("Cannot read %1: %2").arg(request.path, file.errorString()));
            if (n == 0)
                break;
            for (auto &d : digesters)
                d.add(QByteArrayView(buffer.constData(), n));
        }
        for (const auto &d : digesters) {
            const QString expected = request.checksums.value(d.algorithm).trimmed().toLower();
            const QString actual = d.hex();
            if (actual != expected) {
                return Error(ErrorClass::Integrity, QStringLiteral("%1: %2 checksum mismatch (expected %3, got %4)")
                                                        .arg(shown, d.algorithm, expected, actual));
            }
        }
    }
    file.close();
    return checkArchive(request.path, request.nameForType);
}

} // namespace eoc

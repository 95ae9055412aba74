#include "core/download/queue/FileVerifier.h"

#include "core/download/queue/ArchiveReader.h"

#include "core/download/hash/Digest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <memory>
#include <vector>

namespace eoc {

namespace {

constexpr qint64 kReadChunk = 1 << 20;

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
        return Error(ErrorClass::LocalDisk, QCoreApplication::translate("FileVerifier", "Cannot read %1: %2").arg(path, file.errorString()));
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1: cannot start decompression").arg(shown));
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
                return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1 is damaged: %2").arg(shown, reason));
            }
        }
    }
    inflateEnd(&zs);
    if (!ended)
        return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1 is truncated (the gzip stream does not end)").arg(shown));
    return {};
}

} // namespace

bool isKnownChecksumAlgorithm(const QString &algorithm)
{
    return Digest::isKnown(algorithm);
}

QString fileDigest(const QString &path, const QString &algorithm)
{
    auto digest = Digest::create(algorithm);
    QFile file(path);
    if (!digest || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), kReadChunk);
        if (n < 0)
            return {};
        if (n == 0)
            break;
        digest->add(QByteArrayView(buffer.constData(), n));
    }
    return digest->hex();
}

Error checkArchive(const QString &path, const QString &nameForType)
{
    const ArchiveKind kind = archiveKind(nameForType);
    if (kind == ArchiveKind::None)
        return {};
    ArchiveReader reader(kind == ArchiveKind::Zip   ? ArchiveReader::Format::Zip
                         : kind == ArchiveKind::TarGz ? ArchiveReader::Format::TarGz
                                                      : ArchiveReader::Format::Tar);
    const QString shown = QFileInfo(nameForType).fileName();
    if (!reader.open(path)) {
        return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1 is not a readable archive: %2")
                                                .arg(shown, reader.errorText()));
    }
    int members = 0;
    for (;;) {
        const ArchiveReader::Next next = reader.next();
        if (next == ArchiveReader::Next::End)
            break;
        if (next == ArchiveReader::Next::Damaged) {
            return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1 is damaged after %2 member(s): %3")
                                                    .arg(shown).arg(members)
                                                    .arg(reader.errorText()));
        }
        ++members;
        // Reading every byte makes libarchive check the member's CRC (zip) and the gzip trailer.
        if (!reader.readMember()) {
            return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1: member %2 is damaged: %3")
                                                    .arg(shown, reader.memberName(), reader.errorText()));
        }
    }
    if (members == 0)
        return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1 is an empty or unreadable archive").arg(shown));
    if (kind == ArchiveKind::TarGz)
        return checkGzipStream(path, shown);
    return {};
}

Error verifyFile(const VerifyRequest &request)
{
    const QString shown = QFileInfo(request.nameForType.isEmpty() ? request.path : request.nameForType).fileName();
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorClass::LocalDisk, QCoreApplication::translate("FileVerifier", "Cannot read %1: %2").arg(request.path, file.errorString()));
    if (request.expectedSize && file.size() != *request.expectedSize) {
        return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1 has %2 bytes, expected %3")
                                                .arg(shown).arg(file.size()).arg(*request.expectedSize));
    }
    // What was hashed while the file was written is not read again.
    QStringList toHash;
    Checksums actual;
    for (auto it = request.checksums.cbegin(); it != request.checksums.cend(); ++it) {
        if (request.computedDigests.contains(it.key()))
            actual.insert(it.key(), request.computedDigests.value(it.key()).toLower());
        else
            toHash.append(it.key());
    }
    DigestSet digests(toHash);
    if (!digests.isEmpty()) {
        QByteArray buffer(kReadChunk, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(buffer.data(), kReadChunk);
            if (n < 0)
                return Error(ErrorClass::LocalDisk, QCoreApplication::translate("FileVerifier", "Cannot read %1: %2").arg(request.path, file.errorString()));
            if (n == 0)
                break;
            digests.add(QByteArrayView(buffer.constData(), n));
        }
        actual.insert(digests.hexDigests());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const QString expected = request.checksums.value(it.key()).trimmed().toLower();
        if (it.value() != expected) {
            return Error(ErrorClass::Integrity, QCoreApplication::translate("FileVerifier", "%1: %2 checksum mismatch (expected %3, got %4)")
                                                    .arg(shown, it.key(), expected, it.value()));
        }
    }
    file.close();
    return checkArchive(request.path, request.nameForType);
}

} // namespace eoc

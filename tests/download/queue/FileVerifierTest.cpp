#include "core/download/queue/FileVerifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

QByteArray payload(int size, int seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        data[i] = char(x >> 24);
    }
    return data;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes an archive with libarchive: "zip" (stored, so a flipped byte reaches the CRC), "tar",
// "tar.gz".
void writeArchive(const QString &path, const QString &kind, const QList<QPair<QByteArray, QByteArray>> &members)
{
    archive *a = archive_write_new();
    if (kind == QLatin1String("zip")) {
        archive_write_set_format_zip(a);
        archive_write_set_options(a, "zip:compression=store");
    } else {
        archive_write_set_format_pax_restricted(a);
        if (kind == QLatin1String("tar.gz"))
            archive_write_add_filter_gzip(a);
    }
    ASSERT_EQ(archive_write_open_filename(a, QFile::encodeName(path).constData()), ARCHIVE_OK);
    for (const auto &[name, data] : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_size(e, data.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

void flipByteAt(const QString &path, qint64 offset)
{
    QByteArray data = readFile(path);
    ASSERT_LT(offset, data.size());
    data[offset] = char(data.at(offset) ^ 0x5a);
    writeFile(path, data);
}

} // namespace

TEST(FileVerifier, EveryAlgorithmAcceptsTheRightDigestAndRejectsAWrongOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.bin"));
    const QByteArray data = payload(3 * 1024 * 1024 + 17, 1);   // more than one read chunk
    writeFile(path, data);
    const std::pair<const char *, QCryptographicHash::Algorithm> qtAlgorithms[] = {
        {"md5", QCryptographicHash::Md5}, {"sha1", QCryptographicHash::Sha1},
        {"sha256", QCryptographicHash::Sha256}, {"sha512", QCryptographicHash::Sha512}};
    for (const auto &[name, algorithm] : qtAlgorithms) {
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
        Checksums good{{QLatin1String(name), expected}};
        EXPECT_FALSE(verifyFile({path, path, data.size(), good, {}}).isError()) << name;
        QString wrong = expected;
        wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const Error e = verifyFile({path, path, data.size(), {{QLatin1String(name), wrong}}, {}});
        EXPECT_EQ(e.errorClass, ErrorClass::Integrity) << name;
        EXPECT_TRUE(e.message.contains(QLatin1String(name))) << e.message.toStdString();
    }
}

TEST(FileVerifier, Blake3OfAFileMatchesTheOfficialVectorInput)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pattern.bin"));
    QByteArray data(102400, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i % 251);
    writeFile(path, data);
    const QString official = QStringLiteral("bc3e3d41a1146b069abffad3c0d44860cf664390afce4d9661f7902e7943e085");
    EXPECT_EQ(fileDigest(path, QStringLiteral("blake3")), official);
    EXPECT_FALSE(verifyFile({path, path, std::nullopt, {{QStringLiteral("blake3"), official}}, {}}).isError());
    EXPECT_EQ(verifyFile({path, path, std::nullopt, {{QStringLiteral("blake3"), QString(64, QLatin1Char('0'))}}, {}}).errorClass,
              ErrorClass::Integrity);
}

TEST(FileVerifier, SizeMismatchIsIntegrity)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x"));
    writeFile(path, "12345");
    EXPECT_FALSE(verifyFile({path, path, 5, {}, {}}).isError());
    EXPECT_EQ(verifyFile({path, path, 6, {}, {}}).errorClass, ErrorClass::Integrity);
}

TEST(FileVerifier, MissingFileIsLocalDisk)
{
    EXPECT_EQ(verifyFile({QStringLiteral("/nonexistent/file"), QString(), std::nullopt, {}, {}}).errorClass, ErrorClass::LocalDisk);
}

TEST(FileVerifier, ArchivesAreReadThroughAndCorruptionIsFound)
{
    QTemporaryDir dir;
    const QList<QPair<QByteArray, QByteArray>> members = {{"a/B04.jp2", payload(200000, 2)}, {"MTD.xml", payload(5000, 3)}};
    for (const QString &kind : {QStringLiteral("zip"), QStringLiteral("tar"), QStringLiteral("tar.gz")}) {
        const QString path = dir.filePath(QStringLiteral("scene.") + kind);
        writeArchive(path, kind, members);
        EXPECT_FALSE(checkArchive(path, path).isError()) << kind.toStdString();
        EXPECT_FALSE(verifyFile({path, path, std::nullopt, {}, {}}).isError()) << kind.toStdString();

        const QString bad = dir.filePath(QStringLiteral("bad.") + kind);
        QFile::copy(path, bad);
        if (kind == QLatin1String("tar")) {
            // Plain tar has no data checksum: damage the second header (its checksum covers it).
            flipByteAt(bad, 512 + ((200000 + 511) / 512) * 512 + 512 * 0 + 10);
        } else {
            flipByteAt(bad, 100000);   // inside the first member's data
        }
        const Error e = verifyFile({bad, bad, std::nullopt, {}, {}});
        EXPECT_EQ(e.errorClass, ErrorClass::Integrity) << kind.toStdString();

        const QString cut = dir.filePath(QStringLiteral("cut.") + kind);
        writeFile(cut, readFile(path).left(150000));
        EXPECT_EQ(verifyFile({cut, cut, std::nullopt, {}, {}}).errorClass, ErrorClass::Integrity) << kind.toStdString();
    }
}

TEST(FileVerifier, NonArchiveNamesAreNotOpenedAsArchives)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("B04.jp2"));
    writeFile(path, payload(1000, 4));
    EXPECT_FALSE(checkArchive(path, path).isError());
}

TEST(FileVerifier, DigestsComputedWhileWritingAreComparedWithoutRehashing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scene.bin"));
    const QByteArray data = payload(4096, 11);
    writeFile(path, data);
    const QString good = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString other = QString::fromLatin1(QCryptographicHash::hash("other", QCryptographicHash::Sha256).toHex());

    VerifyRequest request{path, path, data.size(), {{QStringLiteral("sha256"), good}}, {}};
    // The streamed digest is what is compared: one that disagrees fails even though the file
    // itself would pass, which shows the file was not read again for it.
    request.computedDigests = {{QStringLiteral("sha256"), other}};
    const Error mismatch = verifyFile(request);
    EXPECT_EQ(mismatch.errorClass, ErrorClass::Integrity);
    EXPECT_TRUE(mismatch.message.contains(other)) << mismatch.message.toStdString();

    request.computedDigests = {{QStringLiteral("sha256"), good.toUpper()}};
    EXPECT_FALSE(verifyFile(request).isError());

    // An algorithm not streamed is still hashed from the file.
    request.checksums.insert(QStringLiteral("md5"), QStringLiteral("00000000000000000000000000000000"));
    EXPECT_EQ(verifyFile(request).errorClass, ErrorClass::Integrity);
    request.checksums.insert(QStringLiteral("md5"),
                             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    EXPECT_FALSE(verifyFile(request).isError());
}

// The google provider through the real CLI: a search by box lists the SAFE products of the tiles
// covering it, page by page, and a download fetches every object of a SAFE folder, verified, kept
// as a folder or packed into <name>.SAFE.zip.
#include "tests/cli/CliRunner.h"
#include "core/download/hash/Crc32c.h"
#include "tests/providers/google/GoogleBucket.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>

#include <gtest/gtest.h>

using namespace eoc::test;
using namespace eoc::test::google;

namespace {

// East of Brasília, inside tile 23LKC (whose square straddles the 16 S band edge: 23KKC too).
const QString kBrasilia = QStringLiteral("-47.35,-15.75,-47.25,-15.65");

struct GoogleCli : ::testing::Test {
    GcsBucketServer bucket;
    QTemporaryDir work;

    void SetUp() override { fillBucket(bucket); }

    QStringList common() const
    {
        return {QStringLiteral("--set"), QStringLiteral("google.url=") + bucket.base().toString()};
    }

    CliRun search(const QStringList &extra) const
    {
        return runCli(QStringList{QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("google"), QStringLiteral("--collection"),
                                  QStringLiteral("S2MSI1C"), QStringLiteral("--start"), QStringLiteral("2024-01-01"), QStringLiteral("--end"),
                                  QStringLiteral("2024-01-31")}
                      + common() + extra);
    }

    // Searches the box, keeps the results in a file and downloads the one product of 5 January.
    CliRun downloadJan05(const QStringList &extra)
    {
        const QString results = work.filePath(QStringLiteral("results.json"));
        const CliRun found = search({QStringLiteral("--tile"), QStringLiteral("23LKC"), QStringLiteral("--platform"), QStringLiteral("sentinel-2b"),
                                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), results});
        EXPECT_EQ(found.exitCode, 0) << found.errText().toStdString();
        return runCli(QStringList{QStringLiteral("download"), QStringLiteral("--from"), results, QStringLiteral("--output"),
                                  work.filePath(QStringLiteral("out")), QStringLiteral("--layout"), QStringLiteral("flat")}
                      + common() + extra);
    }

    QStringList filesUnder(const QString &folder) const
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(folder).relativeFilePath(it.next());
        files.sort();
        return files;
    }
};

QMap<QString, QByteArray> zipEntries(const QString &path)
{
    QMap<QString, QByteArray> entries;
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK) {
        archive_read_free(a);
        return entries;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        QByteArray data;
        char buffer[65536];
        la_ssize_t n;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        entries.insert(QString::fromUtf8(archive_entry_pathname(entry)), data);
    }
    archive_read_free(a);
    return entries;
}

} // namespace

TEST_F(GoogleCli, ASearchByBoxListsTheSafeProductsOfTheTilesCoveringIt)
{
    const CliRun run = search({QStringLiteral("--bbox"), kBrasilia, QStringLiteral("--format"), QStringLiteral("ids")});
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    QStringList ids = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ids.sort();
    EXPECT_EQ(ids, (QStringList{kJan10, kJan05})) << run.errText().toStdString();
    const QStringList listed = bucket.listedPrefixes();
    EXPECT_GE(listed.count(QStringLiteral("tiles/23/L/KC/")), 3) << "the tile's folder, page by page: " << listed.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(listed.contains(QStringLiteral("tiles/33/U/UP/")));
    EXPECT_LE(QSet<QString>(listed.begin(), listed.end()).size(), 4) << listed.join(QLatin1Char(' ')).toStdString();
}

TEST_F(GoogleCli, ADownloadFetchesEveryObjectOfTheSafeFolderVerified)
{
    const CliRun run = downloadJan05({});
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    const QString out = work.filePath(QStringLiteral("out"));
    QStringList expected;
    for (const QString &file : safeFiles(kJan05))
        expected << kJan05 + QStringLiteral(".SAFE/") + file;
    expected.sort();
    ASSERT_EQ(filesUnder(out), expected);
    for (const QString &file : expected) {
        QFile f(QDir(out).filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), contentOf(QStringLiteral("tiles/23/L/KC/") + file)) << file.toStdString();
    }
    EXPECT_EQ(bucket.downloadedPaths().size(), expected.size());
}

TEST_F(GoogleCli, AnObjectWhoseBytesDoNotMatchTheListingFailsTheDownload)
{
    const QString object = QStringLiteral("tiles/23/L/KC/") + kJan05 + QStringLiteral(".SAFE/manifest.safe");
    // The listing keeps the checksums of the right bytes; the bytes served change.
    bucket.object(kS2Bucket, object).md5Base64 = QCryptographicHash::hash(contentOf(object), QCryptographicHash::Md5).toBase64();
    eoc::Crc32c crc;
    crc.add(contentOf(object));
    QByteArray bigEndian(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc.value(), bigEndian.data());
    bucket.object(kS2Bucket, object).crc32cBase64 = bigEndian.toBase64();
    bucket.object(kS2Bucket, object).data[100] = '#';
    const CliRun run = downloadJan05({});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("manifest.safe"))) << run.errText().toStdString();
    EXPECT_FALSE(QFile::exists(work.filePath(QStringLiteral("out/") + kJan05 + QStringLiteral(".SAFE/manifest.safe"))))
        << "a file that fails its checksum never takes its final name";
}

TEST_F(GoogleCli, WithZipSafeTheFolderBecomesOneZipOfTheSameFiles)
{
    const CliRun run = downloadJan05({QStringLiteral("--set"), QStringLiteral("google.zip_safe=true")});
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    const QString out = work.filePath(QStringLiteral("out"));
    EXPECT_EQ(filesUnder(out), QStringList{kJan05 + QStringLiteral(".SAFE.zip")});
    const auto entries = zipEntries(QDir(out).filePath(kJan05 + QStringLiteral(".SAFE.zip")));
    ASSERT_EQ(entries.size(), safeFiles(kJan05).size());
    for (const QString &file : safeFiles(kJan05)) {
        const QString name = kJan05 + QStringLiteral(".SAFE/") + file;
        EXPECT_EQ(entries.value(name), contentOf(QStringLiteral("tiles/23/L/KC/") + name)) << name.toStdString();
    }
}

// A scan compares the files the download journal recorded with what is on disk now: a real SQLite
// journal written by SqliteQueueStore, real product files, one of them changed after its download.
#include "core/archive/ArchiveScan.h"
#include "core/archive/DownloadRecords.h"
#include "tests/archive/ArchiveFixture.h"

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QString &kLandsat = kLandsatScene;
const QString &kSentinel2 = kSentinel2Scene;

class RecordedChecksumsTest : public ::testing::Test, protected ArchiveFixture
{
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(build()); }

    QHash<QString, LocalProduct> scan(const QString &journal)
    {
        const auto recorded = DownloadRecords::read(journal);
        EXPECT_TRUE(recorded.ok()) << (recorded.ok() ? "" : recorded.error().message.toStdString());
        ArchiveScanOptions options;
        options.checkBands = false;   // the files are no rasters; the checksums are the subject
        options.records = recorded.ok() ? &recorded.value() : nullptr;
        const auto products = scanArchive(archive, options);
        EXPECT_TRUE(products.ok());
        QHash<QString, LocalProduct> byId;
        for (const LocalProduct &p : products.value())
            byId.insert(p.scene.id, p);
        return byId;
    }
};

} // namespace

TEST_F(RecordedChecksumsTest, FilesUnchangedSinceTheirDownloadAreCountedAsVerified)
{
    const auto products = scan(journalPath);
    ASSERT_EQ(products.size(), 2);
    EXPECT_EQ(products.value(kLandsat).checksumsVerified, 3);
    EXPECT_TRUE(products.value(kLandsat).problems.isEmpty()) << products.value(kLandsat).problems.join(u'\n').toStdString();
    EXPECT_EQ(products.value(kSentinel2).checksumsVerified, 1);
    EXPECT_TRUE(products.value(kSentinel2).problems.isEmpty());
    EXPECT_EQ(products.value(kLandsat).toJson().value(QStringLiteral("checksums_verified")).toInt(), 3);
}

TEST_F(RecordedChecksumsTest, OneChangedFileIsTheOneProblemReported)
{
    ASSERT_NO_FATAL_FAILURE(flipFirstByte(landsatFile("_SR_B5.TIF")));

    const auto products = scan(journalPath);
    const LocalProduct damaged = products.value(kLandsat);
    ASSERT_EQ(damaged.problems.size(), 1) << damaged.problems.join(u'\n').toStdString();
    EXPECT_EQ(damaged.problems.first(), QStringLiteral("the checksum of %1_SR_B5.TIF no longer matches the sha256 recorded "
                                                       "when it was downloaded").arg(kLandsat));
    EXPECT_EQ(damaged.checksumsVerified, 2);
    EXPECT_TRUE(products.value(kSentinel2).problems.isEmpty());
    EXPECT_EQ(products.value(kSentinel2).checksumsVerified, 1);
}

TEST_F(RecordedChecksumsTest, AChangedZipIsReportedByItsName)
{
    QFile file(zip);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("trailing bytes");   // the zip still reads: its members are all there
    file.close();
    const LocalProduct product = scan(journalPath).value(kSentinel2);
    ASSERT_EQ(product.problems.size(), 1);
    EXPECT_TRUE(product.problems.first().startsWith(QStringLiteral("the checksum of %1.zip no longer").arg(kSentinel2)))
        << product.problems.first().toStdString();
    EXPECT_EQ(product.checksumsVerified, 0);
}

TEST_F(RecordedChecksumsTest, TheJournalIsReadWithoutBeingChanged)
{
    const QByteArray before = fileBytes(journalPath);
    const auto recorded = DownloadRecords::read(journalPath);
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(recorded->inside(landsat).size(), 3);
    EXPECT_EQ(fileBytes(journalPath), before);
    EXPECT_FALSE(QFileInfo::exists(journalPath + QStringLiteral("-journal")));
}

TEST_F(RecordedChecksumsTest, NoJournalMeansNothingToCompareAndADamagedOneIsNamed)
{
    const auto none = DownloadRecords::read(path(QStringLiteral("never/queue.sqlite")));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
    EXPECT_EQ(scan(path(QStringLiteral("never/queue.sqlite"))).value(kLandsat).checksumsVerified, 0);

    const QString garbage = path(QStringLiteral("garbage.sqlite"));
    writeFile(garbage, QByteArray(4096, 'x'));
    const auto damaged = DownloadRecords::read(garbage);
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message.contains(garbage)) << damaged.error().message.toStdString();
}

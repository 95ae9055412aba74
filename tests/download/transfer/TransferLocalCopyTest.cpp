// Copies from a mounted eodata store: a file: URL inside a folder the network core allows is
// copied through the part file with its digests; any other file: URL is refused unread.
#include "tests/download/transfer/TransferTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

struct LocalCopy : ::testing::Test {
    QTemporaryDir mount;
    QTemporaryDir out;
    NetworkAccess network;
    QByteArray data = patternBytes(3 * 1024 * 1024 + 17, 7);
    QString source;

    void SetUp() override
    {
        QDir(mount.path()).mkpath(QStringLiteral("Sentinel-1/SAR/GRD/X.SAFE/measurement"));
        source = mount.filePath(QStringLiteral("Sentinel-1/SAR/GRD/X.SAFE/measurement/s1a.tiff"));
        writeFile(source, data);
    }

    TransferSpec spec(const QString &path) const
    {
        TransferSpec s;
        s.url = QUrl::fromLocalFile(path);
        s.partPath = out.filePath(QStringLiteral("s1a.tiff.part"));
        s.expectedSize = QFileInfo(path).exists() ? std::optional<qint64>(QFileInfo(path).size()) : std::nullopt;
        s.digestAlgorithms = {QStringLiteral("sha256")};
        return s;
    }
};

} // namespace

TEST_F(LocalCopy, AFileInAnAllowedFolderIsCopiedWithItsDigest)
{
    network.allowLocalSource(mount.path());
    const TransferOutcome outcome = runTransfer(network, spec(source));
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.bytesOnDisk, data.size());
    EXPECT_TRUE(readFile(out.filePath(QStringLiteral("s1a.tiff.part"))) == data);
    EXPECT_EQ(outcome.digests.value(QStringLiteral("sha256")), QString::fromLatin1(sha256(data)));
}

TEST_F(LocalCopy, ACopyCutShortGoesOnFromWhatIsOnDisk)
{
    network.allowLocalSource(mount.path());
    writeFile(out.filePath(QStringLiteral("s1a.tiff.part")), data.left(1000000));
    TransferSpec s = spec(source);
    s.resumeOffset = 1000000;
    const TransferOutcome outcome = runTransfer(network, s);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.resumes, 1);
    EXPECT_TRUE(readFile(out.filePath(QStringLiteral("s1a.tiff.part"))) == data);
    EXPECT_EQ(outcome.digests.value(QStringLiteral("sha256")), QString::fromLatin1(sha256(data)));
}

TEST_F(LocalCopy, FilesOutsideTheAllowedFoldersAreNeverRead)
{
    // No folder allowed: a file: URL (from a Metalink, say) is refused.
    TransferOutcome outcome = runTransfer(network, spec(source));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("Unsupported URL scheme"))) << outcome.error.message.toStdString();
    EXPECT_EQ(outcome.bytesOnDisk, 0);

    // Another folder allowed: a path that climbs out of it, or a link that points out, is refused.
    QTemporaryDir other;
    network.allowLocalSource(other.path());
    outcome = runTransfer(network, spec(other.filePath(QStringLiteral("../")) + QFileInfo(mount.path()).fileName()
                                       + QStringLiteral("/Sentinel-1/SAR/GRD/X.SAFE/measurement/s1a.tiff")));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::BadInput);
    ASSERT_TRUE(QFile::link(source, other.filePath(QStringLiteral("link.tiff"))));
    outcome = runTransfer(network, spec(other.filePath(QStringLiteral("link.tiff"))));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::BadInput) << "a link inside pointing outside is followed first";
    EXPECT_EQ(outcome.bytesOnDisk, 0);
}

TEST_F(LocalCopy, AFileThatIsGoneIsNamed)
{
    network.allowLocalSource(mount.path());
    const QString missing = mount.filePath(QStringLiteral("Sentinel-1/gone.tiff"));
    const TransferOutcome outcome = runTransfer(network, spec(missing));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::NotFound);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("gone.tiff"))) << outcome.error.message.toStdString();
}

// `eo-collector-cli layout` run as a separate process.
#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun layout(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(EOC_CLI_PATH), QStringList{QStringLiteral("layout")} + args);
    process.waitForFinished(60000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString s2Id = QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255");
const QString landsatId = QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1");

} // namespace

TEST(LayoutCli, MissingCollectionExitsTwoNamingTheOption)
{
    const CliRun run = layout({QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--scene-id"), s2Id});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("--collection is required"))) << run.err.toStdString();
}

TEST(LayoutCli, MissingSceneIdExitsTwoNamingTheOption)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                            QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--scene-id is required"))) << run.err.toStdString();
}

TEST(LayoutCli, BadVersionExitsTwoNamingTheOption)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                            QStringLiteral("latest"), QStringLiteral("--scene-id"), s2Id});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--version: collection version 'latest'"))) << run.err.toStdString();
}

TEST(LayoutCli, UnknownSceneIdExitsTwo)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("X"), QStringLiteral("--version"),
                            QStringLiteral("1"), QStringLiteral("--scene-id"), QStringLiteral("holiday-photo-42")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("--scene-id"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("holiday-photo-42"))) << run.err.toStdString();
}

// The following need the scene-id parsers.
TEST(LayoutCli, Sentinel2ReferenceExample)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                            QStringLiteral("1"), QStringLiteral("--scene-id"), s2Id, QStringLiteral("--prefix"),
                            QStringLiteral("/data")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QString(QStringLiteral("/data/S2_L1C/v001/21/L/ZG/2020/") + s2Id + QStringLiteral("\n")));
}

TEST(LayoutCli, LandsatReferenceExample)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("LC8_DN"), QStringLiteral("--version"),
                            QStringLiteral("1"), QStringLiteral("--scene-id"), landsatId, QStringLiteral("--prefix"),
                            QStringLiteral("/data")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QString(QStringLiteral("/data/LC8_DN/v001/223/064/2020/") + landsatId + QStringLiteral("\n")));
}

TEST(LayoutCli, MonthFlatAndArchive)
{
    const CliRun month = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                              QStringLiteral("1"), QStringLiteral("--scene-id"), s2Id, QStringLiteral("--month")});
    EXPECT_EQ(month.exitCode, 0) << month.err.toStdString();
    EXPECT_EQ(month.out, QString(QStringLiteral("S2_L1C/v001/21/L/ZG/2020/02/") + s2Id + QStringLiteral("\n")));

    const CliRun flat = layout({QStringLiteral("--scene-id"), landsatId, QStringLiteral("--flat"), QStringLiteral("--prefix"),
                             QStringLiteral("/dl")});
    EXPECT_EQ(flat.exitCode, 0) << flat.err.toStdString();
    EXPECT_EQ(flat.out, QString(QStringLiteral("/dl/") + landsatId + QStringLiteral("\n")));

    const CliRun archive = layout({QStringLiteral("--collection"), QStringLiteral("LC8_DN"), QStringLiteral("--version"),
                                QStringLiteral("1"), QStringLiteral("--scene-id"), landsatId, QStringLiteral("--prefix"),
                                QStringLiteral("/data"), QStringLiteral("--archive")});
    EXPECT_EQ(archive.exitCode, 0) << archive.err.toStdString();
    EXPECT_EQ(archive.out, QString(QStringLiteral("/data/LC8_DN/v001/223/064/2020/") + landsatId + QStringLiteral("/") + landsatId
                               + QStringLiteral(".tar.gz\n")));
}

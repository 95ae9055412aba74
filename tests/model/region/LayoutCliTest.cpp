// `eo-collector-cli layout` run as a separate process.

#include "tests/cli/CliRunner.h"

#include <gtest/gtest.h>

namespace {

using eoc::test::CliRun;

// `eo-collector-cli layout ARGS`.
CliRun layout(const QStringList &args)
{
    return eoc::test::runCli(QStringList{QStringLiteral("layout")} + args);
}

const QString s2Id = QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255");
const QString landsatId = QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1");

} // namespace

TEST(LayoutCli, MissingCollectionExitsTwoNamingTheOption)
{
    const CliRun run = layout({QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--scene-id"), s2Id});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.outText().isEmpty());
    EXPECT_TRUE(run.errText().contains(QStringLiteral("--collection is required"))) << run.errText().toStdString();
}

TEST(LayoutCli, MissingSceneIdExitsTwoNamingTheOption)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                            QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("--scene-id is required"))) << run.errText().toStdString();
}

TEST(LayoutCli, BadVersionExitsTwoNamingTheOption)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                            QStringLiteral("latest"), QStringLiteral("--scene-id"), s2Id});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("--version: collection version 'latest'"))) << run.errText().toStdString();
}

TEST(LayoutCli, UnknownSceneIdExitsTwo)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("X"), QStringLiteral("--version"),
                            QStringLiteral("1"), QStringLiteral("--scene-id"), QStringLiteral("holiday-photo-42")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.outText().isEmpty());
    EXPECT_TRUE(run.errText().contains(QStringLiteral("--scene-id"))) << run.errText().toStdString();
    EXPECT_TRUE(run.errText().contains(QStringLiteral("holiday-photo-42"))) << run.errText().toStdString();
}

// The following need the scene-id parsers.
TEST(LayoutCli, Sentinel2ReferenceExample)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                            QStringLiteral("1"), QStringLiteral("--scene-id"), s2Id, QStringLiteral("--prefix"),
                            QStringLiteral("/data")});
    EXPECT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_EQ(run.outText(), QString(QStringLiteral("/data/S2_L1C/v001/21/L/ZG/2020/") + s2Id + QStringLiteral("\n")));
}

TEST(LayoutCli, LandsatReferenceExample)
{
    const CliRun run = layout({QStringLiteral("--collection"), QStringLiteral("LC8_DN"), QStringLiteral("--version"),
                            QStringLiteral("1"), QStringLiteral("--scene-id"), landsatId, QStringLiteral("--prefix"),
                            QStringLiteral("/data")});
    EXPECT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_EQ(run.outText(), QString(QStringLiteral("/data/LC8_DN/v001/223/064/2020/") + landsatId + QStringLiteral("\n")));
}

TEST(LayoutCli, MonthFlatAndArchive)
{
    const CliRun month = layout({QStringLiteral("--collection"), QStringLiteral("S2_L1C"), QStringLiteral("--version"),
                              QStringLiteral("1"), QStringLiteral("--scene-id"), s2Id, QStringLiteral("--month")});
    EXPECT_EQ(month.exitCode, 0) << month.errText().toStdString();
    EXPECT_EQ(month.outText(), QString(QStringLiteral("S2_L1C/v001/21/L/ZG/2020/02/") + s2Id + QStringLiteral("\n")));

    const CliRun flat = layout({QStringLiteral("--scene-id"), landsatId, QStringLiteral("--flat"), QStringLiteral("--prefix"),
                             QStringLiteral("/dl")});
    EXPECT_EQ(flat.exitCode, 0) << flat.errText().toStdString();
    EXPECT_EQ(flat.outText(), QString(QStringLiteral("/dl/") + landsatId + QStringLiteral("\n")));

    const CliRun archive = layout({QStringLiteral("--collection"), QStringLiteral("LC8_DN"), QStringLiteral("--version"),
                                QStringLiteral("1"), QStringLiteral("--scene-id"), landsatId, QStringLiteral("--prefix"),
                                QStringLiteral("/data"), QStringLiteral("--archive")});
    EXPECT_EQ(archive.exitCode, 0) << archive.errText().toStdString();
    EXPECT_EQ(archive.outText(), QString(QStringLiteral("/data/LC8_DN/v001/223/064/2020/") + landsatId + QStringLiteral("/") + landsatId
                               + QStringLiteral(".tar.gz\n")));
}

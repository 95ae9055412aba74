// GDAL is a module loaded on first use (core/gdal/GdalBackend.h): the command-line program must not
// need it to start, must find it when a region needs it, and must say clearly when it is missing.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc::test;

namespace {

const QStringList kSearchWithEwkt{
    QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"),
    QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a"),
    QStringLiteral("--start"), QStringLiteral("2024-01-01"), QStringLiteral("--end"), QStringLiteral("2024-01-02"),
    // UTM 23S metres: reading it needs OGR and PROJ.
    QStringLiteral("--region"),
    QStringLiteral("SRID=32723;POLYGON((500000 8300000,510000 8300000,510000 8310000,500000 8310000,500000 8300000))"),
    // Nothing listens there: the search fails after the region was read.
    QStringLiteral("--set"), QStringLiteral("stac.url=http://127.0.0.1:9/v1"),
};

} // namespace

TEST(GdalModule, ARegionInAProjectedSystemIsReadThroughTheModule)
{
    const CliRun run = runCli(kSearchWithEwkt);
    EXPECT_NE(run.exitCode, 0);
    const QString err = QString::fromUtf8(run.err);
    EXPECT_FALSE(err.contains(QStringLiteral("--region"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("127.0.0.1"))) << err.toStdString();
}

TEST(GdalModule, AMissingModuleIsAClearErrorNamingWhereItWasLookedFor)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    const QString program = dir.filePath(QStringLiteral("bin/eo-collector-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(EOC_CLI_PATH), program));

    const CliRun run = runCliAt(program, kSearchWithEwkt);
    EXPECT_EQ(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(QStringLiteral("GDAL support is missing"))) << err.toStdString();
    EXPECT_TRUE(err.contains(dir.filePath(QStringLiteral("lib/eo-collector/eoc_gdal.so")))) << err.toStdString();

    // Commands that need no GDAL work without it.
    const CliRun version = runCliAt(program, {QStringLiteral("parse-id"),
                                              QStringLiteral("LC08_L1TP_221071_20190917_20190926_01_T1")});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
}

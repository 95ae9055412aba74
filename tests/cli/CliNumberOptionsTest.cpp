// Numbers on the command line: "nan" and "inf" parse as numbers and NaN passes every "outside the
// range" comparison; they must be refused before anything is sent to a service.
#include "tests/cli/CliRunner.h"

#include <gtest/gtest.h>

using eoc::test::runCli;

TEST(CliNumberOptions, CloudMaxRefusesNotANumberInfinityAndOutOfRange)
{
    for (const char *bad : {"NaN", "nan", "inf", "-inf", "Infinity", "1e400", "-1", "100.01", "lots"}) {
        // 127.0.0.1:9 (discard) would fail the search if validation let the value through.
        const auto run = runCli({QStringLiteral("--set"), QStringLiteral("stac.url=http://127.0.0.1:9"),
                                 QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"),
                                 QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a"),
                                 QStringLiteral("--cloud-max"), QString::fromLatin1(bad)});
        EXPECT_EQ(run.exitCode, 2) << bad << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("--cloud-max")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(bad)) << run.err.toStdString();
    }
}

TEST(CliNumberOptions, LimitRateRefusesNotANumberAndInfinity)
{
    for (const char *bad : {"nan", "NaNK", "inf", "infM", "1e30G", "0", "-5K"}) {
        const auto run = runCli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--limit-rate"),
                                 QString::fromLatin1(bad)});
        EXPECT_EQ(run.exitCode, 2) << bad << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("--limit-rate")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(bad)) << run.err.toStdString();
    }
}

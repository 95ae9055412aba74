// ONDA DIAS closed in February 2025: search and download through the real CLI end with the
// closure message (naming the alternatives) and exit code 1.
#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using eoc::test::CliRun;
using eoc::test::runCli;

namespace {

void expectClosureMessage(const CliRun &run)
{
    const QString err = QString::fromUtf8(run.err);
    EXPECT_EQ(run.exitCode, 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("ONDA DIAS closed in February 2025"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("'dataspace'"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("'creodias'"))) << err.toStdString();
}

} // namespace

TEST(OndaClosedCli, SearchEndsWithTheClosureMessage)
{
    expectClosureMessage(runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("onda"),
                                 QStringLiteral("--collection"), QStringLiteral("S2MSI1C"),
                                 QStringLiteral("--bbox"), QStringLiteral("-54,-12,-52,-10"),
                                 QStringLiteral("--start"), QStringLiteral("2023-06-01"),
                                 QStringLiteral("--end"), QStringLiteral("2023-06-30")}));
}

TEST(OndaClosedCli, DownloadByIdEndsWithTheClosureMessage)
{
    QTemporaryDir out;
    expectClosureMessage(runCli({QStringLiteral("download"), QStringLiteral("--provider"), QStringLiteral("onda"),
                                 QStringLiteral("--collection"), QStringLiteral("GRD"),
                                 QStringLiteral("--scene-id"),
                                 QStringLiteral("S1A_IW_GRDH_1SDV_20230601T083000_20230601T083025_048792_05DE3A_1A2B"),
                                 QStringLiteral("--output"), out.path()}));
}

TEST(OndaClosedCli, ListedAsNeitherSearchingNorDownloading)
{
    const CliRun run = runCli({QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonObject onda;
    for (const auto &p : QJsonDocument::fromJson(run.out).array()) {
        if (p.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("onda"))
            onda = p.toObject();
    }
    ASSERT_FALSE(onda.isEmpty()) << run.out.toStdString();
    const QJsonObject caps = onda.value(QStringLiteral("capabilities")).toObject();
    EXPECT_FALSE(caps.value(QStringLiteral("search")).toBool(true));
    EXPECT_FALSE(caps.value(QStringLiteral("download")).toBool(true));
}

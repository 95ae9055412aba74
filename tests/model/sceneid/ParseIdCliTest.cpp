// The built eo-collector-cli, run as a user would.
#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

using eoc::test::CliRun;
using eoc::test::runCli;

const QString kSentinel2 = QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255.SAFE");
const QString kLandsat = QStringLiteral("LC08_L2SP_033032_20231008_20231017_02_T1");

TEST(ParseIdCli, JsonArrayWithOneObjectPerId)
{
    const auto run = runCli({QStringLiteral("parse-id"), QStringLiteral("--json"), kSentinel2, kLandsat});
    EXPECT_EQ(run.exitCode, 0) << run.errText().toStdString();
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(run.outText().toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.outText().toStdString();
    ASSERT_TRUE(doc.isArray());
    const QJsonArray array = doc.array();
    ASSERT_EQ(array.size(), 2);
    const QJsonObject s2 = array.at(0).toObject();
    EXPECT_EQ(s2.value(QStringLiteral("id")).toString(),
              QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255"));
    EXPECT_EQ(s2.value(QStringLiteral("family")).toString(), QStringLiteral("sentinel-2"));
    EXPECT_EQ(s2.value(QStringLiteral("tile")).toString(), QStringLiteral("21LZG"));
    EXPECT_EQ(s2.value(QStringLiteral("sensing_start")).toString(), QStringLiteral("2020-02-23T13:51:09Z"));
    EXPECT_TRUE(s2.value(QStringLiteral("tier")).isNull());
    const QJsonObject landsat = array.at(1).toObject();
    EXPECT_EQ(landsat.value(QStringLiteral("level")).toString(), QStringLiteral("L2SP"));
    EXPECT_EQ(landsat.value(QStringLiteral("collection")).toString(), QStringLiteral("02"));
}

TEST(ParseIdCli, UnknownIdExitsWithTwoAndStillPrintsTheOthers)
{
    const QString unknown = QStringLiteral("NOT_A_SCENE_ID");
    const auto run = runCli({QStringLiteral("parse-id"), QStringLiteral("--json"), kSentinel2, unknown});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errText().contains(unknown)) << run.errText().toStdString();
    const auto doc = QJsonDocument::fromJson(run.outText().toUtf8());
    ASSERT_TRUE(doc.isArray()) << run.outText().toStdString();
    ASSERT_EQ(doc.array().size(), 1);
    EXPECT_EQ(doc.array().at(0).toObject().value(QStringLiteral("family")).toString(), QStringLiteral("sentinel-2"));
}

TEST(ParseIdCli, ReadableListing)
{
    const auto run = runCli({QStringLiteral("parse-id"), kLandsat});
    EXPECT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_TRUE(run.outText().startsWith(kLandsat + QLatin1Char('\n'))) << run.outText().toStdString();
    EXPECT_TRUE(run.outText().contains(QStringLiteral("  family: landsat\n"))) << run.outText().toStdString();
    EXPECT_TRUE(run.outText().contains(QStringLiteral("  tile: 033032\n")));
    EXPECT_TRUE(run.outText().contains(QStringLiteral("  tier: T1\n")));
    // Fields the id does not carry are left out, not printed empty.
    EXPECT_FALSE(run.outText().contains(QStringLiteral("absolute_orbit")));
}

TEST(ParseIdCli, NoIdIsBadInput)
{
    const auto run = runCli({QStringLiteral("parse-id"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("at least one scene id"))) << run.errText().toStdString();
}

} // namespace

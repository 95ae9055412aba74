// Hostile or mistaken settings: a malformed settings.ini, a broken network setting in it, mistyped
// --set/--config keys and empty URLs.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using eoc::test::runCli;

namespace {

const QString kSceneId = QStringLiteral("S2A_MSIL2A_20240101T101421_N0510_R022_T32TQM_20240101T122345");

// A config folder holding eo-collector/settings.ini with `content`; the environment that uses it.
struct ConfigHome {
    QTemporaryDir dir;
    QString settingsPath;
    QProcessEnvironment env;

    explicit ConfigHome(const QByteArray &content)
    {
        QDir(dir.path()).mkpath(QStringLiteral("eo-collector"));
        settingsPath = dir.filePath(QStringLiteral("eo-collector/settings.ini"));
        QFile f(settingsPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    }
    QByteArray content() const
    {
        QFile f(settingsPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

TEST(CliSettings, MalformedSettingsFileIsNamedOnceAndKept)
{
    const QByteArray garbage = "[General]\nnetwork.stall_timeout=30\n\x01\x02 not a setting\n";
    ConfigHome home(garbage);
    const auto run = runCli({QStringLiteral("parse-id"), kSceneId}, home.env);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(home.settingsPath.toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("line 3")) << run.err.toStdString();
    EXPECT_EQ(run.err.count("warning:"), 1) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains('\x01')) << "the bad line is shown escaped";
    EXPECT_EQ(home.content(), garbage);
}

TEST(CliSettings, BrokenProxyInSettingsFileNamesTheFileAndSparesOfflineCommands)
{
    ConfigHome home("[General]\nnetwork.proxy=ftp://x:1\n");
    auto run = runCli({QStringLiteral("parse-id"), kSceneId}, home.env);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("T32TQM")) << run.out.toStdString();

    run = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"),
                  QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a")},
                 home.env);
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("network.proxy")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(home.settingsPath.toUtf8())) << run.err.toStdString();

    // The same value from --set says --set.
    run = runCli({QStringLiteral("--set"), QStringLiteral("network.proxy=ftp://y:2"), QStringLiteral("search"),
                  QStringLiteral("--provider"), QStringLiteral("stac")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("from --set")) << run.err.toStdString();
}

TEST(CliSettings, UnknownKeyIsRefusedWithTheNearestKnownOne)
{
    auto run = runCli({QStringLiteral("--set"), QStringLiteral("stac.ulr=http://127.0.0.1:9"), QStringLiteral("providers")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("stac.ulr")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("did you mean stac.url")) << run.err.toStdString();

    run = runCli({QStringLiteral("--set"), QStringLiteral("network.proxi=none"), QStringLiteral("parse-id"), kSceneId});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("network.proxy")) << run.err.toStdString();

    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("c.json"));
    QFile f(config);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"network": {"bandwith_limit": "2M"}})");
    f.close();
    run = runCli({QStringLiteral("--config"), config, QStringLiteral("providers")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(config.toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("network.bandwidth_limit")) << run.err.toStdString();

    // Declared keys still work, including the CLI's own download.bdc_version.
    run = runCli({QStringLiteral("--set"), QStringLiteral("download.bdc_version=2"), QStringLiteral("--set"),
                  QStringLiteral("network.bandwidth_limit=2M"), QStringLiteral("providers")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST(CliSettings, EmptyUrlIsAnErrorNotThePublicEndpoint)
{
    const auto run = runCli({QStringLiteral("--set"), QStringLiteral("stac.url="), QStringLiteral("search"),
                             QStringLiteral("--provider"), QStringLiteral("stac"), QStringLiteral("--collection"),
                             QStringLiteral("sentinel-2-l2a")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("stac.url")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("empty")) << run.err.toStdString();
}

TEST(CliSettings, JsonArrayConfigIsNamedAndExplained)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("array.json"));
    QFile f(config);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"([{"stac.url": "http://127.0.0.1:9"}])");
    f.close();
    const auto run = runCli({QStringLiteral("--config"), config, QStringLiteral("providers")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(config.toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("must be")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("no error occurred")) << run.err.toStdString();
}

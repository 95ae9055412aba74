// Without a keychain (no Secret Service on the session bus) the account commands say so.
#include "tests/cli/CliRunner.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using eoc::test::runCli;

TEST(CliKeychain, AccountListWithoutKeychainSaysSoAndFails)
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    const auto run = runCli({QStringLiteral("account"), QStringLiteral("list")}, env);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("keychain is unavailable")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("No accounts")) << run.err.toStdString();
}

#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using eoc::test::runCli;

TEST(CliGlobalOptions, VersionAndHelpExitZero)
{
    auto run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith("eo-collector-cli " EOC_VERSION_STRING));

    run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char *command : {"providers", "parse-id", "layout", "search", "download", "queue", "account"})
        EXPECT_TRUE(run.out.contains(command)) << command;
}

TEST(CliGlobalOptions, NoOrUnknownCommandIsBadInput)
{
    auto run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("no command"));

    run = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("frobnicate"));
}

TEST(CliGlobalOptions, UnknownOptionIsBadInput)
{
    const auto run = runCli({QStringLiteral("providers"), QStringLiteral("--no-such-option")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("no-such-option"));
}

TEST(CliGlobalOptions, MalformedSetIsBadInput)
{
    const auto run = runCli({QStringLiteral("--set"), QStringLiteral("novalue"), QStringLiteral("providers")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("KEY=VALUE"));
    EXPECT_TRUE(run.err.contains("novalue"));
}

TEST(CliGlobalOptions, UnreadableOrInvalidConfigIsBadInput)
{
    auto run = runCli({QStringLiteral("--config"), QStringLiteral("/nonexistent/eoc.json"), QStringLiteral("providers")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("/nonexistent/eoc.json"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[1, 2");
    f.close();
    run = runCli({QStringLiteral("--config"), path, QStringLiteral("providers")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("not a JSON object"));
}

TEST(CliGlobalOptions, ProvidersJsonIsValidJsonArray)
{
    const auto run = runCli({QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(run.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    ASSERT_TRUE(doc.isArray());
    const auto providers = doc.array();
    for (const auto &p : providers) {
        const auto o = p.toObject();
        EXPECT_FALSE(o.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_TRUE(o.value(QStringLiteral("collections")).isArray());
        EXPECT_TRUE(o.value(QStringLiteral("settings")).isArray());
        EXPECT_TRUE(o.value(QStringLiteral("capabilities")).isObject());
    }
}

TEST(CliGlobalOptions, SetOverridesAreVisibleInProvidersJson)
{
    // Every provider's endpoint is a setting; an override for one run shows in its "value".
    auto run = runCli({QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const auto providers = QJsonDocument::fromJson(run.out).array();
    QString key;
    for (const auto &p : providers) {
        const auto settings = p.toObject().value(QStringLiteral("settings")).toArray();
        if (!settings.isEmpty()) {
            key = settings.first().toObject().value(QStringLiteral("key")).toString();
            break;
        }
    }
    if (key.isEmpty())
        GTEST_SKIP() << "no provider plug-in with settings is built";
    run = runCli({QStringLiteral("--set"), key + QStringLiteral("=http://127.0.0.1:9/x"),
                  QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    bool seen = false;
    const auto again = QJsonDocument::fromJson(run.out).array();
    for (const auto &p : again) {
        const auto settings = p.toObject().value(QStringLiteral("settings")).toArray();
        for (const auto &s : settings) {
            const auto o = s.toObject();
            if (o.value(QStringLiteral("key")).toString() == key) {
                EXPECT_EQ(o.value(QStringLiteral("value")).toString(), QStringLiteral("http://127.0.0.1:9/x"));
                seen = true;
            }
        }
    }
    EXPECT_TRUE(seen);
}

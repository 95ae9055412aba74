#include "core/settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}
} // namespace

TEST(Settings, OverridesBeatUserValuesWhichBeatDefaults)
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    s.registerDefault(QStringLiteral("dataspace.odata_url"), QStringLiteral("https://default"));
    EXPECT_EQ(s.value(QStringLiteral("dataspace.odata_url")), QStringLiteral("https://default"));
    ASSERT_TRUE(s.setValue(QStringLiteral("dataspace.odata_url"), QStringLiteral("https://user")));
    EXPECT_EQ(s.value(QStringLiteral("dataspace.odata_url")), QStringLiteral("https://user"));
    s.setOverride(QStringLiteral("dataspace.odata_url"), QStringLiteral("https://run"));
    EXPECT_EQ(s.value(QStringLiteral("dataspace.odata_url")), QStringLiteral("https://run"));

    // The user's value was persisted; the override was not.
    Settings reopened(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reopened.value(QStringLiteral("dataspace.odata_url")), QStringLiteral("https://user"));
}

TEST(Settings, SecretsAreRefusedAndNeverWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    Settings s(path);
    auto status = s.setValue(QStringLiteral("dataspace.password"), QStringLiteral("hunter2"));
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("keychain")));
    EXPECT_FALSE(s.setValue(QStringLiteral("earthdata.token"), QStringLiteral("abc")));
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(f.readAll().contains("hunter2"));
    }
}

TEST(Settings, AssignmentNeedsKeyAndEquals)
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_TRUE(s.applyAssignment(QStringLiteral("stac.url=http://x/?a=b")));
    EXPECT_EQ(s.value(QStringLiteral("stac.url")), QStringLiteral("http://x/?a=b"));
    auto bad = s.applyAssignment(QStringLiteral("=value"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().errorClass, ErrorClass::BadInput);
    EXPECT_FALSE(s.applyAssignment(QStringLiteral("novalue")));
}

TEST(Settings, ConfigFileFlatAndNested)
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = writeFile(dir, QStringLiteral("c.json"),
                                   R"({"stac.url": "http://a", "usgs": {"page_size": 50}})");
    ASSERT_TRUE(s.applyConfigFile(path));
    EXPECT_EQ(s.value(QStringLiteral("stac.url")), QStringLiteral("http://a"));
    EXPECT_EQ(s.value(QStringLiteral("usgs.page_size")), QStringLiteral("50"));

    const QString broken = writeFile(dir, QStringLiteral("b.json"), "{\"a\": ");
    auto status = s.applyConfigFile(broken);
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(broken));
}

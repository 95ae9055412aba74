#include "core/settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

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

TEST(Settings, MalformedFileIsIgnoredNamedAndNeverOverwritten)
{
    QTemporaryDir dir;
    const QByteArray garbage = "[General]\nstac.url=http://kept\nthis line is garbage\n";
    const QString path = writeFile(dir, QStringLiteral("settings.ini"), garbage);
    Settings s(path);
    EXPECT_TRUE(s.fileProblem().contains(path)) << s.fileProblem().toStdString();
    EXPECT_TRUE(s.fileProblem().contains(QStringLiteral("line 3"))) << s.fileProblem().toStdString();
    EXPECT_TRUE(s.value(QStringLiteral("stac.url")).isNull());

    const auto status = s.setValue(QStringLiteral("stac.preset"), QStringLiteral("bdc"));
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(path));
    s.remove(QStringLiteral("stac.url"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage);

    const QString fine = writeFile(dir, QStringLiteral("fine.ini"), "; comment\n[General]\nstac.url=http://kept\n\n");
    EXPECT_TRUE(Settings(fine).fileProblem().isEmpty());
}

TEST(Settings, FileIsWrittenForItsOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    Settings s(path);
    ASSERT_TRUE(s.setValue(QStringLiteral("stac.preset"), QStringLiteral("bdc")));
    auto mode = [&path] {
        struct stat st {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 07777u;
    };
    EXPECT_EQ(mode(), 0600u);
    ASSERT_TRUE(s.setValue(QStringLiteral("stac.preset"), QStringLiteral("cdse")));
    EXPECT_EQ(mode(), 0600u);
}

TEST(Settings, UnknownOverrideSuggestsTheNearestKeyAndNamesItsOrigin)
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    s.registerDefault(QStringLiteral("stac.url"), QStringLiteral("https://earth-search.aws.element84.com/v1"));
    s.registerDefault(QStringLiteral("stac.preset"), QString());
    ASSERT_TRUE(s.applyAssignment(QStringLiteral("stac.preset=bdc")));
    EXPECT_TRUE(s.checkOverrides());

    ASSERT_TRUE(s.applyAssignment(QStringLiteral("stac.ulr=http://x")));
    auto status = s.checkOverrides();
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("'stac.ulr'")));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("did you mean stac.url")));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("--set")));

    Settings fromConfig(dir.filePath(QStringLiteral("other.ini")));
    fromConfig.registerDefault(QStringLiteral("stac.url"), QStringLiteral("https://x"));
    const QString config = writeFile(dir, QStringLiteral("c.json"), R"({"completely.different": 1})");
    ASSERT_TRUE(fromConfig.applyConfigFile(config));
    status = fromConfig.checkOverrides();
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(config));
    EXPECT_EQ(fromConfig.origin(QStringLiteral("completely.different")), QStringLiteral("--config ") + config);
}

TEST(Settings, EmptyUrlOverrideIsAnErrorNotTheDefault)
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    s.registerDefault(QStringLiteral("stac.url"), QStringLiteral("https://earth-search.aws.element84.com/v1"));
    s.registerDefault(QStringLiteral("stac.preset"), QString());
    ASSERT_TRUE(s.applyAssignment(QStringLiteral("stac.preset=")));
    EXPECT_TRUE(s.checkOverrides()) << "an empty value of a non-URL setting is allowed";
    ASSERT_TRUE(s.applyAssignment(QStringLiteral("stac.url= ")));
    const auto status = s.checkOverrides();
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("stac.url")));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("empty")));
}

TEST(Settings, ConfigFileThatIsNotAnObjectSaysSo)
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = writeFile(dir, QStringLiteral("array.json"), R"([{"stac.url": "http://a"}])");
    const auto status = s.applyConfigFile(path);
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(path));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("JSON object")));
    EXPECT_FALSE(status.error().message.contains(QStringLiteral("no error occurred")));
}

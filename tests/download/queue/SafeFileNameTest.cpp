#include "core/download/queue/SafeFileName.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace eoc;

TEST(SafeFileName, HostileNamesBecomeHarmless)
{
    const struct {
        const char *input;
        const char *expected;
    } cases[] = {
        {"S2A_MSIL2A.zip", "S2A_MSIL2A.zip"},
        {"../../etc/passwd", "passwd"},
        {"..\\..\\Windows\\system.ini", "system.ini"},
        {"/etc/shadow", "shadow"},
        {"C:\\boot.ini", "boot.ini"},
        {"C:evil.exe", "C_evil.exe"},
        {"..", "download"},
        {".", "download"},
        {"", "download"},
        {"   ", "download"},
        {".bashrc", "bashrc"},
        {"...hidden", "hidden"},
        {"name. . .", "name"},
        {"trailing ", "trailing"},
        {"CON", "_CON"},
        {"nul.txt", "_nul.txt"},
        {"com1.tar.gz", "_com1.tar.gz"},
        {"LPT9", "_LPT9"},
        {"console.log", "console.log"},
        {"a\nb\rc\td", "abcd"},
        {"bell\x07.txt", "bell.txt"},
        {"what?.txt", "what_.txt"},
        {"a<b>c|d*e\".txt", "a_b_c_d_e_.txt"},
        {"dir/", "download"},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(sanitizeFileName(QString::fromUtf8(c.input)), QString::fromUtf8(c.expected)) << "input: " << c.input;
    }
}

TEST(SafeFileName, BidiOverrideIsRemoved)
{
    // "invoice<RLO>gpj.exe" would display as "invoiceexe.jpg".
    EXPECT_EQ(sanitizeFileName(QStringLiteral("invoice\u202Egpj.exe")), QStringLiteral("invoicegpj.exe"));
}

TEST(SafeFileName, LongNamesAreCutKeepingTheExtension)
{
    const QString name = QString(300, QLatin1Char('a')) + QStringLiteral(".tar.gz");
    const QString safe = sanitizeFileName(name);
    EXPECT_LE(safe.toUtf8().size(), 200);
    EXPECT_TRUE(safe.endsWith(QStringLiteral(".gz")));
    const QString wide = QString(150, QChar(0x00E9)) + QStringLiteral(".zip");   // 2 bytes each in UTF-8
    EXPECT_LE(sanitizeFileName(wide).toUtf8().size(), 200);
    EXPECT_TRUE(sanitizeFileName(wide).endsWith(QStringLiteral(".zip")));
}

TEST(SafeFileName, RelativePathsStayRelativeAndInside)
{
    const struct {
        const char *input;
        const char *expected;
    } cases[] = {
        {"GRANULE/L2A/IMG_DATA/B04.jp2", "GRANULE/L2A/IMG_DATA/B04.jp2"},
        {"../../../outside.txt", "outside.txt"},
        {"/abs/path/file", "abs/path/file"},
        {"a/./b/../c", "a/b/c"},
        {"C:\\x\\y.tif", "C_/x/y.tif"},
        {"./.git/config", "git/config"},
        {"..", ""},
    };
    for (const auto &c : cases)
        EXPECT_EQ(sanitizeRelativePath(QString::fromUtf8(c.input)), QString::fromUtf8(c.expected)) << "input: " << c.input;

    const QString folder = QStringLiteral("/data/out");
    const char *hostile[] = {"../x", "../../..", "/etc/passwd", "a/../../b", "..\\..\\c", "CON/../..", "....//....//etc"};
    for (const char *h : hostile) {
        const QString rel = sanitizeRelativePath(QString::fromUtf8(h));
        if (rel.isEmpty())
            continue;
        EXPECT_TRUE(isInsideFolder(QDir::cleanPath(folder + QLatin1Char('/') + rel), folder)) << h;
    }
}

TEST(SafeFileName, InsideFolder)
{
    EXPECT_TRUE(isInsideFolder(QStringLiteral("/a/b/c"), QStringLiteral("/a/b")));
    EXPECT_FALSE(isInsideFolder(QStringLiteral("/a/bc"), QStringLiteral("/a/b")));
    EXPECT_FALSE(isInsideFolder(QStringLiteral("/a/b/../c"), QStringLiteral("/a/b")));
    EXPECT_FALSE(isInsideFolder(QStringLiteral("/a/b"), QStringLiteral("/a/b")));
}

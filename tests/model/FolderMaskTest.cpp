#include "core/model/FolderMask.h"

#include <gtest/gtest.h>

using namespace eoc;

namespace {

FolderMask mask(const QString &text)
{
    auto parsed = FolderMask::parse(text);
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? std::string() : parsed.error().message.toStdString());
    return parsed.ok() ? parsed.value() : FolderMask();
}

} // namespace

TEST(FolderMask, SplitsIntoLevels)
{
    const FolderMask m = mask(QStringLiteral("/%Y/%JJJ/MOD_*.hdf"));
    EXPECT_EQ(m.levelCount(), 3);
    EXPECT_TRUE(m.matches(0, QStringLiteral("2021")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("21")));
    EXPECT_TRUE(m.matches(1, QStringLiteral("032")));
    EXPECT_TRUE(m.matches(2, QStringLiteral("MOD_x.hdf")));
    EXPECT_FALSE(m.matches(3, QStringLiteral("anything")));
}

// The seed replaced %Y before %YY, leaving a literal "Y" behind, so two-digit years never matched.
TEST(FolderMask, TwoDigitYearIsNotReadAsFourDigitYear)
{
    const FolderMask m = mask(QStringLiteral("CBERS_%YY%m%d.tif"));
    EXPECT_TRUE(m.matches(0, QStringLiteral("CBERS_210315.tif")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("CBERS_20210315.tif")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("CBERS_2021Y0315.tif")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("CBERS_211315.tif")));   // month 13
}

TEST(FolderMask, DayOfYearHourMinuteSecond)
{
    const FolderMask m = mask(QStringLiteral("A%Y%JJJ_%H%M%S"));
    EXPECT_TRUE(m.matches(0, QStringLiteral("A2020366_235959")));
    EXPECT_TRUE(m.matches(0, QStringLiteral("A2020001_000000")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("A2020367_000000")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("A2020000_000000")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("A2020001_006000")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("A202001_000000")));
}

TEST(FolderMask, ArchiveExtensionsMayFollowAndTheNameIsAnchored)
{
    const FolderMask m = mask(QStringLiteral("scene_%Y%m%d"));
    EXPECT_TRUE(m.matches(0, QStringLiteral("scene_20200131")));
    EXPECT_TRUE(m.matches(0, QStringLiteral("scene_20200131.tar.gz")));
    EXPECT_TRUE(m.matches(0, QStringLiteral("scene_20200131.zip")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("scene_20200131.tif")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("old_scene_20200131")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("scene_20200132")));
}

TEST(FolderMask, RegexCharactersAreLiteral)
{
    const FolderMask m = mask(QStringLiteral("a.b+(c)_%d"));
    EXPECT_TRUE(m.matches(0, QStringLiteral("a.b+(c)_09")));
    EXPECT_FALSE(m.matches(0, QStringLiteral("aXb+(c)_09")));
}

TEST(FolderMask, RefusesUnknownTokensAndEmptyOrClimbingMasks)
{
    const auto unknown = FolderMask::parse(QStringLiteral("x_%Q.tif"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("%Q")));
    EXPECT_FALSE(FolderMask::parse(QStringLiteral("/")).ok());
    EXPECT_FALSE(FolderMask::parse(QStringLiteral("../*")).ok());
}

#include "core/model/Region.h"

#include <gtest/gtest.h>

using eoc::BoundingBox;

TEST(BoundingBox, ParsesFourNumbersWithOptionalSpaces)
{
    const auto box = BoundingBox::parse(QStringLiteral(" -54.5, -12.25 ,-53,-11 "));
    ASSERT_TRUE(box.ok()) << box.error().message.toStdString();
    EXPECT_EQ(*box, (BoundingBox{-54.5, -12.25, -53.0, -11.0}));
    EXPECT_FALSE(box->crossesAntimeridian());
    EXPECT_DOUBLE_EQ(box->widthDegrees(), 1.5);
}

TEST(BoundingBox, WrongCountSaysFourNumbersExpected)
{
    const auto box = BoundingBox::parse(QStringLiteral("1,2,3"));
    ASSERT_FALSE(box.ok());
    EXPECT_EQ(box.error().errorClass, eoc::ErrorClass::BadInput);
    EXPECT_TRUE(box.error().message.contains(QStringLiteral("expected 4 numbers"))) << box.error().message.toStdString();
}

TEST(BoundingBox, NonNumberIsNamed)
{
    const auto box = BoundingBox::parse(QStringLiteral("1,two,3,4"));
    ASSERT_FALSE(box.ok());
    EXPECT_TRUE(box.error().message.contains(QStringLiteral("south 'two' is not a number")))
        << box.error().message.toStdString();
}

TEST(BoundingBox, SouthOutOfRangeIsNamed)
{
    const auto box = BoundingBox::parse(QStringLiteral("0,95,10,96"));
    ASSERT_FALSE(box.ok());
    EXPECT_TRUE(box.error().message.contains(QStringLiteral("south 95 is outside -90..90")))
        << box.error().message.toStdString();
}

TEST(BoundingBox, LongitudeOutOfRangeIsNamed)
{
    const auto box = BoundingBox::make(-10, 0, 181, 1);
    ASSERT_FALSE(box.ok());
    EXPECT_TRUE(box.error().message.contains(QStringLiteral("east 181 is outside -180..180")))
        << box.error().message.toStdString();
}

TEST(BoundingBox, SouthGreaterThanNorthIsRefused)
{
    const auto box = BoundingBox::parse(QStringLiteral("0,10,1,5"));
    ASSERT_FALSE(box.ok());
    EXPECT_TRUE(box.error().message.contains(QStringLiteral("south greater than north")))
        << box.error().message.toStdString();
}

TEST(BoundingBox, WestGreaterThanEastCrossesTheAntimeridian)
{
    const auto box = BoundingBox::parse(QStringLiteral("170,-20,-170,-10"));
    ASSERT_TRUE(box.ok());
    EXPECT_TRUE(box->crossesAntimeridian());
    EXPECT_DOUBLE_EQ(box->widthDegrees(), 20.0);
    const auto parts = box->splitAtAntimeridian();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0), (BoundingBox{170, -20, 180, -10}));
    EXPECT_EQ(parts.at(1), (BoundingBox{-180, -20, -170, -10}));
}

TEST(BoundingBox, OrdinaryBoxSplitsIntoItself)
{
    const BoundingBox box{-10, -5, 10, 5};
    EXPECT_EQ(box.splitAtAntimeridian(), QList<BoundingBox>{box});
}

// Core's messages follow the program's language: the catalogue both programs install
// (core/platform/Translations.h) translates the errors and queue texts built in core.
#include "core/download/queue/QueueText.h"
#include "core/model/Region.h"
#include "core/model/SearchQuery.h"
#include "core/model/region/PointBuffer.h"
#include "core/platform/Translations.h"

#include <gtest/gtest.h>

namespace {

std::string text(const QString &s) { return s.toStdString(); }

} // namespace

TEST(CoreLanguage, BadBoundingBoxIsReportedInBrazilianPortuguese)
{
    const eoc::Translations portuguese(QStringLiteral("pt_BR"));
    ASSERT_TRUE(portuguese.hasOwnTranslation());

    const auto tooFew = eoc::BoundingBox::parse(QStringLiteral("1,2,3"));
    ASSERT_FALSE(tooFew.ok());
    EXPECT_EQ(tooFew.error().message,
              QStringLiteral("retângulo: esperados 4 números O,S,L,N separados por vírgulas; recebido '1,2,3'"));

    const auto notANumber = eoc::BoundingBox::parse(QStringLiteral("1,two,3,4"));
    ASSERT_FALSE(notANumber.ok());
    EXPECT_TRUE(notANumber.error().message.contains(QStringLiteral("sul 'two' não é um número")))
        << text(notANumber.error().message);

    const auto outside = eoc::BoundingBox::make(200, 0, 10, 10);
    ASSERT_FALSE(outside.ok());
    EXPECT_TRUE(outside.error().message.contains(QStringLiteral("oeste 200 está fora de -180..180")))
        << text(outside.error().message);
}

TEST(CoreLanguage, CircleAndQueueTextsAreTranslated)
{
    const eoc::Translations portuguese(QStringLiteral("pt_BR"));
    const auto circle = eoc::pointBufferRegion(eoc::GeoPoint{10, 10}, -1);
    ASSERT_FALSE(circle.ok());
    EXPECT_TRUE(circle.error().message.startsWith(QStringLiteral("O raio deve ser maior que 0")))
        << text(circle.error().message);
    EXPECT_EQ(eoc::errorClassLabel(eoc::ErrorClass::Auth), QStringLiteral("Problema de login"));
}

TEST(CoreLanguage, RegionAndQueryErrorsAreTranslated)
{
    const eoc::Translations portuguese(QStringLiteral("pt_BR"));
    const auto region = eoc::Region::parse(QStringLiteral("nowhere"));
    ASSERT_FALSE(region.ok());
    EXPECT_TRUE(region.error().message.startsWith(QStringLiteral("'nowhere' não é uma região")))
        << text(region.error().message);

    eoc::SearchQuery query;
    const auto status = query.validate();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, QStringLiteral("Nenhuma coleção informada"));
}

TEST(CoreLanguage, EnglishStaysTheSourceText)
{
    const eoc::Translations english(QStringLiteral("en"));
    const auto tooFew = eoc::BoundingBox::parse(QStringLiteral("1,2,3"));
    ASSERT_FALSE(tooFew.ok());
    EXPECT_EQ(tooFew.error().message,
              QStringLiteral("bounding box: expected 4 numbers W,S,E,N separated by commas, got '1,2,3'"));
    EXPECT_EQ(eoc::errorClassLabel(eoc::ErrorClass::Auth), QStringLiteral("Sign-in problem"));
}

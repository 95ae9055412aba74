// The offline place index: the embedded Natural Earth data, matching as people type, ranking,
// narrowing by country or state, areas, and the one-place choice the command line makes.
#include "core/places/PlaceIndex.h"

#include <gtest/gtest.h>

using namespace eoc;

namespace {

const PlaceIndex &places()
{
    return PlaceIndex::embedded();
}

} // namespace

TEST(PlaceIndex, TheEmbeddedIndexHoldsNaturalEarthsPlacesAndStates)
{
    EXPECT_EQ(places().size(), 7343 + 4630);
}

TEST(PlaceIndex, MatchingIgnoresCaseAndAccents)
{
    const QList<Place> found = places().search(QStringLiteral("sao paulo"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().name, QStringLiteral("São Paulo"));
    EXPECT_EQ(found.first().kind, Place::Kind::PopulatedPlace);
    EXPECT_EQ(found.first().country, QStringLiteral("Brazil"));
    EXPECT_EQ(PlaceIndex::fold(QStringLiteral("  Ribeirão-Preto ")), QStringLiteral("ribeirao preto"));
}

TEST(PlaceIndex, WholeNamesComeBeforePrefixesAndBiggerCitiesFirst)
{
    const QList<Place> found = places().search(QStringLiteral("porto"), 20);
    ASSERT_GE(found.size(), 3);
    // Porto itself (a whole-name match) before Porto Alegre and Porto Velho (prefix matches).
    EXPECT_EQ(found.first().name, QStringLiteral("Porto"));
    int alegre = -1, velho = -1;
    for (int i = 0; i < found.size(); ++i) {
        if (found.at(i).name == QLatin1String("Porto Alegre"))
            alegre = i;
        if (found.at(i).name == QLatin1String("Porto Velho"))
            velho = i;
    }
    ASSERT_GT(alegre, 0);
    ASSERT_GT(velho, 0);
    EXPECT_LT(alegre, velho) << "Porto Alegre is the bigger city";
    // A word inside the name matches too.
    bool sawWord = false;
    for (const Place &p : places().search(QStringLiteral("alegre"), 50))
        sawWord = sawWord || p.name == QLatin1String("Porto Alegre");
    EXPECT_TRUE(sawWord);
}

TEST(PlaceIndex, TheTextAfterACommaNarrowsByCountryOrState)
{
    const QList<Place> portugal = places().search(QStringLiteral("Porto, Portugal"));
    ASSERT_FALSE(portugal.isEmpty());
    for (const Place &p : portugal)
        EXPECT_EQ(p.country, QStringLiteral("Portugal"));
    const QList<Place> illinois = places().search(QStringLiteral("springfield, illinois"));
    ASSERT_EQ(illinois.size(), 1);
    EXPECT_EQ(illinois.first().admin1, QStringLiteral("Illinois"));
}

TEST(PlaceIndex, StatesHaveTheirOutlineWhereKnownElseACircle)
{
    const QList<Place> minas = places().search(QStringLiteral("Minas Gerais state"));
    ASSERT_FALSE(minas.isEmpty());
    EXPECT_EQ(minas.first().kind, Place::Kind::Admin1);
    ASSERT_TRUE(minas.first().hasBoundary());
    auto outline = minas.first().region(25);
    ASSERT_TRUE(outline.ok());
    const BoundingBox b = outline->bounds();
    EXPECT_NEAR(b.west, -51.0, 0.5);
    EXPECT_NEAR(b.north, -14.2, 0.5);

    const QList<Place> recife = places().search(QStringLiteral("Recife"));
    ASSERT_FALSE(recife.isEmpty());
    EXPECT_FALSE(recife.first().hasBoundary());
    auto circle = recife.first().region(10);
    ASSERT_TRUE(circle.ok());
    const BoundingBox c = circle->bounds();
    // 10 km is about 0.09 degrees of latitude.
    EXPECT_NEAR(c.north - c.south, 0.18, 0.01);
    EXPECT_NEAR((c.west + c.east) / 2, recife.first().point.lon, 0.01);
}

TEST(PlaceIndex, TheCommandLineTakesOnlyAClearBestPlace)
{
    // A city whose namesake is its state: the city.
    auto saoPaulo = places().best(QStringLiteral("São Paulo"));
    ASSERT_TRUE(saoPaulo.ok()) << saoPaulo.error().message.toStdString();
    EXPECT_EQ(saoPaulo->kind, Place::Kind::PopulatedPlace);
    // Several towns of one name in one country: a clear error naming them and how to choose.
    auto springfield = places().best(QStringLiteral("Springfield"));
    ASSERT_FALSE(springfield.ok());
    EXPECT_EQ(springfield.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(springfield.error().message.contains(QStringLiteral("Springfield (city, Illinois, United States of America)")))
        << springfield.error().message.toStdString();
    EXPECT_TRUE(springfield.error().message.contains(QStringLiteral("e.g. \"Springfield, ")));
    EXPECT_FALSE(places().best(QStringLiteral("Xyzzyville")).ok());
    EXPECT_TRUE(places().best(QStringLiteral("Xyzzyville")).error().message.contains(QStringLiteral("Xyzzyville")));
}

TEST(PlaceIndex, ABrokenIndexNamesItsLine)
{
    auto broken = PlaceIndex::fromTsv("P\tA\tA\tC\tS\t1\t2\t3\t\nP\tonly three\tfields\n");
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("Line 2"))) << broken.error().message.toStdString();
}

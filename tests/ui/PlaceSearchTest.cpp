// The place field of the search panel, with the keyboard only: type, pick with the arrows, Enter;
// the area goes to the region (outline or circle) and the region's summary follows.
#include "ui/search/PlaceSearchField.h"
#include "ui/search/SearchPanel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

TEST(PlaceSearch, TypingListsPlacesAndEnterSetsTheRegion)
{
    SearchPanel panel;
    panel.show();
    QSignalSpy edited(&panel, &SearchPanel::regionEdited);
    QSignalSpy described(&panel, &SearchPanel::placeDescribed);
    auto *field = panel.findChild<PlaceSearchField *>(QStringLiteral("placeSearch"));
    ASSERT_NE(field, nullptr);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("recif"));
    QAbstractItemView *popup = field->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, 5000));
    ASSERT_GE(popup->model()->rowCount(), 1);
    EXPECT_TRUE(popup->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Recife (city")))
        << popup->model()->index(0, 0).data().toString().toStdString();

    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    ASSERT_EQ(edited.count(), 1);
    const Region region = edited.first().first().value<Region>();
    ASSERT_FALSE(region.isEmpty());
    const BoundingBox b = region.bounds();
    EXPECT_NEAR((b.west + b.east) / 2, -34.9, 0.2);
    EXPECT_NEAR((b.south + b.north) / 2, -8.05, 0.2);
    ASSERT_EQ(described.count(), 1);
    EXPECT_TRUE(described.first().first().toString().contains(QStringLiteral("25 km around it")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return field->text() == QLatin1String("Recife"); }, 2000))
        << "the field shows the place's name, not the list's line: " << field->text().toStdString();
    EXPECT_EQ(panel.query().region, region) << "the search uses the place's area";
    // The region's summary follows: the circle is a polygon.
    bool sawSummary = false;
    for (QLabel *label : panel.findChildren<QLabel *>())
        sawSummary = sawSummary || label->text().startsWith(QStringLiteral("Polygon with 72 corners"));
    EXPECT_TRUE(sawSummary);
}

TEST(PlaceSearch, AStateWithAnOutlineGivesItsPolygon)
{
    SearchPanel panel;
    QSignalSpy edited(&panel, &SearchPanel::regionEdited);
    auto *field = panel.findChild<PlaceSearchField *>(QStringLiteral("placeSearch"));
    ASSERT_NE(field, nullptr);
    field->choose(QStringLiteral("Minas Gerais state"));
    ASSERT_EQ(edited.count(), 1);
    const Region region = edited.first().first().value<Region>();
    EXPECT_EQ(region.kind(), Region::Kind::Polygons);
    EXPECT_GT(region.vertexCount(), 50);
}

TEST(PlaceSearch, NoMatchIsSaidBesideTheRegionAndChangesNothing)
{
    SearchPanel panel;
    panel.show();
    QSignalSpy edited(&panel, &SearchPanel::regionEdited);
    auto *field = panel.findChild<PlaceSearchField *>(QStringLiteral("placeSearch"));
    ASSERT_NE(field, nullptr);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("Xyzzyville"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(edited.count(), 0);
    auto *problem = panel.findChild<QLabel *>(QStringLiteral("regionError"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("Xyzzyville"))) << problem->text().toStdString();
}

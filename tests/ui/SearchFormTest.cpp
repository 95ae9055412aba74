// The search form on its own: typed dates, date presets, region problems shown beside the region.
#include "ui/search/DateField.h"
#include "ui/search/SearchPanel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

// Types `text` over the whole field, as a person does after selecting it, and ends with Enter.
void typeOver(DateField *field, const QString &text)
{
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

} // namespace

TEST(SearchForm, TypedDateKeepsYearMonthAndDay)
{
    SearchPanel panel;
    panel.setDates(QDate(2025, 1, 10), QDate(2025, 2, 20));
    typeOver(panel.startField(), QStringLiteral("2023-03-05"));
    EXPECT_EQ(panel.query().start, QDate(2023, 3, 5));
    typeOver(panel.endField(), QStringLiteral("2024-11-30"));
    EXPECT_EQ(panel.query().end, QDate(2024, 11, 30));
    EXPECT_TRUE(panel.checkForm().ok());
}

TEST(SearchForm, TextThatIsNoDateIsSaidBesideTheFieldAndTheLastDateKept)
{
    SearchPanel panel;
    panel.setDates(QDate(2025, 1, 10), QDate(2025, 2, 20));
    typeOver(panel.startField(), QStringLiteral("2025-13-40"));
    EXPECT_EQ(panel.query().start, QDate(2025, 1, 10));
    EXPECT_TRUE(panel.startField()->problem().contains(QStringLiteral("2025-13-40")));
    const Status form = panel.checkForm();
    ASSERT_FALSE(form.ok());
    EXPECT_EQ(form.error().errorClass, ErrorClass::BadInput);
    // Fixed: the message goes.
    typeOver(panel.startField(), QStringLiteral("2025-01-12"));
    EXPECT_TRUE(panel.startField()->problem().isEmpty());
    EXPECT_TRUE(panel.checkForm().ok());
}

TEST(SearchForm, FutureDateIsLimitedToTodayAndSaidSo)
{
    SearchPanel panel;
    const QDate today = QDate::currentDate();
    typeOver(panel.endField(), today.addYears(2).toString(Qt::ISODate));
    EXPECT_EQ(panel.query().end, today);
    EXPECT_TRUE(panel.endField()->problem().contains(QStringLiteral("after today")));
    EXPECT_FALSE(panel.endField()->hasError()) << "a note, not an error: the search can run";
}

TEST(SearchForm, EndBeforeStartIsSaidBesideTheEndDateUntilFixed)
{
    SearchPanel panel;
    panel.setDates(QDate(2025, 5, 1), QDate(2025, 4, 1));
    EXPECT_TRUE(panel.endField()->problem().contains(QStringLiteral("before the start date")));
    EXPECT_FALSE(panel.checkForm().ok());
    typeOver(panel.startField(), QStringLiteral("2025-03-01"));
    EXPECT_TRUE(panel.endField()->problem().isEmpty());
    EXPECT_TRUE(panel.checkForm().ok());
}

TEST(SearchForm, DatePresetsEndToday)
{
    SearchPanel panel;
    const QDate today = QDate::currentDate();
    panel.applyDatePreset(SearchPanel::DatePreset::Last7Days);
    EXPECT_EQ(panel.query().start, today.addDays(-6));
    EXPECT_EQ(panel.query().end, today);
    panel.applyDatePreset(SearchPanel::DatePreset::Last90Days);
    EXPECT_EQ(panel.query().start, today.addDays(-89));
    panel.applyDatePreset(SearchPanel::DatePreset::ThisYear);
    EXPECT_EQ(panel.query().start, QDate(today.year(), 1, 1));
    EXPECT_EQ(panel.query().end, today);
}

TEST(SearchForm, PolygonSummaryCountsTheCornersPlaced)
{
    SearchPanel panel;
    const Ring ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};   // four corners, stored closed
    const Result<Region> region = Region::fromPolygons({Polygon{ring, {}}});
    ASSERT_TRUE(region.ok());
    panel.setRegion(*region);
    bool found = false;
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("Polygon with"))) {
            found = true;
            EXPECT_TRUE(label->text().contains(QStringLiteral("4 corners"))) << label->text().toStdString();
        }
    }
    EXPECT_TRUE(found);
}

TEST(SearchForm, DateTypedButNotConfirmedIsReadWhenTheSearchStarts)
{
    SearchPanel panel;
    panel.setDates(QDate(2025, 1, 10), QDate(2025, 2, 20));
    panel.startField()->lineEdit()->selectAll();
    QTest::keyClicks(panel.startField()->lineEdit(), QStringLiteral("2024-12-24"));   // no Enter: Ctrl+Return next
    EXPECT_TRUE(panel.checkForm().ok());
    EXPECT_EQ(panel.query().start, QDate(2024, 12, 24));
}

TEST(SearchForm, SouthAboveNorthIsSaidBesideTheRegionUntilFixed)
{
    SearchPanel panel;
    auto *south = panel.findChild<QDoubleSpinBox *>(QStringLiteral("south"));
    auto *north = panel.findChild<QDoubleSpinBox *>(QStringLiteral("north"));
    ASSERT_TRUE(south && north);
    QSignalSpy rejected(&panel, &SearchPanel::regionRejected);
    north->setValue(10);
    south->setValue(20);
    Q_EMIT south->editingFinished();
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_FALSE(panel.regionProblem().isEmpty());
    EXPECT_FALSE(panel.checkForm().ok()) << "the boxes show no region that could be searched";
    north->setValue(30);
    Q_EMIT north->editingFinished();
    EXPECT_TRUE(panel.regionProblem().isEmpty());
    EXPECT_TRUE(panel.checkForm().ok());
    EXPECT_EQ(panel.query().region, Region::fromBox({-180, 20, 180, 30}));
}

TEST(SearchForm, RegionThatCouldNotBeReadLeavesTheSearchPossible)
{
    SearchPanel panel;
    panel.showRegionError(Error(ErrorClass::BadInput, QStringLiteral("Cannot read /tmp/missing.kml")));
    EXPECT_EQ(panel.regionProblem(), QStringLiteral("Cannot read /tmp/missing.kml"));
    EXPECT_TRUE(panel.checkForm().ok()) << "the region in effect is unchanged";
}

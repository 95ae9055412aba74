// The bandwidth schedule in the Settings dialog: rules shown as rows, edited, added and removed,
// the rate in force now, bad rules refused beside the table and never written to the settings.
#include "ui/app/UiSettings.h"
#include "ui/settings/BandwidthScheduleEditor.h"
#include "ui/settings/SettingsDialog.h"

#include "core/net/NetworkSettings.h"
#include "core/settings/Settings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

const QString kSchedule = QLatin1String(network_settings::kBandwidthSchedule);

// Friday 4 December 2026, local time.
QDateTime friday(int hour) { return QDateTime(QDate(2026, 12, 4), QTime(hour, 0)); }

struct ScheduleDialog : ::testing::Test {
    QTemporaryDir dir;
    QString file;
    std::unique_ptr<Settings> settings;

    void SetUp() override
    {
        file = dir.filePath(QStringLiteral("settings.ini"));
        settings = std::make_unique<Settings>(file);
        registerUiDefaults(*settings);
        ASSERT_TRUE(settings->setValue(QLatin1String(network_settings::kBandwidthLimit), QStringLiteral("300K")).ok());
        ASSERT_TRUE(settings->setValue(kSchedule, QStringLiteral("Mon-Fri 08:00-18:00 2M")).ok());
    }
    QString stored() const { return Settings(file).value(kSchedule); }
};

void setCell(QTableWidget *table, int row, int column, const QString &text) { table->item(row, column)->setText(text); }

} // namespace

TEST_F(ScheduleDialog, RulesAreShownEditedAndSaved)
{
    SettingsDialog dialog(settings.get(), {});
    BandwidthScheduleEditor *editor = dialog.scheduleEditor();
    QTableWidget *table = editor->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Mon-Fri"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("08:00"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("18:00"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("2M"));

    // The rate in force now: the rule within its hours, the bandwidth limit outside them.
    editor->setClock([] { return friday(9); });
    EXPECT_TRUE(editor->nowLabel()->text().contains(QLatin1String("rule 1"))) << editor->nowLabel()->text().toStdString();
    editor->setClock([] { return friday(19); });
    EXPECT_TRUE(editor->nowLabel()->text().contains(QLatin1String("bandwidth limit"))) << editor->nowLabel()->text().toStdString();
    EXPECT_TRUE(editor->nowLabel()->text().contains(QLatin1String("300"))) << editor->nowLabel()->text().toStdString();
    dialog.bandwidthBox()->setValue(0);
    EXPECT_TRUE(editor->nowLabel()->text().contains(QLatin1String("unlimited"))) << editor->nowLabel()->text().toStdString();

    editor->addRule();
    ASSERT_EQ(table->rowCount(), 2);
    setCell(table, 1, 0, QStringLiteral("Sat,Sun"));
    setCell(table, 1, 1, QStringLiteral("00:00"));
    setCell(table, 1, 2, QStringLiteral("24:00"));
    setCell(table, 1, 3, QStringLiteral("0"));
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(stored(), QStringLiteral("Mon-Fri 08:00-18:00 2M; Sat,Sun 00:00-24:00 0"));
}

TEST_F(ScheduleDialog, AnUnchangedScheduleKeepsItsSpellingAndAnEmptiedOneIsSavedEmpty)
{
    ASSERT_TRUE(settings->setValue(kSchedule, QStringLiteral("sat-sun 00:00-24:00 0")).ok());
    {
        SettingsDialog dialog(settings.get(), {});
        dialog.accept();
        EXPECT_EQ(stored(), QStringLiteral("sat-sun 00:00-24:00 0"));
    }
    SettingsDialog dialog(settings.get(), {});
    dialog.scheduleEditor()->table()->selectRow(0);
    dialog.scheduleEditor()->removeSelectedRules();
    EXPECT_EQ(dialog.scheduleEditor()->table()->rowCount(), 0);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QString emptied = stored();
    EXPECT_TRUE(emptied.isEmpty());
    EXPECT_FALSE(emptied.isNull());                  // read back as "no rules", not as "not set"
}

TEST_F(ScheduleDialog, ABadRuleIsSaidBesideTheTableAndNeverSaved)
{
    SettingsDialog dialog(settings.get(), {});
    BandwidthScheduleEditor *editor = dialog.scheduleEditor();
    setCell(editor->table(), 0, 2, QStringLiteral("07:00"));
    EXPECT_FALSE(editor->problemLabel()->isHidden());
    EXPECT_TRUE(editor->problem().contains(QLatin1String("Rule 1"))) << editor->problem().toStdString();
    EXPECT_TRUE(editor->problem().contains(QLatin1String("ends before it starts"))) << editor->problem().toStdString();
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(stored(), QStringLiteral("Mon-Fri 08:00-18:00 2M"));

    setCell(editor->table(), 0, 3, QStringLiteral("fast"));
    setCell(editor->table(), 0, 2, QStringLiteral("18:00"));
    EXPECT_TRUE(editor->problem().contains(QLatin1String("\"fast\""))) << editor->problem().toStdString();
    setCell(editor->table(), 0, 3, QStringLiteral("1M"));
    EXPECT_TRUE(editor->problem().isEmpty());
    EXPECT_TRUE(editor->problemLabel()->isHidden());
    EXPECT_TRUE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    EXPECT_EQ(stored(), QStringLiteral("Mon-Fri 08:00-18:00 1M"));
}

#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/app/UiSettings.h"
#include "ui/settings/QueueSettingsPage.h"
#include "ui/settings/SettingsDialog.h"

#include "core/download/queue/QueueSettings.h"

#include "core/net/NetworkAccess.h"
#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

// A settings file of the test's own, with the desktop program's defaults, and one provider.
struct SettingsDialogTest : ::testing::Test {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    NetworkAccess network;
    test::ReplayStacProvider provider{&network, QUrl(QStringLiteral("http://127.0.0.1:9/v1/search")), 1};

    void SetUp() override { registerUiDefaults(settings); }
};

} // namespace

TEST_F(SettingsDialogTest, EveryProviderSettingIsListedAndEditsAreSaved)
{
    settings.registerDefault(QStringLiteral("replay.search_url"), QStringLiteral("http://127.0.0.1:9/v1/search"));

    SettingsDialog dialog(&settings, {&provider});
    QTableWidget *table = dialog.endpointTable();
    ASSERT_EQ(table->rowCount(), int(provider.settingSpecs().size()));
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("replay.search_url"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("http://127.0.0.1:9/v1/search"));

    table->item(0, 1)->setText(QStringLiteral("https://mirror.example.org/v1/search"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings.value(QStringLiteral("replay.search_url")), QStringLiteral("https://mirror.example.org/v1/search"));
    // Saved in the user's file: a fresh Settings on the same file sees it.
    Settings reread(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.value(QStringLiteral("replay.search_url")), QStringLiteral("https://mirror.example.org/v1/search"));
    // Untouched values were not copied into the file.
    EXPECT_TRUE(reread.value(QStringLiteral("map.tile_url")).isNull());
}

TEST_F(SettingsDialogTest, BrazilDataCubeLayoutIsOfferedAndSavedWithItsVersion)
{

    SettingsDialog dialog(&settings, {&provider});
    QComboBox *layouts = dialog.layoutCombo();
    EXPECT_EQ(layouts->currentData().toString(), QStringLiteral("flat"));
    QStringList offered;
    for (int i = 0; i < layouts->count(); ++i)
        offered << layouts->itemData(i).toString();
    EXPECT_EQ(offered, (QStringList{QStringLiteral("flat"), QStringLiteral("scene-folder"), QStringLiteral("bdc")}));
    const int bdc = layouts->findData(QStringLiteral("bdc"));
    EXPECT_EQ(layouts->itemText(bdc), QStringLiteral("Brazil Data Cube collection folders"));
    // The version only matters for the BDC layout.
    EXPECT_FALSE(dialog.bdcVersionEdit()->isEnabled());
    EXPECT_EQ(dialog.bdcVersionEdit()->text(), QStringLiteral("1"));
    layouts->setCurrentIndex(bdc);
    EXPECT_TRUE(dialog.bdcVersionEdit()->isEnabled());
    dialog.bdcVersionEdit()->setText(QStringLiteral("2.0"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    Settings reread(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.value(QLatin1String(ui_settings::kLayout)), QStringLiteral("bdc"));
    EXPECT_EQ(reread.value(QLatin1String(ui_settings::kBdcVersion)), QStringLiteral("2.0"));
    // Opened again, the dialog shows what was saved.
    SettingsDialog again(&settings, {&provider});
    EXPECT_EQ(again.layoutCombo()->currentData().toString(), QStringLiteral("bdc"));
    EXPECT_EQ(again.bdcVersionEdit()->text(), QStringLiteral("2.0"));
}

TEST(UiSettings, OpenStreetMapTilesGetTheirAttribution)
{
    EXPECT_EQ(tileAttribution(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")),
              QStringLiteral("© OpenStreetMap contributors"));
    EXPECT_EQ(tileAttribution(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png")),
              QStringLiteral("Tiles: tiles.example.org"));
}

TEST_F(SettingsDialogTest, InvalidUrlIsSaidBesideTheFieldAndOkRefused)
{
    settings.registerDefault(QStringLiteral("replay.search_url"), QStringLiteral("http://127.0.0.1:9/v1/search"));

    SettingsDialog dialog(&settings, {&provider});
    EXPECT_TRUE(dialog.canAccept()) << dialog.problems().toStdString();
    QTableWidget *table = dialog.endpointTable();
    table->item(0, 1)->setText(QStringLiteral("htp//bad url"));
    EXPECT_FALSE(dialog.canAccept());
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("replay.search_url"))) << dialog.problems().toStdString();
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("htp//bad url")));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    EXPECT_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings.value(QStringLiteral("replay.search_url")), QStringLiteral("http://127.0.0.1:9/v1/search"));

    // The proxy and the tile server are checked the same way.
    table->item(0, 1)->setText(QStringLiteral("https://mirror.example.org/v1/search"));
    dialog.proxyEdit()->setText(QStringLiteral("htp//bad url"));
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("network.proxy"))) << dialog.problems().toStdString();
    dialog.proxyEdit()->setText(QStringLiteral("socks5://127.0.0.1:1080"));
    dialog.tileUrlEdit()->setText(QStringLiteral("htp//tiles/{z}/{x}/{y}.png"));
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("map.tile_url"))) << dialog.problems().toStdString();
    dialog.tileUrlEdit()->setText(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));

    // Fixed: the messages go and OK saves.
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().toStdString();
    EXPECT_TRUE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings.value(QStringLiteral("replay.search_url")), QStringLiteral("https://mirror.example.org/v1/search"));
}

TEST_F(SettingsDialogTest, ProviderNamesAreShownInFull)
{
    SettingsDialog dialog(&settings, {&provider});
    dialog.show();
    QTableWidget *table = dialog.connectionsTable();
    const QString title = table->item(0, 0)->text();
    EXPECT_GE(table->columnWidth(0), table->fontMetrics().horizontalAdvance(title) + 6) << title.toStdString();
}

TEST_F(SettingsDialogTest, TheSourcePolicyAndFormatChangeAreOfferedAndSaved)
{

    SettingsDialog dialog(&settings, {&provider});
    QComboBox *policy = dialog.sourcePolicyCombo();
    EXPECT_EQ(policy->currentData().toString(), QStringLiteral("order"));
    QStringList offered;
    for (int i = 0; i < policy->count(); ++i)
        offered << policy->itemData(i).toString();
    EXPECT_EQ(offered, sourcePolicyNames());
    EXPECT_FALSE(dialog.formatChangeBox()->isChecked());
    policy->setCurrentIndex(policy->findData(QStringLiteral("fastest")));
    dialog.formatChangeBox()->setChecked(true);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    Settings reread(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.value(QLatin1String(kSourcePolicySetting)), QStringLiteral("fastest"));
    EXPECT_EQ(reread.value(QLatin1String(kAllowFormatChangeSetting)), QStringLiteral("true"));
    SettingsDialog again(&settings, {&provider});
    EXPECT_EQ(again.sourcePolicyCombo()->currentData().toString(), QStringLiteral("fastest"));
    EXPECT_TRUE(again.formatChangeBox()->isChecked());
}

TEST_F(SettingsDialogTest, TheQueuePageSavesASharedQueueAndRefusesAPasswordInItsUrl)
{
    SettingsDialog dialog(&settings, {&provider});
    QueueSettingsPage *page = dialog.queuePage();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->localChoice()->isChecked()) << "this computer's journal by default";
    EXPECT_FALSE(page->urlEdit()->isEnabled());
    EXPECT_EQ(page->leaseBox()->value(), 60);

    page->sharedChoice()->setChecked(true);
    EXPECT_TRUE(page->urlEdit()->isEnabled());
    EXPECT_FALSE(dialog.canAccept()) << "a shared queue needs its database";
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("postgresql://"))) << dialog.problems().toStdString();

    page->urlEdit()->setText(QStringLiteral("postgresql://eoc:Hunter2@db.example.org/queue"));
    EXPECT_FALSE(dialog.canAccept());
    EXPECT_FALSE(page->problemLabel()->isHidden());
    EXPECT_FALSE(dialog.problems().contains(QStringLiteral("Hunter2"))) << dialog.problems().toStdString();

    EXPECT_TRUE(page->watchOnlyBox()->isEnabled());
    page->urlEdit()->setText(QStringLiteral("postgresql://eoc@db.example.org:5433/queue"));
    page->leaseBox()->setValue(30);
    page->watchOnlyBox()->setChecked(true);
    EXPECT_TRUE(dialog.canAccept()) << dialog.problems().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings.value(QLatin1String(kQueueUrlSetting)), QStringLiteral("postgresql://eoc@db.example.org:5433/queue"));
    EXPECT_EQ(settings.value(QLatin1String(kQueueLeaseSecondsSetting)), QStringLiteral("30"));
    EXPECT_EQ(settings.value(QLatin1String(kQueueWatchOnlySetting)), QStringLiteral("true"));

    // Reopened, the page shows what was saved; back to this computer empties the setting.
    SettingsDialog again(&settings, {&provider});
    EXPECT_TRUE(again.queuePage()->sharedChoice()->isChecked());
    EXPECT_EQ(again.queuePage()->urlEdit()->text(), QStringLiteral("postgresql://eoc@db.example.org:5433/queue"));
    EXPECT_TRUE(again.queuePage()->watchOnlyBox()->isChecked());
    again.queuePage()->localChoice()->setChecked(true);
    EXPECT_FALSE(again.queuePage()->watchOnlyBox()->isEnabled()) << "only a shared queue is watched";
    again.accept();
    EXPECT_EQ(again.result(), QDialog::Accepted);
    EXPECT_TRUE(settings.value(QLatin1String(kQueueUrlSetting)).isEmpty());
    EXPECT_EQ(settings.value(QLatin1String(kQueueWatchOnlySetting)), QStringLiteral("false")) << "this computer's own journal is run here";
}

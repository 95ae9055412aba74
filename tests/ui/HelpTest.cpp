// Help for new users: the getting-started guide (first start only, choices kept in the settings),
// the shortcut list read from the real actions, and What's This on the search filters.
#include "tests/support/LocalHttpServer.h"
#include "tests/support/EarthSearchReplay.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/app/UiSettings.h"
#include "ui/help/FirstRunGuide.h"
#include "ui/help/ShortcutList.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace eoc;
using namespace eoc::ui;

namespace {

// A service that needs an account, with the page where one registers.
class AccountOnlyProvider final : public Provider
{
public:
    QString name() const override { return QStringLiteral("closed"); }
    QString title() const override { return QStringLiteral("Closed Archive"); }
    QList<CollectionInfo> collections() const override { return {}; }
    ProviderCapabilities capabilities() const override
    {
        ProviderCapabilities caps;
        caps.needsCredentials = true;
        caps.registrationUrl = QStringLiteral("https://register.example.org/new");
        return caps;
    }
    QList<SettingSpec> settingSpecs() const override { return {}; }
    SearchJob *search(const SearchQuery &) override { return nullptr; }
    SearchJob *lookup(const QString &, const QString &) override { return nullptr; }
    PlanJob *resolve(const SceneResult &) override { return nullptr; }
};

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

struct HelpFixture : ::testing::Test {
    QTemporaryDir dir;
    QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    std::unique_ptr<Settings> settings;
    NetworkAccess network;

    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        settings = std::make_unique<Settings>(settingsPath);
    }
};

} // namespace

TEST_F(HelpFixture, GuideIsForTheFirstStartAndKeepsTheChosenFolder)
{
    EXPECT_TRUE(isFirstStart(*settings));
    registerUiDefaults(*settings);
    MainWindow window(AppContext{settings.get(), &network, nullptr, nullptr, nullptr});
    FirstRunGuide *guide = window.showGuide();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    // It proposes the default folder, and the user picks another one.
    EXPECT_EQ(guide->outputFolderEdit()->text(),
              QDir::toNativeSeparators(settingValue(*settings, ui_settings::kOutputFolder)));
    const QString chosen = dir.filePath(QStringLiteral("scenes"));
    guide->outputFolderEdit()->setText(chosen);
    guide->accept();
    EXPECT_FALSE(guide->isVisible());

    // Stored through the settings: a new start reads it and is no first start any more.
    Settings nextStart(settingsPath);
    EXPECT_FALSE(isFirstStart(nextStart));
    EXPECT_EQ(nextStart.value(QLatin1String(ui_settings::kOutputFolder)), chosen);
}

TEST_F(HelpFixture, GuideClosedWithoutChoicesIsNotShownAgain)
{
    registerUiDefaults(*settings);
    const QString defaultFolder = settingValue(*settings, ui_settings::kOutputFolder);
    {
        FirstRunGuide guide(settings.get(), {});
        guide.reject();
    }
    Settings nextStart(settingsPath);
    EXPECT_FALSE(isFirstStart(nextStart));
    // Nothing chosen, nothing pinned: the default still applies.
    EXPECT_TRUE(nextStart.value(QLatin1String(ui_settings::kOutputFolder)).isEmpty());
    registerUiDefaults(nextStart);
    EXPECT_EQ(settingValue(nextStart, ui_settings::kOutputFolder), defaultFolder);
}

TEST_F(HelpFixture, GuideRefusesARelativeFolderAndSaysWhy)
{
    registerUiDefaults(*settings);
    FirstRunGuide guide(settings.get(), {});
    guide.show();
    guide.outputFolderEdit()->setText(QStringLiteral("downloads"));
    guide.accept();
    EXPECT_TRUE(guide.isVisible());
    EXPECT_FALSE(guide.errorLabel()->isHidden());
    EXPECT_TRUE(guide.errorLabel()->text().contains(QStringLiteral("full path")));
    EXPECT_TRUE(isFirstStart(*settings));
}

TEST_F(HelpFixture, GuideLinksRegistrationAndOffersAServiceWithoutAccount)
{
    AccountOnlyProvider closed;
    test::ReplayStacProvider open(&network, QUrl(QStringLiteral("http://127.0.0.1:9/v1/search")), 1);
    FirstRunGuide guide(settings.get(), {&closed, &open});
    EXPECT_EQ(guide.trialProvider(), QStringLiteral("replay"));
    EXPECT_TRUE(guide.trySearchButton()->isEnabled());
    EXPECT_TRUE(guide.trySearchButton()->text().contains(open.title()));
    EXPECT_TRUE(guide.accountsButton()->isEnabled());
    bool linked = false;
    for (const QLabel *label : guide.findChildren<QLabel *>())
        linked = linked || label->text().contains(QStringLiteral("href=\"https://register.example.org/new\""));
    EXPECT_TRUE(linked);

    // Only services needing an account: nothing to try yet.
    FirstRunGuide closedOnly(settings.get(), {&closed});
    EXPECT_TRUE(closedOnly.trialProvider().isEmpty());
    EXPECT_FALSE(closedOnly.trySearchButton()->isEnabled());
}

TEST_F(HelpFixture, TrySearchRunsASearchOnTheServiceWithoutAccount)
{
    test::LocalHttpServer server;
    server.setHandler([&server](const test::RecordedRequest &) {
        return test::replayEarthSearch(server, QStringLiteral("ui/v1_search_cql2_filter_p1.json"));
    });
    ProviderRegistry registry;
    ASSERT_TRUE(registry.addFactory(QStringLiteral("replay"), QStringLiteral("Earth Search (recorded)"),
                                    new test::ReplayStacFactory(server.url(QStringLiteral("/v1/search")), 1)).ok());
    registerUiDefaults(*settings);
    MainWindow window(AppContext{settings.get(), &network, &registry, nullptr, nullptr});
    FirstRunGuide *guide = window.showGuide();
    ASSERT_NE(guide, nullptr);
    guide->trySearchButton()->click();
    EXPECT_FALSE(guide->isVisible());
    EXPECT_EQ(window.searchPanel()->providerName(), QStringLiteral("replay"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() > 0; }, 10000));
    EXPECT_EQ(server.requests().first().url().path(), QStringLiteral("/v1/search"));
}

TEST_F(HelpFixture, ShortcutListIsReadFromTheWindowsActions)
{
    MainWindow window(AppContext{settings.get(), &network, nullptr, nullptr, nullptr});
    const QList<ShortcutEntry> entries = shortcutsOf(&window);
    const auto listed = [&entries](const QAction *action) {
        for (const ShortcutEntry &entry : entries)
            if (entry.action == withoutMnemonic(action->text()) && entry.keys == action->shortcuts())
                return true;
        return false;
    };
    int withShortcut = 0;
    QAction *boxTool = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Draw &box"))
            boxTool = action;
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        ++withShortcut;
        EXPECT_TRUE(listed(action)) << withoutMnemonic(action->text()).toStdString();
    }
    EXPECT_EQ(entries.size(), withShortcut);
    EXPECT_GE(withShortcut, 8);
    ASSERT_NE(boxTool, nullptr);
    const auto box = std::find_if(entries.cbegin(), entries.cend(),
                                  [](const ShortcutEntry &e) { return e.action == QStringLiteral("Draw box"); });
    ASSERT_NE(box, entries.cend());
    EXPECT_EQ(box->group, QStringLiteral("Map"));
    EXPECT_EQ(box->keys, QList<QKeySequence>{QKeySequence(Qt::Key_B)});

    // A changed shortcut shows in the dialog: the list is not a copy made in advance.
    boxTool->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    ShortcutsDialog dialog(&window);
    bool found = false;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        found = found || (dialog.table()->item(row, 1)->text() == QStringLiteral("Draw box")
                          && dialog.table()->item(row, 2)->text()
                              == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B).toString(QKeySequence::NativeText));
    EXPECT_TRUE(found);
}

TEST(SearchFilterHelp, EveryFilterHasWhatsThis)
{
    SearchPanel panel;
    QList<QWidget *> filters{panel.findChild<QComboBox *>(QStringLiteral("provider")),
                             panel.findChild<QComboBox *>(QStringLiteral("collection"))};
    for (QDateEdit *edit : panel.findChildren<QDateEdit *>())
        filters << edit;
    for (QSlider *slider : panel.findChildren<QSlider *>())
        filters << slider;
    for (QTableWidget *table : panel.findChildren<QTableWidget *>())
        filters << table;
    for (QDoubleSpinBox *edge : panel.findChildren<QDoubleSpinBox *>())
        filters << edge;
    for (QLineEdit *edit : panel.findChildren<QLineEdit *>())
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            filters << edit;     // product type and tile; not the editors inside other widgets
    EXPECT_GE(filters.size(), 11);
    for (const QWidget *filter : filters) {
        ASSERT_NE(filter, nullptr);
        EXPECT_FALSE(filter->whatsThis().isEmpty()) << filter->metaObject()->className();
    }
}

// Search → Save search... and Saved searches...: the panel's query is stored under a name through
// SavedSearches (the file `eo-collector-cli search --saved` reads) and is run again from the list.
#include "ui/app/SavedSearchesActions.h"
#include "ui/search/SearchPanel.h"

#include "core/settings/SavedSearches.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

class TwoCollectionProvider final : public Provider
{
public:
    QString name() const override { return QStringLiteral("two"); }
    QString title() const override { return QStringLiteral("Two Collections"); }
    QList<CollectionInfo> collections() const override
    {
        return {CollectionInfo{QStringLiteral("first"), QStringLiteral("First"), {}, {}, {}},
                CollectionInfo{QStringLiteral("second"), QStringLiteral("Second"), {}, {}, {}}};
    }
    ProviderCapabilities capabilities() const override { return {}; }
    QList<SettingSpec> settingSpecs() const override { return {}; }
    SearchJob *search(const SearchQuery &) override { return nullptr; }
    SearchJob *lookup(const QString &, const QString &) override { return nullptr; }
    PlanJob *resolve(const SceneResult &) override { return nullptr; }
};

struct SavedSearchesUi : ::testing::Test {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("saved-searches.json"));
    TwoCollectionProvider provider;
    QWidget window;
    SearchPanel *panel = new SearchPanel(&window);
    QAction *searchAction = new QAction(QStringLiteral("Search"), &window);
    SavedSearchesActions *actions = new SavedSearchesActions(path, panel, searchAction, &window);

    void SetUp() override
    {
        ASSERT_TRUE(provider.capabilities().canSearch) << "the default capabilities must allow searching";
        panel->setProviders({&provider});
        panel->setCollection(QStringLiteral("second"));
        panel->setRegion(Region::fromBox({-48.1, -16.0, -47.7, -15.6}));
        panel->setDates(QDate(2024, 5, 1), QDate(2024, 5, 31));
        panel->setCloudMax(20);
    }
};

} // namespace

TEST_F(SavedSearchesUi, SaveStoresThePanelsQueryUnderTheGivenName)
{
    QStringList offered;
    actions->setNamePrompt([&offered](const QStringList &existing) {
        offered = existing;
        return QStringLiteral(" Brasília May ");
    });
    actions->saveAction()->trigger();
    EXPECT_TRUE(offered.isEmpty());

    SavedSearches stored(path);
    ASSERT_TRUE(stored.load());
    ASSERT_EQ(stored.names(), QStringList{QStringLiteral("Brasília May")});
    const Result<SearchQuery> query = stored.find(QStringLiteral("Brasília May"));
    ASSERT_TRUE(query);
    EXPECT_EQ(query->toJson(), panel->query().toJson());
    EXPECT_EQ(query->collection, QStringLiteral("second"));
    EXPECT_EQ(query->start, QDate(2024, 5, 1));

    // The next save offers the names there are; cancelling saves nothing.
    actions->setNamePrompt([&offered](const QStringList &existing) {
        offered = existing;
        return QString();
    });
    actions->saveAction()->trigger();
    EXPECT_EQ(offered, QStringList{QStringLiteral("Brasília May")});
}

TEST_F(SavedSearchesUi, RunFromTheListRestoresThePanelAndSearches)
{
    const SearchQuery saved = panel->query();
    actions->setNamePrompt([](const QStringList &) { return QStringLiteral("may"); });
    actions->saveAction()->trigger();

    panel->setCollection(QStringLiteral("first"));
    panel->setRegion(Region());
    panel->setDates(QDate(2020, 1, 1), QDate(2020, 1, 2));
    panel->setCloudMax(100);
    ASSERT_NE(panel->query().toJson(), saved.toJson());

    QSignalSpy searched(searchAction, &QAction::triggered);
    QDialog *dialog = actions->showList();
    auto *list = dialog->findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("may"));
    static_cast<SavedSearchesDialog *>(dialog)->runButton()->click();
    EXPECT_EQ(searched.size(), 1);
    EXPECT_EQ(panel->query().toJson(), saved.toJson());
}

TEST_F(SavedSearchesUi, DeleteFromTheListRemovesItFromTheFile)
{
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        actions->setNamePrompt([name](const QStringList &) { return name; });
        actions->saveAction()->trigger();
    }
    SavedSearchesDialog dialog(actions, &window);
    ASSERT_EQ(dialog.list()->count(), 2);
    dialog.list()->setCurrentRow(0);
    dialog.deleteButton()->click();
    EXPECT_EQ(dialog.list()->count(), 1);
    SavedSearches stored(path);
    ASSERT_TRUE(stored.load());
    EXPECT_EQ(stored.names(), QStringList{QStringLiteral("b")});
}

TEST_F(SavedSearchesUi, AnUnreadableFileIsReportedAndNotOverwritten)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    QSignalSpy failed(actions, &SavedSearchesActions::failed);
    actions->setNamePrompt([](const QStringList &) { return QStringLiteral("x"); });
    actions->saveAction()->trigger();
    ASSERT_GE(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().value<Error>().message.contains(path));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("not json"));
}

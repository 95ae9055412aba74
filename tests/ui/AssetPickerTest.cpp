// Search → Choose assets... with the recorded Earth Search answer (test replay provider): the
// picker lists the collection's assets, its choice changes the Size column, the selection total,
// the details and the Metalink export of the model's results, is remembered in the settings file,
// and the results of the next search of the collection start from it.
#include "tests/support/LocalHttpServer.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/mainwindow/MainWindow.h"
#include "ui/results/AssetPickerController.h"
#include "ui/results/AssetPickerDialog.h"
#include "ui/results/ResultDetailsPanel.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"

#include "core/model/export/ResultExport.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/AssetSelection.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/AssetPreferences.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

const QString kCollection = QStringLiteral("sentinel-2-c1-l2a");

struct AssetPicker : ::testing::Test {
    QTemporaryDir dir;
    test::LocalHttpServer server;
    QByteArray page = test::readTestData(QStringLiteral("ui/v1_search_cql2_filter_p1.json"));
    std::unique_ptr<Settings> settings;
    NetworkAccess network;
    ProviderRegistry registry;
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        // One page only, every link pointing back here (as in ResultsWindowTest).
        const QByteArray local = server.url(QStringLiteral("/")).toString().toUtf8();
        server.setHandler([this, local](const test::RecordedRequest &) {
            QByteArray body = page;
            body.replace("\"rel\":\"next\"", "\"rel\":\"ignored\"");
            body.replace("https://", local);
            return test::CannedResponse::json(body);
        });
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
        ASSERT_TRUE(registry.addFactory(QStringLiteral("replay"), QStringLiteral("Earth Search (recorded)"),
                                        new test::ReplayStacFactory(server.url(QStringLiteral("/v1/search")), 2, true)).ok());
        openWindow();
    }

    void openWindow()
    {
        window = std::make_unique<MainWindow>(AppContext{settings.get(), &network, &registry, nullptr});
        window->searchPanel()->setProvider(QStringLiteral("replay"));
    }

    void search()
    {
        QSignalSpy finished(window->searchController(), &SearchController::finished);
        window->searchController()->searchAction()->trigger();
        ASSERT_TRUE(finished.wait(10000));
    }

    ResultsModel *model() const { return window->resultsModel(); }

    QList<int> rowsOf(const QString &collection) const
    {
        QList<int> rows;
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->result(row).collection == collection)
                rows << row;
        return rows;
    }

    qint64 assetSize(int row, const QString &key) const
    {
        for (const SceneAsset &a : model()->result(row).assets)
            if (a.key == key)
                return a.size.value_or(-1);
        return -1;
    }

    static void check(AssetPickerDialog *dialog, const QStringList &keys)
    {
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dialog->list()->topLevelItem(i);
            item->setCheckState(0, keys.contains(item->text(0)) ? Qt::Checked : Qt::Unchecked);
        }
    }

    static QPushButton *button(AssetPickerDialog *dialog, const QString &text)
    {
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        return nullptr;
    }
};

} // namespace

TEST_F(AssetPicker, ChoiceChangesSizesSelectionDetailsAndExportAndIsRemembered)
{
    search();
    const QList<int> rows = rowsOf(kCollection);
    ASSERT_EQ(rows.size(), 3);
    const int row = rows.first();
    window->resultsView()->selectRows({row});
    const QString sizeBefore = model()->index(row, ResultsModel::Size).data().toString();
    const QString totalBefore = window->resultsView()->selectionLabel()->text();
    auto *details = window->findChild<ResultDetailsPanel *>();
    ASSERT_NE(details, nullptr);
    const QString detailsBefore = details->browser()->toHtml();

    // Search menu → Choose assets..., for the collection of the selected row.
    QAction *action = window->findChild<QAction *>(QStringLiteral("chooseAssets"));
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    AssetPickerDialog *dialog = window->assetPicker()->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->windowTitle().contains(kCollection));
    EXPECT_EQ(dialog->rememberBox()->text(), QStringLiteral("Remember for %1").arg(kCollection));
    EXPECT_TRUE(dialog->remember());
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 23);
    EXPECT_GT(dialog->checkedKeys().size(), 3) << "it starts from the default files";

    button(dialog, QStringLiteral("None"))->click();
    EXPECT_TRUE(dialog->checkedKeys().isEmpty());
    button(dialog, QStringLiteral("Data only"))->click();
    EXPECT_TRUE(dialog->checkedKeys().contains(QStringLiteral("red")));
    EXPECT_FALSE(dialog->checkedKeys().contains(QStringLiteral("thumbnail")));
    check(dialog, {QStringLiteral("red"), QStringLiteral("nir")});
    dialog->accept();
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(QStringLiteral("Assets of %1: ").arg(kCollection)))
        << window->statusBar()->currentMessage().toStdString();

    const qint64 expected = assetSize(row, QStringLiteral("red")) + assetSize(row, QStringLiteral("nir"));
    EXPECT_EQ(model()->downloadSize(row), expected);
    EXPECT_EQ(model()->index(row, ResultsModel::Size).data().toString(), ResultsModel::formatSize(expected));
    EXPECT_NE(model()->index(row, ResultsModel::Size).data().toString(), sizeBefore);
    EXPECT_EQ(window->resultsView()->selectionLabel()->text(), ResultsView::selectionSummary(*model(), {row}));
    // The status bar's total follows too (it kept the old total until the selection changed).
    auto *resultStatus = window->statusBar()->findChild<QLabel *>(QStringLiteral("resultStatus"));
    ASSERT_NE(resultStatus, nullptr);
    EXPECT_TRUE(resultStatus->text().endsWith(ResultsView::selectionSummary(*model(), {row})))
        << resultStatus->text().toStdString();
    EXPECT_NE(window->resultsView()->selectionLabel()->text(), totalBefore);
    EXPECT_NE(details->browser()->toHtml(), detailsBefore) << "the details mark the chosen files";
    // Other collections keep their files.
    EXPECT_FALSE(model()->result(rowsOf(QStringLiteral("sentinel-2-l2a")).first()).attributes.contains(QStringLiteral("selected_assets")));

    QByteArray metalink;
    QBuffer buffer(&metalink);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(exportResults({model()->result(row)}, ExportFormat::Metalink, buffer));
    EXPECT_EQ(metalink.count("<file "), 2) << metalink.toStdString();

    EXPECT_EQ(AssetPreferences(*settings).choice(QStringLiteral("replay"), kCollection),
              (QStringList{QStringLiteral("nir"), QStringLiteral("red")}));
    Settings reread(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(AssetPreferences(reread).choice(QStringLiteral("replay"), kCollection),
              (QStringList{QStringLiteral("nir"), QStringLiteral("red")}));

    // A new window and a new search of the collection start from the remembered choice.
    openWindow();
    search();
    for (int r : rowsOf(kCollection))
        EXPECT_EQ(model()->downloadSize(r), assetSize(r, QStringLiteral("red")) + assetSize(r, QStringLiteral("nir")));
}

TEST_F(AssetPicker, WithoutRememberTheChoiceLastsForThisSearchOnly)
{
    search();
    const int row = rowsOf(kCollection).first();
    const auto sizeBefore = model()->downloadSize(row);
    window->resultsView()->selectRows({row});
    AssetPickerDialog *dialog = window->assetPicker()->open();
    ASSERT_NE(dialog, nullptr);
    check(dialog, {QStringLiteral("scl")});
    dialog->rememberBox()->setChecked(false);
    dialog->accept();
    EXPECT_EQ(model()->downloadSize(row), assetSize(row, QStringLiteral("scl")));
    EXPECT_TRUE(AssetPreferences(*settings).choice(QStringLiteral("replay"), kCollection).isEmpty());

    search();
    EXPECT_EQ(model()->downloadSize(rowsOf(kCollection).first()), sizeBefore);
}

TEST_F(AssetPicker, NothingCheckedCannotBeAccepted)
{
    search();
    window->resultsView()->selectRows({rowsOf(kCollection).first()});
    AssetPickerDialog *dialog = window->assetPicker()->open();
    ASSERT_NE(dialog, nullptr);
    button(dialog, QStringLiteral("None"))->click();
    QPushButton *ok = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("OK"))
            ok = b;
    ASSERT_NE(ok, nullptr);
    EXPECT_FALSE(ok->isEnabled());
}

TEST(AssetPickerModel, RememberedChoiceASceneCannotMeetIsADownloadErrorNotEveryFile)
{
    ResultsModel model;
    model.setAssetChoiceSource([](const QString &, const QString &collection) {
        return collection == QLatin1String("s2") ? QStringList{QStringLiteral("B04")} : QStringList();
    });
    const auto scene = [](const QString &id, const QString &key) {
        SceneResult s;
        s.sceneId = id;
        s.provider = QStringLiteral("stac");
        s.collection = QStringLiteral("s2");
        SceneAsset a;
        a.key = key;
        a.href = QUrl(QStringLiteral("https://data.example/%1/%2.tif").arg(id, key));
        a.roles = {QStringLiteral("data")};
        a.size = 10;
        SceneAsset b = a;
        b.key = QStringLiteral("B08");
        b.href = QUrl(QStringLiteral("https://data.example/%1/B08.tif").arg(id));
        s.assets = {a, b};
        return s;
    };
    model.appendPage({scene(QStringLiteral("FITS"), QStringLiteral("B04")), scene(QStringLiteral("ODD"), QStringLiteral("visual"))});
    EXPECT_EQ(model.downloadSize(0), 10);
    const auto odd = chooseDownloadAssets(model.result(1));
    ASSERT_FALSE(odd);
    EXPECT_TRUE(odd.error().message.contains(QLatin1String("ODD"))) << odd.error().message.toStdString();
    EXPECT_TRUE(odd.error().message.contains(QLatin1String("visual, B08"))) << odd.error().message.toStdString();
}

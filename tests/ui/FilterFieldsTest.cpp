// The search panel's typed filters: what the provider says a collection accepts, offered by name
// and type instead of free key=value text. STAC queryables come from a local server replaying the
// recorded Planetary Computer answer (tests/data/stac/stac_planetary_computer, provenance there);
// the USGS and Earthdata fields come from the plug-ins themselves (EOC_PLUGIN_PATH).
#include "tests/support/LocalHttpServer.h"

#include "ui/mainwindow/MainWindow.h"
#include "ui/search/FilterFieldsEditor.h"
#include "ui/search/SearchPanel.h"

#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QJsonDocument>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;
using namespace eoc::test;

namespace {

// A recorded Planetary Computer body served by `server` (its links name the public host).
CannedResponse replayPlanetaryComputer(const LocalHttpServer &server, const QString &file)
{
    QByteArray body = readTestData(QStringLiteral("stac/stac_planetary_computer/") + file);
    body.replace(QByteArray("https://planetarycomputer.microsoft.com/api/stac/v1"), server.url(QString()).toEncoded());
    return CannedResponse::json(body);
}

QStringList pickerItems(const QComboBox *picker)
{
    QStringList items;
    for (int i = 0; i < picker->count(); ++i)
        items << picker->itemText(i);
    return items;
}

struct Window {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    NetworkAccess network;
    ProviderRegistry registry;
    std::unique_ptr<MainWindow> window;

    explicit Window(const QString &stacUrl = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));
        if (!stacUrl.isEmpty())
            settings.setValue(QStringLiteral("stac.url"), stacUrl);
        registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
        window = std::make_unique<MainWindow>(AppContext{&settings, &network, &registry, nullptr, nullptr});
        window->show();
    }
    SearchPanel *panel() const { return window->searchPanel(); }
};

} // namespace

TEST(FilterFields, StacQueryablesBecomeTypedInputsAndTheCommandLine)
{
    LocalHttpServer server;
    int queryablesRequests = 0;
    server.setHandler([&](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/") || path.isEmpty())
            return replayPlanetaryComputer(server, QStringLiteral("landing.json"));
        if (path == QLatin1String("/collections/landsat-c2-l2/queryables")) {
            ++queryablesRequests;
            return replayPlanetaryComputer(server, QStringLiteral("queryables_landsat_c2_l2.json"));
        }
        return CannedResponse::text("not found", 404);
    });
    Window w(server.url(QString()).toString());
    ASSERT_TRUE(w.registry.contains(QStringLiteral("stac"))) << "build eoc_provider_stac first";
    SearchPanel *panel = w.panel();
    panel->setProvider(QStringLiteral("stac"));
    auto *collection = panel->findChild<QComboBox *>(QStringLiteral("collection"));
    ASSERT_TRUE(collection->isEditable());
    collection->setEditText(QStringLiteral("landsat-c2-l2"));

    FilterFieldsEditor *editor = panel->filterFieldsEditor();
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->hasFields(); }, 10000));
    EXPECT_TRUE(editor->isVisible());
    const QStringList items = pickerItems(panel->findChild<QComboBox *>(QStringLiteral("filterFieldPicker")));
    EXPECT_TRUE(items.contains(QStringLiteral("Collection Cat. (landsat:collection_category) — one of T1, T2"))) << items.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(items.contains(QStringLiteral("Sun Elevation (view:sun_elevation) — number -90–90")));
    EXPECT_TRUE(items.contains(QStringLiteral("EPSG code (proj:epsg) — whole number")));
    // SearchQuery's own fields and arrays are not offered a second time.
    EXPECT_FALSE(items.join(QLatin1Char('|')).contains(QStringLiteral("(datetime)")));
    EXPECT_FALSE(items.join(QLatin1Char('|')).contains(QStringLiteral("(proj:shape)")));

    // An enumerated queryable is a list of its values; a number with a range a bounded spin box.
    ASSERT_TRUE(editor->addField(QStringLiteral("landsat:collection_category")));
    auto *category = qobject_cast<QComboBox *>(editor->editorFor(QStringLiteral("landsat:collection_category")));
    ASSERT_NE(category, nullptr);
    EXPECT_EQ(category->count(), 2);
    category->setCurrentText(QStringLiteral("T2"));
    ASSERT_TRUE(editor->addField(QStringLiteral("view:sun_elevation")));
    auto *elevation = qobject_cast<QDoubleSpinBox *>(editor->editorFor(QStringLiteral("view:sun_elevation")));
    ASSERT_NE(elevation, nullptr);
    EXPECT_EQ(elevation->minimum(), -90);
    EXPECT_EQ(elevation->maximum(), 90);
    elevation->setValue(45);
    auto *comparison = elevation->parentWidget()->findChild<QComboBox *>();
    ASSERT_NE(comparison, nullptr);
    comparison->setCurrentIndex(comparison->findData(QStringLiteral(">=")));

    const SearchQuery query = panel->query();
    EXPECT_EQ(query.extra.value(QStringLiteral("landsat:collection_category")).toString(), QStringLiteral("T2"));
    EXPECT_EQ(query.extra.value(QStringLiteral("view:sun_elevation")).toString(), QStringLiteral(">=45"));
    auto *commandLine = panel->findChild<QLabel *>(QStringLiteral("filterCommandLine"));
    ASSERT_NE(commandLine, nullptr);
    EXPECT_TRUE(commandLine->isVisible());
    EXPECT_EQ(editor->commandLine(), QStringLiteral("--filter landsat:collection_category=T2 --filter 'view:sun_elevation=>=45'"));
    EXPECT_TRUE(commandLine->text().contains(editor->commandLine()));

    // A collection without queryables falls back to free key=value input; coming back to the
    // first one uses the cached answer.
    collection->setEditText(QStringLiteral("no-such-collection"));
    EXPECT_FALSE(editor->hasFields());
    EXPECT_FALSE(editor->isVisible());
    auto *freeInput = panel->findChild<QTableWidget *>();
    ASSERT_NE(freeInput, nullptr);
    EXPECT_TRUE(freeInput->isVisible());
    collection->setEditText(QStringLiteral("landsat-c2-l2"));
    EXPECT_TRUE(editor->hasFields());
    EXPECT_EQ(queryablesRequests, 1);
}

TEST(FilterFields, UsgsPathRowAndModisTilesHaveRangedInputs)
{
    Window w;
    ASSERT_TRUE(w.registry.contains(QStringLiteral("usgs"))) << "build eoc_provider_usgs first";
    ASSERT_TRUE(w.registry.contains(QStringLiteral("earthdata"))) << "build eoc_provider_earthdata first";
    SearchPanel *panel = w.panel();
    FilterFieldsEditor *editor = panel->filterFieldsEditor();

    panel->setProvider(QStringLiteral("usgs"));
    panel->setCollection(QStringLiteral("landsat_ot_c2_l2"));
    ASSERT_TRUE(editor->hasFields());
    ASSERT_TRUE(editor->addField(QStringLiteral("path")));
    ASSERT_TRUE(editor->addField(QStringLiteral("row")));
    auto *path = qobject_cast<QSpinBox *>(editor->editorFor(QStringLiteral("path")));
    auto *row = qobject_cast<QSpinBox *>(editor->editorFor(QStringLiteral("row")));
    ASSERT_TRUE(path && row);
    EXPECT_EQ(path->minimum(), 1);
    EXPECT_EQ(path->maximum(), 233);
    EXPECT_EQ(row->minimum(), 1);
    EXPECT_EQ(row->maximum(), 248);
    path->setValue(220);
    row->setValue(69);
    // The same SearchQuery filters `search --filter path=220 --filter row=69` builds.
    SearchQuery query = panel->query();
    EXPECT_EQ(query.extra.value(QStringLiteral("path")).toString(), QStringLiteral("220"));
    EXPECT_EQ(query.extra.value(QStringLiteral("row")).toString(), QStringLiteral("69"));
    EXPECT_EQ(editor->commandLine(), QStringLiteral("--filter path=220 --filter row=69"));
    // Its × button takes a filter out of the search again.
    auto *removeRow = row->parentWidget()->findChild<QToolButton *>();
    ASSERT_NE(removeRow, nullptr);
    QTest::mouseClick(removeRow, Qt::LeftButton);
    EXPECT_EQ(editor->editorFor(QStringLiteral("row")), nullptr);
    EXPECT_FALSE(panel->query().extra.contains(QStringLiteral("row")));
    EXPECT_EQ(editor->commandLine(), QStringLiteral("--filter path=220"));
    QTest::qWait(0);   // the removed row is deleted once control is back in the event loop

    panel->setProvider(QStringLiteral("earthdata"));
    panel->setCollection(QStringLiteral("MOD13Q1.061"));
    ASSERT_TRUE(editor->hasFields());
    EXPECT_EQ(editor->editorFor(QStringLiteral("path")), nullptr);   // USGS's fields are gone
    // One tile part brings the other: h alone names no tile.
    ASSERT_TRUE(editor->addField(QStringLiteral("h")));
    auto *h = qobject_cast<QSpinBox *>(editor->editorFor(QStringLiteral("h")));
    auto *v = qobject_cast<QSpinBox *>(editor->editorFor(QStringLiteral("v")));
    ASSERT_TRUE(h && v);
    EXPECT_EQ(h->minimum(), 0);
    EXPECT_EQ(h->maximum(), 35);
    EXPECT_EQ(v->minimum(), 0);
    EXPECT_EQ(v->maximum(), 17);
    h->setValue(12);
    v->setValue(9);
    query = panel->query();
    EXPECT_EQ(query.tiles, QStringList{QStringLiteral("h12v09")});
    EXPECT_FALSE(query.extra.contains(QStringLiteral("h")));
    EXPECT_EQ(editor->commandLine(), QStringLiteral("--tile h12v09"));
}

TEST(FilterFields, RestoredFiltersFillTheTypedInputs)
{
    Window w;
    ASSERT_TRUE(w.registry.contains(QStringLiteral("usgs"))) << "build eoc_provider_usgs first";
    QTemporaryDir dir;
    QSettings state(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    // The last query, as the window stores it when it closes.
    SearchQuery last;
    last.provider = QStringLiteral("usgs");
    last.collection = QStringLiteral("landsat_ot_c2_l2");
    last.extra = QVariantMap{{QStringLiteral("path"), QStringLiteral("220")}, {QStringLiteral("vendor_flag"), QStringLiteral("x")}};
    state.setValue(QStringLiteral("search/query"),
                   QString::fromUtf8(QJsonDocument(last.toJson()).toJson(QJsonDocument::Compact)));
    SearchPanel *panel = w.panel();
    panel->restoreSession(state);
    auto *path = qobject_cast<QSpinBox *>(panel->filterFieldsEditor()->editorFor(QStringLiteral("path")));
    ASSERT_NE(path, nullptr);
    EXPECT_EQ(path->value(), 220);
    // A filter the provider does not list stays in the free input, given once.
    auto *freeInput = panel->findChild<QTableWidget *>();
    ASSERT_EQ(freeInput->rowCount(), 1);
    EXPECT_EQ(freeInput->item(0, 0)->text(), QStringLiteral("vendor_flag"));
    EXPECT_TRUE(freeInput->isVisible());
    const SearchQuery query = panel->query();
    EXPECT_EQ(query.extra.value(QStringLiteral("path")).toString(), QStringLiteral("220"));
    EXPECT_EQ(query.extra.value(QStringLiteral("vendor_flag")).toString(), QStringLiteral("x"));
}

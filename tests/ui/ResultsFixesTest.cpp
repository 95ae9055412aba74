// The results table and the map: what the table's filter hides, sizes, counts and names.
#include "tests/ui/MapTestHelpers.h"

#include "ui/app/Resources.h"
#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsMapBinding.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include "core/model/export/ResultExport.h"
#include "core/provider/AssetSelection.h"
#include "core/stac/StacItem.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

struct FilterFixture : ::testing::Test {
    ResultsModel model;
    ResultsView view{&model};
    MapWidget map{nullptr};
    ResultsMapBinding binding{&model, &view, &map};

    void SetUp() override
    {
        map.resize(800, 600);
        QList<SceneResult> page;
        for (int i = 0; i < 5; ++i) {
            SceneResult r;
            r.sceneId = QStringLiteral("scene-%1").arg(i);
            r.provider = QStringLiteral("stac");
            r.tile = i == 3 ? QStringLiteral("T3") : QStringLiteral("T0");
            r.start = QDateTime(QDate(2025, 3, 1 + i), QTime(10, 0), Qt::UTC);
            r.cloudCover = 10.0 * i;
            r.footprint = Region::fromBox({i * 10.0, -4.0, i * 10.0 + 8.0, 4.0});
            page.append(r);
        }
        model.appendPage(page);
        map.setCenter({20.0, 0.0}, 3.0);
    }
    QPointF centreOfScene(int i) const { return map.viewport().geoToScreen({i * 10.0 + 4.0, 0.0}); }
};

// The first Sentinel-2 C1 L2A item of the recorded Earth Search page: its assets carry file:size
// but there is no product archive, so the scene's own size is unknown.
SceneResult recordedSentinel2Item()
{
    QFile file(QStringLiteral(EOC_TEST_DATA_DIR "/ui/v1_search_cql2_filter_p1.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
    for (const auto &feature : features) {
        const QJsonObject item = feature.toObject();
        if (item.value(QStringLiteral("collection")).toString() == QLatin1String("sentinel-2-c1-l2a"))
            return stac::itemToScene(item, QStringLiteral("stac")).value();
    }
    ADD_FAILURE() << "no sentinel-2-c1-l2a item in the recording";
    return {};
}

} // namespace

TEST_F(FilterFixture, TheMapHidesFootprintsTheFilterHides)
{
    view.filterEdit()->setText(QStringLiteral("scene-3"));
    ASSERT_EQ(view.proxy()->rowCount(), 1);
    EXPECT_TRUE(map.footprints()->isShown(3));
    for (int row : {0, 1, 2, 4})
        EXPECT_FALSE(map.footprints()->isShown(row)) << row;
    // A hidden footprint is not drawn: the map looks as if it were not there.
    const QImage filtered = map.grab().toImage();
    view.filterEdit()->clear();
    const QImage unfiltered = map.grab().toImage();
    const QPoint hiddenCentre = centreOfScene(1).toPoint();
    EXPECT_NE(filtered.pixel(hiddenCentre), unfiltered.pixel(hiddenCentre));
    EXPECT_EQ(filtered.pixel(centreOfScene(3).toPoint()), unfiltered.pixel(centreOfScene(3).toPoint()));
}

TEST_F(FilterFixture, AHiddenFootprintCannotBeHoveredOrClicked)
{
    view.filterEdit()->setText(QStringLiteral("T3"));
    test::sendMouse(&map, QEvent::MouseMove, centreOfScene(1), Qt::NoButton, Qt::NoButton);
    EXPECT_EQ(map.footprints()->hoveredRow(), -1);
    EXPECT_TRUE(map.footprintToolTipAt(centreOfScene(1)).isEmpty());
    test::click(&map, centreOfScene(1));
    EXPECT_TRUE(view.selectedRows().isEmpty());
    test::click(&map, centreOfScene(3));
    EXPECT_EQ(view.selectedRows(), QList<int>({3}));
}

TEST_F(FilterFixture, FootprintsOfLaterPagesFollowTheFilter)
{
    view.filterEdit()->setText(QStringLiteral("scene-3"));
    SceneResult late;
    late.sceneId = QStringLiteral("scene-9");
    late.footprint = Region::fromBox({-40.0, -4.0, -32.0, 4.0});
    model.appendPage({late});
    EXPECT_FALSE(map.footprints()->isShown(5));
    view.filterEdit()->setText(QStringLiteral("scene-9"));
    EXPECT_TRUE(map.footprints()->isShown(5));
    EXPECT_FALSE(map.footprints()->isShown(3));
}

TEST(ResultsSize, TheSizeColumnAddsUpTheAssetsADownloadFetches)
{
    const SceneResult item = recordedSentinel2Item();
    ASSERT_FALSE(item.size.has_value());
    const auto chosen = chooseDownloadAssets(item);
    ASSERT_TRUE(chosen.ok());
    qint64 expected = 0;
    for (const SceneAsset &a : chosen.value())
        expected += a.size.value_or(0);
    ASSERT_GT(expected, 0);

    ResultsModel model;
    model.appendPage({item});
    EXPECT_EQ(model.index(0, ResultsModel::Size).data().toString(), ResultsModel::formatSize(expected));
    EXPECT_EQ(model.index(0, ResultsModel::Size).data(ResultsModel::SortRole).toLongLong(), expected);
}

TEST(ResultsSize, MetalinkListsTheFilesADownloadFetches)
{
    const SceneResult item = recordedSentinel2Item();
    const auto chosen = chooseDownloadAssets(item);
    ASSERT_TRUE(chosen.ok());
    QSet<QString> expected;
    for (const SceneAsset &a : chosen.value())
        expected.insert(a.href.toString(QUrl::FullyEncoded));

    QByteArray xml;
    QBuffer buffer(&xml);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_TRUE(exportResults({item}, ExportFormat::Metalink, buffer).ok());
    QSet<QString> listed;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("url"))
            listed.insert(reader.readElementText());
    }
    ASSERT_FALSE(reader.hasError());
    // Data and metadata files alike: the Metalink of a scene is what the download plan fetches.
    EXPECT_EQ(listed, expected);
    EXPECT_EQ(listed.size(), 20);
}

TEST(ResultsSize, TheSelectionSummaryCountsAndAddsUp)
{
    ResultsModel model;
    QList<SceneResult> page(3);
    page[0].sceneId = QStringLiteral("a");
    page[0].link = QUrl(QStringLiteral("https://example.org/a.zip"));
    page[0].size = qint64(1) << 30;
    page[1].sceneId = QStringLiteral("b");
    page[1].link = QUrl(QStringLiteral("https://example.org/b.zip"));
    page[1].size = qint64(1) << 29;
    page[2].sceneId = QStringLiteral("c");
    page[2].link = QUrl(QStringLiteral("https://example.org/c.zip"));
    model.appendPage(page);
    QTranslator english;
    ASSERT_TRUE(loadUiTranslation(english, QLocale(QLocale::English)));
    QCoreApplication::installTranslator(&english);
    EXPECT_EQ(ResultsView::selectionSummary(model, {0, 1}),
              QStringLiteral("2 selected, %1").arg(QLocale().formattedDataSize(qint64(3) << 29, 1)));
    EXPECT_EQ(ResultsView::selectionSummary(model, {2}), QStringLiteral("1 selected, size unknown"));
    EXPECT_TRUE(ResultsView::selectionSummary(model, {0, 2}).endsWith(QStringLiteral("(size of 1 unknown)")));

    ResultsView view(&model);
    view.selectRows({0, 1});
    EXPECT_EQ(view.selectionLabel()->text(), ResultsView::selectionSummary(model, {0, 1}));
    QCoreApplication::removeTranslator(&english);
}

TEST(ResultsCount, PluralsAreWordsInALanguageWithoutCatalogue)
{
    // German has no catalogue: the English one gives the plural forms.
    QTranslator translator;
    ASSERT_TRUE(loadUiTranslation(translator, QLocale(QLocale::German)));
    QCoreApplication::installTranslator(&translator);
    ResultsModel model;
    ResultsView view(&model);
    EXPECT_EQ(view.countLabel()->text(), QStringLiteral("0 results"));
    SceneResult one;
    one.sceneId = QStringLiteral("x");
    model.appendPage({one});
    EXPECT_EQ(view.countLabel()->text(), QStringLiteral("1 result"));
    QCoreApplication::removeTranslator(&translator);
}

TEST(ResultsCount, TheCountIsNeverClipped)
{
    ResultsModel model;
    QList<SceneResult> page(12345);
    for (int i = 0; i < page.size(); ++i)
        page[i].sceneId = QStringLiteral("scene-%1").arg(i);
    model.appendPage(page);
    ResultsView view(&model);
    view.resize(260, 300);
    view.show();
    view.filterEdit()->setText(QStringLiteral("scene-1"));
    QApplication::processEvents();
    QLabel *count = view.countLabel();
    EXPECT_GE(count->width(), count->fontMetrics().horizontalAdvance(count->text()));
}

TEST(ResultsProvider, TheProviderColumnShowsTheProvidersTitle)
{
    ResultsModel model;
    SceneResult r;
    r.sceneId = QStringLiteral("x");
    r.provider = QStringLiteral("stac");
    model.appendPage({r});
    model.setProviderTitles({{QStringLiteral("stac"), QStringLiteral("STAC catalogue")}});
    EXPECT_EQ(model.index(0, ResultsModel::Provider).data().toString(), QStringLiteral("STAC catalogue"));
    // The internal name still finds the row.
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setText(QStringLiteral("stac"));
    EXPECT_EQ(proxy.rowCount(), 1);
}

// Choosing the assets of a collection: applying a list of keys to scenes (what the download plan,
// the Metalink export and the sizes then use), its errors, and the remembered choice per
// collection in a real settings file.
#include "core/model/export/ResultExport.h"
#include "core/provider/AssetSelection.h"
#include "core/settings/AssetPreferences.h"
#include "core/settings/Settings.h"
#include "core/stac/StacItem.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

SceneAsset asset(const QString &key, qint64 size, const QStringList &roles = {QStringLiteral("data")})
{
    SceneAsset a;
    a.key = key;
    a.href = QUrl(QStringLiteral("https://data.example/S2/%1.tif").arg(key));
    a.roles = roles;
    a.size = size;
    return a;
}

SceneResult scene(const QString &id, const QStringList &keys)
{
    SceneResult s;
    s.sceneId = id;
    s.provider = QStringLiteral("stac");
    s.collection = QStringLiteral("sentinel-2-l2a");
    qint64 size = 100;
    for (const QString &k : keys)
        s.assets << asset(k, size++);
    s.assets << asset(QStringLiteral("thumbnail"), 5, {QStringLiteral("thumbnail")});
    return s;
}

QStringList chosenKeys(const SceneResult &s)
{
    QStringList keys;
    const auto assets = chooseDownloadAssets(s);
    if (assets)
        for (const SceneAsset &a : assets.value())
            keys << a.key;
    return keys;
}

} // namespace

TEST(AssetChoice, ChosenKeysAreWhatIsDownloadedSizedAndExported)
{
    QList<SceneResult> scenes{scene(QStringLiteral("A"), {QStringLiteral("B04"), QStringLiteral("B08"), QStringLiteral("SCL"), QStringLiteral("B02")})};
    EXPECT_EQ(chosenKeys(scenes[0]).size(), 4);
    ASSERT_TRUE(applyAssetChoice(scenes, {QStringLiteral("B04"), QStringLiteral("SCL")}));
    EXPECT_EQ(chosenKeys(scenes[0]), (QStringList{QStringLiteral("B04"), QStringLiteral("SCL")}));
    EXPECT_EQ(downloadSize(scenes[0]), 100 + 102);
    EXPECT_EQ(assetChoiceSummary(scenes), QStringLiteral("2 of 5 assets per scene: B04, SCL"));

    QByteArray metalink;
    QBuffer buffer(&metalink);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(exportResults(scenes, ExportFormat::Metalink, buffer));
    EXPECT_TRUE(metalink.contains("B04.tif"));
    EXPECT_TRUE(metalink.contains("SCL.tif"));
    EXPECT_FALSE(metalink.contains("B08.tif")) << metalink.toStdString();

    // No keys: the default files again.
    ASSERT_TRUE(applyAssetChoice(scenes, {}));
    EXPECT_FALSE(scenes[0].attributes.contains(stac::kSelectedAssets));
    EXPECT_EQ(chosenKeys(scenes[0]).size(), 4);
    EXPECT_TRUE(assetChoiceSummary(scenes).isEmpty());
}

TEST(AssetChoice, KeysMatchIgnoringCaseAndEachSceneGetsTheKeysItHas)
{
    QList<SceneResult> scenes{scene(QStringLiteral("A"), {QStringLiteral("b04"), QStringLiteral("scl")}),
                              scene(QStringLiteral("B"), {QStringLiteral("B04"), QStringLiteral("b04x")})};
    ASSERT_TRUE(applyAssetChoice(scenes, {QStringLiteral("B04"), QStringLiteral("SCL")}));
    EXPECT_EQ(chosenKeys(scenes[0]), (QStringList{QStringLiteral("b04"), QStringLiteral("scl")}));
    EXPECT_EQ(chosenKeys(scenes[1]), QStringList{QStringLiteral("B04")});
}

TEST(AssetChoice, UnknownKeyIsAnErrorListingTheValidKeysAndChangesNothing)
{
    QList<SceneResult> scenes{scene(QStringLiteral("A"), {QStringLiteral("B04"), QStringLiteral("B08")})};
    const Status applied = applyAssetChoice(scenes, {QStringLiteral("B04"), QStringLiteral("B8A")});
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(applied.error().message.contains(QLatin1String("B8A"))) << applied.error().message.toStdString();
    EXPECT_TRUE(applied.error().message.contains(QLatin1String("B04, B08, thumbnail"))) << applied.error().message.toStdString();
    EXPECT_FALSE(scenes[0].attributes.contains(stac::kSelectedAssets));
}

TEST(AssetChoice, SceneWithNoneOfTheKeysIsNamedNotDownloadedWhole)
{
    QList<SceneResult> scenes{scene(QStringLiteral("A"), {QStringLiteral("B04")}),
                              scene(QStringLiteral("S2B_ODD"), {QStringLiteral("visual")})};
    const Status applied = applyAssetChoice(scenes, {QStringLiteral("B04")});
    ASSERT_FALSE(applied);
    EXPECT_TRUE(applied.error().message.contains(QLatin1String("S2B_ODD"))) << applied.error().message.toStdString();
    EXPECT_TRUE(applied.error().message.contains(QLatin1String("visual, thumbnail"))) << applied.error().message.toStdString();
    EXPECT_FALSE(scenes[0].attributes.contains(stac::kSelectedAssets));
}

TEST(AssetPreferences, ChoiceRoundTripsThroughTheSettingsFilePerCollection)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(path);
        AssetPreferences prefs(settings);
        EXPECT_TRUE(prefs.choice(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a")).isEmpty());
        ASSERT_TRUE(prefs.remember(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a"),
                                   {QStringLiteral("B04"), QStringLiteral("B08"), QStringLiteral("SCL")}));
        ASSERT_TRUE(prefs.remember(QStringLiteral("cmr"), QStringLiteral("HLSS30.v2.0/odd=name"), {QStringLiteral("B8A")}));
        EXPECT_FALSE(prefs.remember(QStringLiteral("stac"), QString(), {QStringLiteral("B04")}));
    }
    Settings reread(path);
    AssetPreferences prefs(reread);
    EXPECT_EQ(prefs.choice(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a")),
              (QStringList{QStringLiteral("B04"), QStringLiteral("B08"), QStringLiteral("SCL")}));
    EXPECT_EQ(prefs.choice(QStringLiteral("cmr"), QStringLiteral("HLSS30.v2.0/odd=name")), QStringList{QStringLiteral("B8A")});
    EXPECT_TRUE(prefs.choice(QStringLiteral("stac"), QStringLiteral("landsat-c2-l2")).isEmpty());
    EXPECT_TRUE(prefs.choice(QStringLiteral("earthsearch"), QStringLiteral("sentinel-2-l2a")).isEmpty());
    ASSERT_TRUE(prefs.remember(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a"), {}));
    Settings third(path);
    EXPECT_TRUE(AssetPreferences(third).choice(QStringLiteral("stac"), QStringLiteral("sentinel-2-l2a")).isEmpty());
    EXPECT_EQ(AssetPreferences(third).choice(QStringLiteral("cmr"), QStringLiteral("HLSS30.v2.0/odd=name")),
              QStringList{QStringLiteral("B8A")});
}

TEST(AssetPreferences, ParseKeysTrimsAndDropsEmptiesAndRepeats)
{
    EXPECT_EQ(AssetPreferences::parseKeys(QStringLiteral(" B04, b08,,SCL ,B04")),
              (QStringList{QStringLiteral("B04"), QStringLiteral("b08"), QStringLiteral("SCL")}));
}

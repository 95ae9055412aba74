#include "core/provider/AssetSelection.h"

#include "core/stac/StacItem.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace eoc {

namespace {

Error requesterPaysError(const SceneResult &scene, const SceneAsset &asset)
{
    return Error(ErrorClass::Permanent,
                 QCoreApplication::translate("AssetSelection", "Asset '%1' of %2 is in the requester-pays S3 bucket '%3' (%4): downloading it "
                                "bills the downloader's AWS account, which EO Collector does not use. Choose other "
                                "assets, or search a catalogue that serves this collection over https "
                                "(e.g. --set stac.preset=planetary-computer).")
                     .arg(asset.key, scene.sceneId, asset.href.host(), asset.href.toString()));
}

bool isDefaultAsset(const SceneAsset &a)
{
    return a.roles.contains(QLatin1String("data")) || a.roles.contains(QLatin1String("metadata"));
}

Result<QList<SceneAsset>> selectedByKey(const SceneResult &scene, const QJsonArray &keys)
{
    QList<SceneAsset> chosen;
    for (const auto &k : keys) {
        const QString key = k.toString();
        auto it = std::find_if(scene.assets.cbegin(), scene.assets.cend(),
                               [&key](const SceneAsset &a) { return a.key == key; });
        if (it == scene.assets.cend()) {
            QStringList known;
            for (const auto &a : scene.assets)
                known << a.key;
            return Error(ErrorClass::BadInput, QCoreApplication::translate("AssetSelection", "%1 has no asset '%2'; it has: %3")
                                                   .arg(scene.sceneId, key, known.join(QStringLiteral(", "))));
        }
        if (isRequesterPaysAsset(scene, *it))
            return requesterPaysError(scene, *it);
        chosen << *it;
    }
    if (chosen.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("AssetSelection", "No assets of %1 were selected").arg(scene.sceneId));
    return chosen;
}

} // namespace

bool isRequesterPaysAsset(const SceneResult &scene, const SceneAsset &asset)
{
    if (asset.href.scheme() != QLatin1String("s3"))
        return false;
    if (scene.attributes.value(stac::kRequesterPaysAssets).toArray().contains(asset.key))
        return true;
    return scene.attributes.value(QStringLiteral("storage:requester_pays")).toBool(false)
           || stac::isKnownRequesterPaysBucket(asset.href.host());
}

bool isProductAsset(const SceneAsset &a)
{
    return a.key.compare(QLatin1String("product"), Qt::CaseInsensitive) == 0
           || a.roles.contains(QLatin1String("archive"));
}

Result<QList<SceneAsset>> chooseDownloadAssets(const SceneResult &scene)
{
    const auto selectedValue = scene.attributes.value(stac::kSelectedAssets);
    if (selectedValue.isArray())
        return selectedByKey(scene, selectedValue.toArray());

    for (const auto &a : scene.assets) {
        if (isProductAsset(a) && !isRequesterPaysAsset(scene, a))
            return QList<SceneAsset>{a};
    }
    // A main link that is not one of the assets is the product itself (a provider's archive URL).
    const bool linkIsAnAsset = std::any_of(scene.assets.cbegin(), scene.assets.cend(),
                                           [&scene](const SceneAsset &a) { return a.href == scene.link; });
    if (scene.link.isValid() && !scene.link.isEmpty() && !linkIsAnAsset) {
        SceneAsset main;
        main.key = QStringLiteral("product");
        main.href = scene.link;
        main.roles = {QStringLiteral("data")};
        main.size = scene.size;
        main.checksums = scene.checksums;
        return QList<SceneAsset>{main};
    }
    QList<SceneAsset> chosen;
    const SceneAsset *refused = nullptr;
    for (const auto &a : scene.assets) {
        if (!isDefaultAsset(a))
            continue;
        if (isRequesterPaysAsset(scene, a)) {
            refused = refused ? refused : &a;
            continue;   // Earth Search lists JP2 copies in requester-pays buckets beside free COGs
        }
        chosen << a;
    }
    const bool anyData = std::any_of(chosen.cbegin(), chosen.cend(),
                                     [](const SceneAsset &a) { return a.roles.contains(QLatin1String("data")); });
    if (!anyData && refused)
        return requesterPaysError(scene, *refused);
    if (!chosen.isEmpty())
        return chosen;
    return Error(ErrorClass::NotFound,
                 QCoreApplication::translate("AssetSelection", "%1 has no data assets to download; choose assets explicitly").arg(scene.sceneId));
}

std::optional<qint64> downloadSize(const SceneResult &scene)
{
    // Without assets the choice is the main link or nothing, sized scene.size either way; this is
    // most results of most providers, and the table sizes 100,000 of them as they arrive.
    if (scene.assets.isEmpty())
        return scene.size;
    const auto assets = chooseDownloadAssets(scene);
    if (!assets)
        return scene.size;
    std::optional<qint64> total;
    for (const SceneAsset &a : assets.value()) {
        if (a.size)
            total = total.value_or(0) + *a.size;
    }
    return total;
}

} // namespace eoc

namespace eoc {

namespace {

// The key of `scene` that `wanted` names: the exact one, else one that differs only in case.
std::optional<QString> matchingKey(const SceneResult &scene, const QString &wanted)
{
    const SceneAsset *loose = nullptr;
    for (const SceneAsset &a : scene.assets) {
        if (a.key == wanted)
            return a.key;
        if (!loose && a.key.compare(wanted, Qt::CaseInsensitive) == 0)
            loose = &a;
    }
    return loose ? std::optional<QString>(loose->key) : std::nullopt;
}

} // namespace

QStringList assetKeys(const QList<SceneResult> &scenes)
{
    QStringList keys;
    for (const SceneResult &scene : scenes) {
        for (const SceneAsset &a : scene.assets) {
            if (!keys.contains(a.key))
                keys << a.key;
        }
    }
    return keys;
}

Status applyAssetChoice(QList<SceneResult> &scenes, const QStringList &wanted)
{
    if (wanted.isEmpty()) {
        for (SceneResult &scene : scenes)
            scene.attributes.remove(stac::kSelectedAssets);
        return success();
    }
    const QStringList known = assetKeys(scenes);
    QStringList unknown;
    for (const QString &key : wanted) {
        const bool found = std::any_of(known.cbegin(), known.cend(), [&key](const QString &k) {
            return k.compare(key, Qt::CaseInsensitive) == 0;
        });
        if (!found)
            unknown << key;
    }
    if (!unknown.isEmpty()) {
        const QString valid = known.isEmpty()
                                  ? QCoreApplication::translate("AssetSelection", "the results list no assets")
                                  : QCoreApplication::translate("AssetSelection", "valid keys: %1")
                                        .arg(known.join(QStringLiteral(", ")));
        return Error(ErrorClass::BadInput, QCoreApplication::translate("AssetSelection", "No result has the asset(s) %1 (%2)")
                                               .arg(unknown.join(QStringLiteral(", ")), valid));
    }
    QList<QJsonArray> chosen;
    chosen.reserve(scenes.size());
    for (const SceneResult &scene : std::as_const(scenes)) {
        QJsonArray keys;
        for (const QString &key : wanted) {
            const auto match = matchingKey(scene, key);
            if (match && !keys.contains(*match))
                keys.append(*match);
        }
        if (keys.isEmpty()) {
            QStringList has;
            for (const SceneAsset &a : scene.assets)
                has << a.key;
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("AssetSelection", "%1 has none of the assets %2; it has: %3")
                             .arg(scene.sceneId, wanted.join(QStringLiteral(", ")),
                                  has.isEmpty() ? QCoreApplication::translate("AssetSelection", "no assets")
                                                : has.join(QStringLiteral(", "))));
        }
        chosen << keys;
    }
    for (qsizetype i = 0; i < scenes.size(); ++i)
        scenes[i].attributes.insert(stac::kSelectedAssets, chosen.at(i));
    return success();
}

QString assetChoiceSummary(const QList<SceneResult> &scenes)
{
    QStringList chosen;
    qsizetype mostChosen = 0;
    qsizetype mostAssets = 0;
    for (const SceneResult &scene : scenes) {
        const QJsonArray keys = scene.attributes.value(stac::kSelectedAssets).toArray();
        for (const auto &k : keys) {
            if (!chosen.contains(k.toString()))
                chosen << k.toString();
        }
        mostChosen = std::max(mostChosen, keys.size());
        mostAssets = std::max(mostAssets, scene.assets.size());
    }
    if (chosen.isEmpty())
        return {};
    return QCoreApplication::translate("AssetSelection", "%1 of %2 assets per scene: %3")
        .arg(mostChosen).arg(mostAssets).arg(chosen.join(QStringLiteral(", ")));
}

} // namespace eoc

#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QStringList>

#include <optional>

namespace eoc {

// The files of a scene that a download fetches. One rule for the download plan, the Metalink
// export and the sizes the desktop shows, so that what is listed, what is counted and what is
// downloaded are the same files:
//  1. attributes["selected_assets"] (keys) when present, all of them (an unknown key is an error);
//  2. else the product archive (key "product" in any case, or role "archive");
//  3. else the main link, when it is not one of the assets (a provider's archive URL), as one file;
//  4. else every asset whose roles contain "data" or "metadata", leaving out requester-pays
//     s3:// copies (they would bill an AWS account) as long as some data asset remains.
Result<QList<SceneAsset>> chooseDownloadAssets(const SceneResult &scene);

// The bytes chooseDownloadAssets' files add up to: nothing when no chosen file states its size,
// the sum of the known sizes otherwise.
std::optional<qint64> downloadSize(const SceneResult &scene);

// Whether `asset` of `scene` is in a requester-pays S3 bucket.
bool isRequesterPaysAsset(const SceneResult &scene, const SceneAsset &asset);

// The product archive of a scene: key "product" (any case) or role "archive".
bool isProductAsset(const SceneAsset &asset);

// The asset keys of `scenes`, each once, in the order they first appear.
QStringList assetKeys(const QList<SceneResult> &scenes);

// Restricts the files chooseDownloadAssets picks to the assets named in `wanted`: each scene's
// attributes["selected_assets"] becomes the keys of `wanted` it has (matched exactly, else
// ignoring case, so "B04" finds "b04"). An empty `wanted` clears the choice: the default files.
// Errors, and then no scene is changed: a key none of the scenes has (listing the keys they do
// have), or a scene that has none of the keys (naming it and its keys) - never a silent
// "download everything".
Status applyAssetChoice(QList<SceneResult> &scenes, const QStringList &wanted);

// "3 of 17 assets per scene: B04, B08, SCL" for scenes applyAssetChoice changed, or an empty
// text when none carries a choice.
QString assetChoiceSummary(const QList<SceneResult> &scenes);

} // namespace eoc

#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

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

} // namespace eoc

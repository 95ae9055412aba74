#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace eoc::stac {

// A file:checksum multihash (hex) as (algorithm, hex digest): 0x12 sha2-256 -> "sha256",
// 0x13 sha2-512 -> "sha512", 0x11 sha1 -> "sha1", 0xd5 md5 -> "md5", 0x1e blake3 -> "blake3".
// The code and the length are unsigned varints. Nothing for unknown codes or a wrong length.
std::optional<std::pair<QString, QString>> decodeMultihash(const QString &hex);

// Public S3 buckets are also served over https: s3://bucket/key ->
// https://bucket.s3.<region>.amazonaws.com/key when the region is known (storage:region of the
// asset or the item), else https://bucket.s3.amazonaws.com/key (S3 redirects to the right region).
QUrl s3ToHttps(const QUrl &s3, const QString &region);

// Buckets known to be requester-pays even when the item does not say so.
bool isKnownRequesterPaysBucket(const QString &bucket);

// Keys written into SceneResult::attributes besides the item's properties.
inline const QString kRequesterPaysAssets = QStringLiteral("stac:requester_pays_assets");
inline const QString kSelectedAssets = QStringLiteral("selected_assets");
inline const QString kItemUrl = QStringLiteral("stac:item_url");

// A STAC item as a SceneResult:
//  - sceneId: the mission's product name where the item gives it (s2:product_uri without .SAFE,
//    s1:product_identifier), otherwise the item id (Landsat item ids already are product ids;
//    CDSE item ids are product names); remoteId is always the item id;
//  - footprint from the geometry; start/end from start_datetime/end_datetime or datetime;
//  - assets with file:size and decoded file:checksum; public s3:// hrefs mapped to https;
//    requester-pays s3:// hrefs kept (and listed in attributes["stac:requester_pays_assets"]);
//  - quicklook: the thumbnail asset, else rendered_preview; link: the product archive asset
//    ("product"/"Product" or role "archive"), if any; attributes: the item's properties.
Result<SceneResult> itemToScene(const QJsonObject &item, const QString &providerName);

} // namespace eoc::stac

#pragma once

#include "core/provider/CollectionInfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace eoc::google {

// How a collection is laid out in its bucket.
enum class BucketLayout {
    Sentinel2Tiles,   // <root><zone>/<band>/<square>/<product>.SAFE/...
    LandsatPathRow,   // <root><path 3 digits>/<row 3 digits>/<product>/...
};

struct GoogleCollection {
    CollectionInfo info;
    QString bucket;
    QString root;            // "tiles/", "L2/tiles/", "LC08/01/"
    BucketLayout layout = BucketLayout::Sentinel2Tiles;
    bool frozenArchive = false;   // no new scenes are added (Landsat Collection 1)
};

inline const QString kSentinel2Bucket = QStringLiteral("gcp-public-data-sentinel-2");
inline const QString kLandsatBucket = QStringLiteral("gcp-public-data-landsat");

const QList<GoogleCollection> &googleCollections();
// By name or alias, case-insensitive.
std::optional<GoogleCollection> findGoogleCollection(const QString &name);

} // namespace eoc::google

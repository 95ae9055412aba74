// A STAC item search page (FeatureCollection) or a single item (providers/stac/StacItem), read the
// way the search job reads a page: each feature on its own, then the tile check.
#include "providers/stac/StacItem.h"
#include "providers/stac/StacSearchRequest.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject page = QJsonDocument::fromJson(eoc::fuzz::bytes(data, size)).object();
    QJsonArray features = page.value(QStringLiteral("features")).toArray();
    if (!page.contains(QStringLiteral("features")))
        features.append(page);
    const QStringList tiles{QStringLiteral("33UUP"), QStringLiteral("222068")};
    for (const auto &feature : features) {
        const auto scene = eoc::stac::itemToScene(feature.toObject(), QStringLiteral("earth-search"));
        if (scene)
            (void)eoc::stac::matchesTiles(scene->tile, tiles);
    }
    return 0;
}

// A STAC item search page (FeatureCollection) or a single item, read the way the one STAC client
// (core/stac) reads a page: the page and its next link (GET, or POST with merge), each feature on
// its own, then the tile check.
#include "core/stac/StacItem.h"
#include "core/stac/StacPage.h"
#include "core/stac/StacSearchRequest.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = eoc::fuzz::bytes(data, size);
    eoc::stac::SearchRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("https://stac.example/v1/search"));
    request.body = QJsonObject{{QStringLiteral("limit"), 10}};
    QJsonArray features;
    if (const auto page = eoc::stac::parseSearchPage(body, request)) {
        features = page->features;
        if (page->next)
            (void)eoc::stac::pageKey(*page->next);
    } else {
        // Not a page: a single item, as a lookup reads it.
        features.append(QJsonDocument::fromJson(body).object());
    }
    const QStringList tiles{QStringLiteral("33UUP"), QStringLiteral("222068")};
    for (const auto &feature : std::as_const(features)) {
        const auto scene = eoc::stac::itemToScene(feature.toObject(), QStringLiteral("earth-search"));
        if (scene)
            (void)eoc::stac::matchesTiles(scene->tile, tiles);
    }
    return 0;
}

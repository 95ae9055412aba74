#include "core/api/ApiConversions.h"

namespace eoc::api {

EOCollector::Scene toPublic(const SceneResult &result)
{
    EOCollector::Scene scene;
    scene.id = result.sceneId;
    scene.provider = result.provider;
    scene.collection = result.collection;
    scene.sources = result.sources();
    scene.start = result.start;
    scene.cloudCover = result.cloudCover;
    scene.size = result.size;
    scene.online = result.online;
    if (!result.footprint.isEmpty())
        scene.footprintWkt = result.footprint.toWkt();
    scene.json = result.toJson();
    return scene;
}

Result<SceneResult> fromPublic(const EOCollector::Scene &scene)
{
    if (scene.json.isEmpty()) {
        return Error(ErrorClass::BadInput, QStringLiteral("Scene '%1' carries no search result (Scene::json is empty): "
                                                          "download scenes as a search returned them")
                                               .arg(scene.id));
    }
    auto result = SceneResult::fromJson(scene.json);
    if (!result) {
        return Error(ErrorClass::BadInput, QStringLiteral("Scene '%1' is not a search result of this library: %2")
                                               .arg(scene.id, result.error().message));
    }
    return result;
}

EOCollector::SceneIdInfo toPublic(const SceneId &scene)
{
    EOCollector::SceneIdInfo info;
    info.id = scene.id;
    info.family = scene.family;
    info.platform = scene.platform;
    info.sensor = scene.sensor;
    info.productType = scene.productType;
    info.level = scene.level;
    info.tile = scene.tile;
    info.sensingStart = scene.sensingStart;
    info.sensingEnd = scene.sensingEnd;
    info.processingDate = scene.processingDate;
    info.relativeOrbit = scene.relativeOrbit;
    info.absoluteOrbit = scene.absoluteOrbit;
    info.collection = scene.collection;
    info.tier = scene.tier;
    info.baseline = scene.baseline;
    info.json = scene.toJson();
    return info;
}

EOCollector::LocalProductInfo toPublic(const LocalProduct &product)
{
    EOCollector::LocalProductInfo info;
    info.path = product.path;
    info.zipped = product.zipped;
    info.loose = product.loose;
    info.files = product.files;
    info.scene = toPublic(product.scene);
    info.bytes = product.bytes;
    info.bands = product.bands;
    info.assets = product.assets;
    info.problems = product.problems;
    return info;
}

void report(const Error &error, QString *out)
{
    if (out)
        *out = error.message;
}

} // namespace eoc::api

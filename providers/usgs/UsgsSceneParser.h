#pragma once

#include "core/model/SceneResult.h"

#include <QJsonObject>

namespace eoc::usgs {

// One scene-search result -> SceneResult. displayId becomes the scene id, entityId the remote id,
// the cloud cover (a string in M2M) a number, spatialCoverage the footprint, browse[] the quicklook.
SceneResult sceneFromM2m(const QJsonObject &result, const QString &dataset);

} // namespace eoc::usgs

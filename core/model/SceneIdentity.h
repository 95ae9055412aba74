#pragma once

#include "core/model/SceneResult.h"

#include <QMap>
#include <QString>

namespace eoc {

// What makes two results the same scene, read from their scene ids (core/model/sceneid):
//   Sentinel-2  mission, level, datatake time, relative orbit, tile, processing baseline;
//   Sentinel-1  mission, beam mode, product type and class, polarisation, start, stop, absolute
//               orbit and datatake;
//   Landsat     satellite, level, path/row, acquisition date, collection, tier;
//   MODIS/VIIRS product, acquisition day, tile, collection;
//   others      the whole id.
// Fields that only some copies carry (Landsat's and MODIS's processing date, Sentinel-1's product
// unique id) are `details`: copies that both carry one must agree, a copy without it matches.
// Ids that no parser knows match only an identical id of the same collection family, never a
// lookalike.
struct SceneIdentity {
    QString key;
    QMap<QString, QString> details;
};

SceneIdentity sceneIdentity(const SceneResult &result);

// Same key, and no detail that both carry differs.
bool sameScene(const SceneIdentity &a, const SceneIdentity &b);

} // namespace eoc

#pragma once

#include "core/model/SceneId.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace eoc {

// A product's files sorted into bands and extra assets, as BDC-Collectors' get_files and
// get_assets define them per collection, without their band-list slips (the Landsat lists there
// fuse neighbouring names, so a band such as ST_QA matched by substring; here a band matches its
// name exactly).
struct ProductFiles {
    QMap<QString, QString> bands;    // band name (B02, SR_B4, vv...) → member path
    QMap<QString, QString> assets;   // asset name (MTD_MSIL2A, TCI, MTL.txt, thumbnail...) → member path
};

// `members` are the product's files as paths relative to its root (a zip's entries, or a folder's
// files), '/'-separated. The scene tells the family and, for Landsat, the sensor's band list.
ProductFiles sortProductFiles(const SceneId &scene, QStringList members);

} // namespace eoc

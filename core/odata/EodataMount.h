#pragma once

#include "core/model/SceneResult.h"
#include "core/provider/Provider.h"

#include <QString>

#include <optional>

namespace eoc::odata {

// The product's place in a mounted eodata store: `mount` joined with the product's S3Path
// ("/eodata/Sentinel-1/SAR/GRD/2014/10/04/X.SAFE", its leading "/eodata" dropped, since that is
// the mount). Empty when the product has no S3Path.
QString eodataPath(const SceneResult &scene, const QString &mount);

// A plan that copies the product from a mounted eodata store (CREODIAS and Data Space virtual
// machines mount it at /eodata) instead of downloading it: every file of the product's folder
// under <scene>.SAFE/..., or the product's single file, as file: URLs. None when no mount is set,
// the product has no S3Path, or it is not in the mount (it is downloaded then).
std::optional<DownloadPlan> eodataCopyPlan(const SceneResult &scene, const QString &mount, const QString &provider);

} // namespace eoc::odata

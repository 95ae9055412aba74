#pragma once

#include "core/model/Result.h"
#include "core/provider/Provider.h"

#include <QJsonValue>

#include <QList>
#include <QString>

namespace eoc::usgs {

// The Landsat Collection 2 datasets of M2M, with the BDC-Collectors dataset names as aliases.
// Collection 1 was retired by USGS (end of 2022), so BDC-Collectors' *_c1 names resolve to their
// Collection 2 Level-1 successors.
QList<CollectionInfo> landsatDatasets();
// The filters UsgsSearchJob reads from SearchQuery::extra for the Landsat datasets: WRS-2 path and
// row (in addition to --tile PPPRRR), day or night, and whether unknown cloud cover passes.
QList<FilterField> landsatFilterFields();

// The datasets a `dataset-search` answer lists (its `data` array): name = datasetAlias, title =
// collectionName (the alias when there is none). Entries without an alias are skipped; an answer
// that is not an array is a protocol error.
Result<QList<CollectionInfo>> parseDatasetSearch(const QJsonValue &data);

// `fixed` first and unchanged (its filters and aliases stay), then each listed dataset that no
// fixed entry already names (by name or alias, case-insensitively), in the service's order.
QList<CollectionInfo> mergeDatasets(const QList<CollectionInfo> &fixed, const QList<CollectionInfo> &listed);

// The M2M dataset name for a Landsat product id or entity id (LC08_L2SP_... -> landsat_ot_c2_l2),
// empty when the id does not say.
QString datasetForSceneId(const QString &sceneId);

// WRS-2 PPPRRR from a Landsat product id (LC08_L1TP_226078_...), empty when there is none.
QString wrsTileFromDisplayId(const QString &displayId);

} // namespace eoc::usgs

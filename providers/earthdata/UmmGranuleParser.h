#pragma once

#include "core/model/SceneResult.h"

#include <QJsonObject>

namespace eoc::earthdata {

// One item of a CMR granules.umm_json answer ({"meta": {...}, "umm": {...}}) -> SceneResult.
// sceneId: the ProducerGranuleId without its file extension (MOD13Q1.A2024161.h29v09.061.2024181211247),
// or GranuleUR when the producer id is missing (some DAACs write an opaque GranuleUR such as
// "LAADS:2715071895"). remoteId: the CMR concept id. Footprint from GPolygons/BoundingRectangles;
// size, checksum, "GET DATA" https links as assets, "GET RELATED VISUALIZATION" as quicklook; the
// MODIS tile hHHvVV or the HLS MGRS tile from the granule name; the CMR provider holding this copy
// as attributes["cmr_provider"]. Links to LP DAAC's retired Data Pool (e4ftl01) are left out.
SceneResult sceneFromUmm(const QJsonObject &item, const QString &collection);

} // namespace eoc::earthdata

#pragma once

#include "core/model/Region.h"

class OGRGeometry;
class OGRSpatialReference;

namespace eoc::gdal {

// The polygons of an OGR geometry (Polygon, MultiPolygon, curved polygons, collections of them;
// Z and M dropped). Points and lines are an error that names their type; `where` says where the
// geometry came from ("feature 3 of layer 'roi'") for that message. Rings are taken as they are:
// validation (closed rings, ranges...) is Region::fromPolygons' job.
Result<QList<Polygon>> polygonsFromOgr(const OGRGeometry &geometry, const QString &where);

// Reprojects the geometry in place from `source` to EPSG:4326 with longitude first.
Status reprojectToWgs84(OGRGeometry &geometry, const OGRSpatialReference &source);

} // namespace eoc::gdal

#pragma once

#include "core/model/Region.h"

// What the program does with a region once read (search queries, maps, exports): every accepted
// region must survive these without tripping a sanitizer.
namespace eoc::fuzz {

inline void useRegion(const Region &region)
{
    (void)region.bounds();
    (void)region.vertexCount();
    (void)region.toPolygons();
    (void)region.toWkt();
    (void)region.toGeoJson();
    (void)region.simplified(16);
}

} // namespace eoc::fuzz

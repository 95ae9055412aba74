// A region of interest as GeoJSON (core/model/region/GeoJson.cpp).
#include "core/model/Region.h"
#include "tests/fuzz/FuzzInput.h"
#include "tests/fuzz/RegionUse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto region = eoc::Region::fromGeoJson(eoc::fuzz::bytes(data, size));
    if (region)
        eoc::fuzz::useRegion(region.value());
    return 0;
}

// A region of interest as WKT (core/model/region/Wkt.cpp, read by OGR in the GDAL module).
#include "core/gdal/GdalBackend.h"
#include "core/model/Region.h"
#include "tests/fuzz/FuzzInput.h"
#include "tests/fuzz/RegionUse.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Loaded before fuzzing starts, so a missing module stops the run instead of every input
    // failing the same way.
    const auto backend = eoc::gdal::backend();
    if (!backend) {
        std::fprintf(stderr, "%s\n", qPrintable(backend.error().message));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto region = eoc::Region::fromWkt(eoc::fuzz::text(data, size));
    if (region)
        eoc::fuzz::useRegion(region.value());
    return 0;
}

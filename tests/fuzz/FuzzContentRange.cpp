// A Content-Range header (core/net/ContentRange): whatever it accepts must be a consistent range.
#include "core/net/ContentRange.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto range = eoc::net::parseContentRange(eoc::fuzz::bytes(data, size));
    if (!range)
        return 0;
    const bool unsatisfied = range->first == -1 && range->last == -1 && range->total >= 0;
    const bool satisfied = range->first >= 0 && range->last >= range->first
                           && (range->total == -1 || range->last < range->total);
    if (!unsatisfied && !satisfied)
        std::abort();
    return 0;
}

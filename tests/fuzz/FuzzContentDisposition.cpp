// A Content-Disposition header (core/net/ContentDisposition).
#include "core/net/ContentDisposition.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)eoc::net::contentDispositionFileName(eoc::fuzz::bytes(data, size));
    return 0;
}

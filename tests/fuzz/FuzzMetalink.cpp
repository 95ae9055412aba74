// A Metalink 4 document given to `download` (core/download/queue/Metalink).
#include "core/download/queue/Metalink.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto files = eoc::readMetalink(eoc::fuzz::bytes(data, size));
    if (files) {
        for (const auto &file : files.value())
            (void)eoc::metalinkFileToResult(file);
    }
    return 0;
}

// Scene identifiers as users type them and providers return them (core/model/sceneid).
#include "core/model/SceneId.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto id = eoc::parseSceneId(eoc::fuzz::text(data, size));
    if (id)
        (void)id->toJson();
    return 0;
}

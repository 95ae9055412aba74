// The JSON of `--config FILE` (core/settings/Settings::applyConfigJson).
#include "core/settings/Settings.h"
#include "tests/fuzz/FuzzInput.h"

#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The user's settings file is never written by applyConfigJson; one empty file for the run.
    static const QTemporaryDir dir;
    eoc::Settings settings(dir.path() + QStringLiteral("/settings.ini"));
    (void)settings.applyConfigJson(eoc::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    return 0;
}

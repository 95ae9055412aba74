#pragma once

#include "core/platform/Translations.h"

namespace eoc::ui {

// The desktop program uses the language loader it shares with the command line.
using Translations = eoc::Translations;

} // namespace eoc::ui

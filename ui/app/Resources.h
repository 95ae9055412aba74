#pragma once

namespace eoc::ui {

// Registers the resources of the static ui library (basemap, icons); the linker would otherwise
// leave them out. Safe to call more than once.
void initResources();

} // namespace eoc::ui

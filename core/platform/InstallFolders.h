#pragma once

#include <QString>

namespace eoc {

// The installed tree's lib folder (<prefix>/lib), found from where core's own code was loaded: the
// shared library libeocollector.so (programs built on the public library) lives in it, the
// project's executables live in <prefix>/bin beside it. Plug-ins (lib/eo-collector/providers) and
// the GDAL module (lib/eo-collector/eoc_gdal.so) are found from here, so an installed tree works
// wherever it was put, and so does a program of the library's users wherever it lives.
QString installedLibFolder();

} // namespace eoc

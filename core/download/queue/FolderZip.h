#pragma once

#include "core/model/Error.h"

#include <QString>

namespace eoc {

// Packs `folder` (its files, recursively) into the zip file `zipPath`, entries named from the
// folder's own name down ("<name>.SAFE/manifest.safe"), stored without compression: the files of
// satellite products are compressed already (JPEG 2000, GeoTIFF). Written to "<zipPath>.part" and
// renamed at the end, so a crash never leaves a truncated zip under the final name. The folder is
// removed once the zip is complete.
Error zipFolderAndRemove(const QString &folder, const QString &zipPath);

} // namespace eoc

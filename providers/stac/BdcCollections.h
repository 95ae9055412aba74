#pragma once

#include "core/provider/CollectionInfo.h"

#include <QList>

namespace eoc::stac {

// The Brazil Data Cube's collections as INPE names them (2025-26), shown before the catalogue has
// been asked for its current list: the scene collections of CBERS-4/4A and Amazonia-1 and the
// data cubes. Any other collection the catalogue has is searchable too.
QList<CollectionInfo> bdcKnownCollections();

} // namespace eoc::stac

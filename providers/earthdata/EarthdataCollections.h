#pragma once

#include "core/model/Result.h"
#include "core/provider/Provider.h"

#include <QString>

namespace eoc::earthdata {

// The CMR collections offered by name. Others can still be searched by "SHORTNAME.VERSION".
QList<CollectionInfo> earthdataCollections();

struct CmrCollectionRef {
    QString shortName;           // MOD13Q1
    QString version;             // 061; empty: any version
};

// "MOD13Q1.061" -> MOD13Q1 / 061; "MOD13Q1" -> MOD13Q1 with the table's current version (061);
// "HLSS30.v2.0" -> HLSS30 / 2.0. BDC-Collectors' "MOD13Q1.006" names a retired collection and maps
// to the 6.1 successor (061). A name outside the table keeps its version or searches all versions.
Result<CmrCollectionRef> parseCollectionName(const QString &name);

} // namespace eoc::earthdata

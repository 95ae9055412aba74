#pragma once

#include "core/model/Result.h"
#include "core/provider/Provider.h"

#include <QString>

namespace eoc::earthdata {

// The CMR collections offered by name (all at LP DAAC). Any other CMR collection can be searched
// by SHORTNAME, SHORTNAME.VERSION or its concept id.
QList<CollectionInfo> earthdataCollections();
// The filters CmrQuery reads for the MODIS and VIIRS sinusoidal-grid collections: the tile as
// horizontal and vertical index (what --tile hHHvVV takes) and day or night.
QList<FilterField> griddedFilterFields();

// LP DAAC's collections are in CMR twice: LPDAAC_ECS (the on-premises Data Pool, retired in June
// 2025) and LPCLOUD (Earthdata Cloud). The table's collections search the cloud copy.
inline constexpr auto kLpDaacCloudProvider = "LPCLOUD";

struct CmrCollectionRef {
    QString shortName;           // MOD13Q1
    QString version;             // 061; empty: any version
    QString conceptId;           // C2799438303-POCLOUD: searched as collection_concept_id, nothing else
    // A dotted name outside the table, e.g. SWOT_L2_HR_RiverSP_reach_2.0: the dot may be part of
    // the short name rather than a version separator. CMR's collection search decides.
    QString wholeName;
    QString cmrProvider;         // the CMR provider to search; empty: every provider

    // The name results carry as their collection.
    QString displayName() const;
};

// "MOD13Q1.061" -> MOD13Q1 / 061; "MOD13Q1" -> MOD13Q1 with the table's current version (061);
// "HLSS30.v2.0" -> HLSS30 / 2.0. BDC-Collectors' "MOD13Q1.006" names a retired collection and maps
// to the 6.1 successor (061). A name outside the table keeps its version or searches all versions;
// "C1234-PROVIDER" is a concept id. Table collections prefer the LPCLOUD copy.
Result<CmrCollectionRef> parseCollectionName(const QString &name);

// "C2799438303-POCLOUD" -> true: a CMR collection concept id.
bool isCollectionConceptId(const QString &name);

} // namespace eoc::earthdata

#pragma once

#include "core/model/Result.h"
#include "core/provider/Provider.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace eoc::odata {

// A collection as users name it, and what it means in the catalogue: an OData collection,
// optionally narrowed to one product type (S2MSI2A is SENTINEL-2 with productType S2MSI2A).
struct CopernicusCollection {
    QString name;
    QString title;
    QString odataName;                // Collection/Name
    QString productType;              // productType attribute; empty: any
    QString stacId;                   // the collection of the STAC service, if it has one
    QString family;                   // scene-id family
    QStringList aliases;
};

const QList<CopernicusCollection> &copernicusCollections();
// Case-insensitive, by name or alias; a BadInput error listing the known names otherwise.
Result<CopernicusCollection> findCopernicusCollection(const QString &name);
QList<CollectionInfo> copernicusCollectionInfos();

// The STAC collection for a catalogue collection and product type (sentinel-2-l2a for SENTINEL-2
// with S2MSI2A), empty when the STAC service has none.
QString stacCollectionFor(const CopernicusCollection &collection, const QString &productType);

// The product types the catalogue holds for a product type as users name it. Sentinel-1 "GRD" and
// "SLC" are families: the catalogue's values are the full types (IW_GRDH_1S, EW_GRDM_1S,
// IW_SLC__1S...), and GRD products also exist as cloud-optimised twins (IW_GRDH_1S-COG), listed
// only with `withCog`. Any other type is returned as it is.
QStringList catalogueProductTypes(const QString &productType, bool withCog);
// The family a full Sentinel-1 type belongs to ("IW_GRDH_1S-COG" -> "GRD"), else the type itself.
QString productTypeFamily(const QString &productType);

} // namespace eoc::odata

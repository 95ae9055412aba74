#pragma once

#include "core/model/Result.h"
#include "core/provider/Provider.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace eoc::dataspace {

// A collection as users name it, and what it means in the catalogue: an OData collection,
// optionally narrowed to one product type (S2MSI2A is SENTINEL-2 with productType S2MSI2A).
struct DataspaceCollection {
    QString name;
    QString title;
    QString odataName;                // Collection/Name
    QString productType;              // productType attribute; empty: any
    QString stacId;                   // the collection of the STAC service, if it has one
    QString family;                   // scene-id family
    QStringList aliases;
};

const QList<DataspaceCollection> &dataspaceCollections();
// Case-insensitive, by name or alias; a BadInput error listing the known names otherwise.
Result<DataspaceCollection> findDataspaceCollection(const QString &name);
QList<CollectionInfo> dataspaceCollectionInfos();

// The STAC collection for a catalogue collection and product type (sentinel-2-l2a for SENTINEL-2
// with S2MSI2A), empty when the STAC service has none.
QString stacCollectionFor(const DataspaceCollection &collection, const QString &productType);

} // namespace eoc::dataspace

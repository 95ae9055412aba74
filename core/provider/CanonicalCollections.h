#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eoc {

// Where one canonical collection lives at one source.
struct CollectionAtSource {
    QString source;           // "dataspace", "stac:earth-search"
    QString collection;       // the source's own name: "S2MSI2A", "sentinel-2-c1-l2a"
    QString productType;      // the product type to ask for, where the collection needs one
};

// A collection known under one name at every provider that carries it, so that one search can
// ask several providers for the same data.
struct CanonicalCollection {
    QString name;             // "sentinel-2-l2a"
    QString title;
    QString family;           // scene-id family of its scenes
    QList<CollectionAtSource> sources;
};

// The shared vocabulary, in the order `providers` lists it.
const QList<CanonicalCollection> &canonicalCollections();

// The canonical collection called `name` (case-insensitive), if there is one.
std::optional<CanonicalCollection> findCanonicalCollection(const QString &name);

// What `canonical` is called at `source` ("stac:earth-search"), or nothing when that source does
// not carry it.
std::optional<CollectionAtSource> collectionAtSource(const CanonicalCollection &canonical, const QString &source);

// The canonical collection that `collection` of `source` belongs to: the shared name itself, or the
// source's (or its provider's) own name for it.
std::optional<CanonicalCollection> canonicalCollectionOf(const QString &source, const QString &collection);

// The sources that carry `canonical`, in the table's order.
QStringList sourcesCarrying(const CanonicalCollection &canonical);

} // namespace eoc

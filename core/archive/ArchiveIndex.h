#pragma once

#include "core/archive/LocalProduct.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace eoc {

// What `archive scan` found, kept between runs so that `archive list` (and the desktop program)
// can show the local products without walking the disk again. One entry per scanned folder; a new
// scan of a folder replaces its entry. Written atomically: a crash mid-write leaves the old index.
struct ArchiveIndexEntry {
    QString folder;          // absolute
    QDateTime scanned;       // UTC
    QList<LocalProduct> products;
};

// <XDG data>/eo-collector/archive-index.json, the index's one home.
QString defaultArchiveIndexPath();

// The index's entries; an index that does not exist yet is empty, one that cannot be read is an
// error naming the file (it is then left as it is, never overwritten by a save).
Result<QList<ArchiveIndexEntry>> loadArchiveIndex(const QString &indexPath);

// Replaces (or adds) the entry of `entry.folder`.
Status saveArchiveScan(const QString &indexPath, const ArchiveIndexEntry &entry);

// Replaces the product at `product.path` in whichever entry holds it (a product checked again
// alone); a product the index does not hold is an error naming it.
Status saveProductCheck(const QString &indexPath, const LocalProduct &product);

// Every product of the entries, once each: a product under two scanned folders (a folder and a
// subfolder of it) is taken from the later scan.
QList<LocalProduct> indexedProducts(const QList<ArchiveIndexEntry> &entries);

// A product as the index stores it (LocalProduct::toJson), read back.
Result<LocalProduct> localProductFromJson(const QJsonObject &json);

} // namespace eoc

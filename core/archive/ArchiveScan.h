#pragma once

#include "core/archive/LocalProduct.h"

#include <QList>
#include <QString>

#include <functional>

namespace eoc {

class RecordedChecksums;

struct ArchiveScanOptions {
    // Open every band with GDAL and read its last line (slower: a seek and a block per band).
    bool checkBands = true;
    // The download journal's checksums (RecordedChecksums::read): each product file that has one
    // is hashed and compared. Null: no comparison.
    const RecordedChecksums *recordedChecksums = nullptr;
    // Called after each product, for progress on long scans.
    std::function<void(const LocalProduct &)> onProduct;
};

// Every product under `folder`, in any layout: zips, SAFE folders and scene folders are found at
// any depth (their insides are not searched for more). Products that are damaged are listed with
// their problems, not left out. An unreadable folder is an error.
Result<QList<LocalProduct>> scanArchive(const QString &folder, const ArchiveScanOptions &options = {});

// One product read and checked the way scanArchive checks each (bands, recorded checksums), for
// checking it again alone; a path that names no product is an error.
Result<LocalProduct> scanProduct(const QString &path, const ArchiveScanOptions &options = {});

} // namespace eoc

#pragma once

#include "core/archive/LocalProduct.h"

#include <QList>
#include <QString>

#include <functional>

namespace eoc {

struct ArchiveScanOptions {
    // Open every band with GDAL and read its last line (slower: a seek and a block per band).
    bool checkBands = true;
    // Called after each product, for progress on long scans.
    std::function<void(const LocalProduct &)> onProduct;
};

// Every product under `folder`, in any layout: zips, SAFE folders and scene folders are found at
// any depth (their insides are not searched for more). Products that are damaged are listed with
// their problems, not left out. An unreadable folder is an error.
Result<QList<LocalProduct>> scanArchive(const QString &folder, const ArchiveScanOptions &options = {});

} // namespace eoc

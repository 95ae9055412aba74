#pragma once

#include "core/archive/LocalProduct.h"

#include <QList>
#include <QString>

#include <functional>

namespace eoc {

class DownloadRecords;

struct ArchiveScanOptions {
    // Open every band with GDAL and read its last line (slower: a seek and a block per band).
    bool checkBands = true;
    // What the download journals recorded (DownloadRecords::readFor): the scene of each file
    // they downloaded, which groups loose files whose names do not carry their scene id (a
    // catalogue scene's B04.tif in the flat layout), and the files' checksums. Null: loose files
    // are grouped by their names alone, and nothing is compared.
    const DownloadRecords *records = nullptr;
    // Hash each product file that has a recorded checksum and compare it.
    bool compareChecksums = true;
    // Called after each product, for progress on long scans.
    std::function<void(const LocalProduct &)> onProduct;
    // Asked before each file and folder: true stops the scan, which then ends with a Cancelled
    // error (a partial list is never taken for the folder's contents).
    std::function<bool()> cancelled;
};

// Every product under `folder`, in any layout: zips, SAFE folders and scene folders are found at
// any depth (their insides are not searched for more), and the loose files of each scene in a
// folder shared with other scenes (the flat layout) are one product. Products that are damaged are listed with
// their problems, not left out. An unreadable folder is an error.
Result<QList<LocalProduct>> scanArchive(const QString &folder, const ArchiveScanOptions &options = {});

// One product read and checked the way scanArchive checks each (bands, recorded checksums), for
// checking it again alone; a path that names no product is an error.
Result<LocalProduct> scanProduct(const QString &path, const ArchiveScanOptions &options = {});

} // namespace eoc

#pragma once

#include "core/archive/LocalProduct.h"
#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QMap>
#include <QString>

namespace eoc {

// The checksums the download journal recorded for the files it downloaded and verified, by the
// files' final paths. The journal is opened read-only: a queue may be running in another process,
// and a scan must never migrate, create or lock it for writing.
class RecordedChecksums final
{
public:
    // A journal that does not exist (nothing was ever downloaded) gives an empty set; one that
    // cannot be read is an error naming it.
    static Result<RecordedChecksums> read(const QString &journalPath);

    bool isEmpty() const { return m_byPath.isEmpty(); }
    // What was recorded for `path` (absolute); empty when nothing was.
    Checksums of(const QString &path) const;
    // The recorded files inside `folder` (absolute), path → checksums.
    QMap<QString, Checksums> inside(const QString &folder) const;

    // For tests and callers that already hold the values.
    void insert(const QString &path, const Checksums &checksums);

private:
    QMap<QString, Checksums> m_byPath;   // cleaned absolute path → checksums
};

// Hashes each file of `product` (the zip itself, or the files inside its folder) that has a
// recorded checksum: a match counts in product.checksumsVerified, a mismatch is one of its
// problems. Blocking: a worker thread's job, like the rest of a scan.
void compareRecordedChecksums(LocalProduct &product, const RecordedChecksums &recorded);

} // namespace eoc

#pragma once

#include "core/archive/LocalProduct.h"
#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QMap>
#include <QString>

namespace eoc {

// What the download journals recorded of the files they downloaded and verified, by the files'
// final paths: their checksums, and the scene each belongs to. The scene is how a scan groups
// files no folder or zip holds together (the flat layout puts a catalogue scene's B04.tif and
// B08.tif straight into the download folder, beside other scenes' files).
// A journal is opened read-only: a queue may be running in another process, and a scan must never
// migrate, create or lock it for writing.
class DownloadRecords final
{
public:
    // A journal that does not exist (nothing was ever downloaded) gives an empty set; one that
    // cannot be read is an error naming it.
    static Result<DownloadRecords> read(const QString &journalPath);
    // The records of every journal that may know the files under `folder`: the programs' journal
    // (`programJournal`) and the one a program built on the library keeps in the download folder
    // itself (DownloadQueue::folderJournalName()), in `folder` or any folder above it.
    static Result<DownloadRecords> readFor(const QString &folder, const QString &programJournal);

    bool isEmpty() const { return m_byPath.isEmpty(); }
    // What was recorded for `path` (absolute); empty when nothing was.
    Checksums of(const QString &path) const;
    // The recorded files inside `folder` (absolute), path → checksums.
    QMap<QString, Checksums> inside(const QString &folder) const;
    // The scene id of the download that wrote `path`; empty when none is recorded.
    QString sceneOf(const QString &path) const;

    // For tests and callers that already hold the values.
    void insert(const QString &path, const Checksums &checksums, const QString &sceneId = {});

private:
    struct Record {
        Checksums checksums;
        QString sceneId;
    };
    void merge(const DownloadRecords &other);
    QMap<QString, Record> m_byPath;   // cleaned absolute path → what was recorded
};

// Hashes each file of `product` (the zip itself, its loose files, or the files inside its folder) that has a
// recorded checksum: a match counts in product.checksumsVerified, a mismatch is one of its
// problems. Blocking: a worker thread's job, like the rest of a scan.
void compareRecordedChecksums(LocalProduct &product, const DownloadRecords &recorded);

} // namespace eoc

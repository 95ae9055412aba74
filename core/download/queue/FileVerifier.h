#pragma once

#include "core/model/Error.h"
#include "core/model/SceneResult.h"

#include <QString>

#include <optional>

namespace eoc {

// Checks a downloaded file before it takes its final name: size, every expected checksum (md5,
// sha1, sha256, sha512, blake3; one streaming pass over the file, never all of it in memory) and,
// for .zip, .tar, .tar.gz/.tgz archives, that every member reads through (CRCs and gzip trailer).
// Blocking: run it on a worker thread (QtConcurrent).
struct VerifyRequest {
    QString path;                        // the .part file or an existing final file
    QString nameForType;                 // the final name: decides the archive check
    std::optional<qint64> expectedSize;
    Checksums checksums;
    // Digests of the file's current bytes computed while it was written (algorithm -> hex). An
    // expected checksum found here is compared without reading the file again.
    Checksums computedDigests;
};

// ErrorClass::None when the file is good; Integrity with what failed otherwise; LocalDisk when
// the file cannot be read.
Error verifyFile(const VerifyRequest &request);

// Lower-case hex digest of `path` with `algorithm` ("sha256", "blake3"...), or empty if unknown.
QString fileDigest(const QString &path, const QString &algorithm);

bool isKnownChecksumAlgorithm(const QString &algorithm);

// The archive check alone (used by verifyFile when the name says archive).
Error checkArchive(const QString &path, const QString &nameForType);

} // namespace eoc

#pragma once

#include "core/archive/ProductFiles.h"
#include "core/model/Result.h"
#include "core/model/SceneId.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace eoc {

// One product on disk: a zip (a zipped SAFE, read in place), a SAFE folder, or a scene folder
// (an unpacked Landsat scene...), with its bands and assets as GDAL paths (/vsizip/ inside zips).
struct LocalProduct {
    QString path;                // absolute path of the zip or folder
    bool zipped = false;
    SceneId scene;
    qint64 bytes = 0;            // on disk
    QMap<QString, QString> bands;    // band → GDAL path
    QMap<QString, QString> assets;   // asset → GDAL path
    QStringList problems;            // what is wrong with it, one line each; empty when sound
    // Files whose checksum, recorded by the download journal when they were downloaded, still
    // matches (RecordedChecksums); 0 when none was recorded or the scan did not compare.
    int checksumsVerified = 0;

    QJsonObject toJson() const;
};

// Whether `path` names a product at all: a .zip, .SAFE or folder whose name is a scene id.
bool looksLikeProduct(const QString &path);

// Reads the product at `path`: its scene id from the name, its members (a zip's entries without
// extracting anything), and its bands and assets. A zip that cannot be read is still a product,
// with the reason in `problems`; a path that names no product is an error.
Result<LocalProduct> readLocalProduct(const QString &path);

} // namespace eoc

#pragma once

#include "core/archive/ProductFiles.h"
#include "core/model/Result.h"
#include "core/model/SceneId.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace eoc {

class DownloadRecords;

// One product on disk: a zip (a zipped SAFE, read in place), a SAFE folder, a scene folder (an
// unpacked Landsat scene...), or loose files (a scene's files straight in a folder shared with
// other scenes' files, as the flat download layout leaves them), with its bands and assets as
// GDAL paths (/vsizip/ inside zips).
struct LocalProduct {
    // Absolute path of the zip or folder. Loose files have no path of their own: theirs is
    // <folder>/<scene id>, which names no file but tells the product apart from the other
    // scenes in the same folder (the index, re-verify and `archive files` take it back).
    QString path;
    bool zipped = false;
    bool loose = false;
    QStringList files;           // loose files only: their absolute paths
    SceneId scene;
    qint64 bytes = 0;            // on disk
    QMap<QString, QString> bands;    // band → GDAL path
    QMap<QString, QString> assets;   // asset → GDAL path
    QStringList problems;            // what is wrong with it, one line each; empty when sound
    // Files whose checksum, recorded by the download journal when they were downloaded, still
    // matches (DownloadRecords); 0 when none was recorded or the scan did not compare.
    int checksumsVerified = 0;

    QJsonObject toJson() const;
    // The folder to show for it: a zip's or loose files' folder, or the product's own folder.
    QString folder() const;
};

// Whether `path` names a product at all: a .zip, .SAFE or folder whose name is a scene id.
bool looksLikeProduct(const QString &path);

// The scene a loose file belongs to: the one its download recorded (`records`, may be null), or
// else the scene id its name starts with (LC09_L2SP_…_T1_SR_B4.TIF); empty when neither.
QString looseFileScene(const QString &filePath, const DownloadRecords *records);

// Reads the product at `path`: its scene id from the name, its members (a zip's entries without
// extracting anything), and its bands and assets. A zip that cannot be read is still a product,
// with the reason in `problems`; a path that names no product is an error.
// <folder>/<scene id> where no such file exists reads that scene's loose files in the folder
// (see looseFileScene: `records` groups files whose names do not carry the scene id).
Result<LocalProduct> readLocalProduct(const QString &path, const DownloadRecords *records = nullptr);

// The loose files `files` (absolute, all in `folder`) of `scene` as one product, for a scan that
// has already sorted a folder's files by scene.
LocalProduct looseProduct(const QString &folder, const SceneId &scene, const QStringList &files);

} // namespace eoc

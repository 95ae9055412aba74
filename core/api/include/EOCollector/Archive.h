#pragma once

#include <EOCollector/SceneId.h>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace EOCollector {

// A product already on disk: a zip (a zipped SAFE, read in place), a SAFE folder or a scene
// folder, with its files sorted as the seed's get_files (bands) and get_assets (everything else)
// define them per collection. Paths are GDAL paths: a file inside a zip is given as
// /vsizip/<zip>/<member>, which GDAL opens without extracting anything.
struct LocalProductInfo {
    QString path;                      // absolute path of the zip or folder; FOLDER/SCENE_ID for loose files
    bool zipped = false;
    bool loose = false;                // the scene's files lie loose in a folder shared with other scenes
    QStringList files;                 // loose files only: their absolute paths
    SceneIdInfo scene;
    qint64 bytes = 0;                  // on disk
    QMap<QString, QString> bands;      // "B04", "SR_B4", "vv"... -> GDAL path
    QMap<QString, QString> assets;     // "MTD_MSIL2A", "MTL.txt", "thumbnail"... -> GDAL path
    QStringList problems;              // what is wrong with it; empty when sound
};

// The product at `path` (a .zip, a .SAFE or a folder named after its scene; FOLDER/SCENE_ID for
// the scene's loose files in FOLDER, as the flat layout leaves them). Nothing, with
// `error`, when the path names no product; a damaged product is returned with its problems.
std::optional<LocalProductInfo> readProduct(const QString &path, QString *error = nullptr);

// get_files and get_assets of the seed: the product's bands, or its other files.
QMap<QString, QString> productFiles(const QString &path, QString *error = nullptr);
QMap<QString, QString> productAssets(const QString &path, QString *error = nullptr);

struct ScanOptions {
    // Open every band with GDAL and read its last line (slower: a seek and a block per band); a
    // band that does not open is a problem of its product.
    bool checkBands = true;
};

// Every product under `folder`, in any layout, damaged ones with their problems. Nothing, with
// `error`, when the folder cannot be read.
std::optional<QList<LocalProductInfo>> scanFolder(const QString &folder, const ScanOptions &options = {},
                                                  QString *error = nullptr);

} // namespace EOCollector

#pragma once

#include <QString>

#include <optional>

namespace EOCollector {

// The seed's collection layouts: where a scene's files (path) and its downloaded archive
// (compressed_file) go in a Brazil Data Cube tree. Pure functions: nothing touches the disk.
// `version` is the collection's version ("1" gives the folder v001, "1.0" gives v1.0). With an
// empty prefix the paths are relative.
struct LayoutOptions {
    QString prefix;                    // the folder the collections live in
    bool flat = false;                 // <prefix>/<scene id> for every family
    bool monthFolder = false;          // Sentinel-2: a month folder below the year
};

// e.g. ("S2_L1C", "1", "S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255") ->
// "S2_L1C/v001/21/L/ZG/2020/S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255".
// Nothing, with `error`, for an unknown id, a bad collection name or version.
std::optional<QString> collectionPath(const QString &collection, const QString &version,
                                      const QString &sceneId, const LayoutOptions &options = {},
                                      QString *error = nullptr);
// Where the downloaded archive goes (".zip" for Sentinel, ".tar.gz" for Landsat, ".hdf" for
// MODIS). An empty string when the collection's layout keeps no archive (unpacked files only).
std::optional<QString> compressedFile(const QString &collection, const QString &version,
                                      const QString &sceneId, const LayoutOptions &options = {},
                                      QString *error = nullptr);

} // namespace EOCollector

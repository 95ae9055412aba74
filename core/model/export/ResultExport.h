#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace eoc {

// The formats a list of search results can be saved in.
enum class ExportFormat {
    Json,        // {"total": N, "results": [...]} as resultsToJson writes it
    GeoJson,     // a FeatureCollection (RFC 7946) that OGR and QGIS read
    Csv,         // RFC 4180, one row per result, footprint as WKT
    Ids,         // one scene id per line
    Metalink,    // Metalink 4 (RFC 5854) for download managers (aria2c, wget2, DownThemAll)
    GeoPackage,  // an OGC GeoPackage layer "results" written by GDAL
};

// "json", "geojson", "csv", "ids", "metalink", "gpkg" (case-insensitive; also "geopackage",
// "meta4", "txt").
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatName(ExportFormat format);          // the canonical name above
QString exportFormatSuffix(ExportFormat format);        // file suffix without dot: "meta4", "gpkg"
QString exportFormatTitle(ExportFormat format);         // for file dialogs: "GeoPackage (*.gpkg)"
QStringList exportFormatNames();                        // every canonical name, in enum order

// Writes `results` to an open, writable device. GeoPackage is built in a temporary file first
// (GDAL needs a path) and then copied into the device.
Status exportResults(const QList<SceneResult> &results, ExportFormat format, QIODevice &device);
// Writes `results` to `path`, replacing it. Use this for GeoPackage when a file is the target.
Status exportResultsToFile(const QList<SceneResult> &results, ExportFormat format,
                           const QString &path);

} // namespace eoc

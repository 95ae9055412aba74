#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace EOCollector {

// What a scene id says, for every family the seed's SceneParser knows and more: Sentinel-1/2/3/5P,
// Landsat, MODIS, VIIRS, HLS, CBERS and Amazonia. Strings are empty and optionals unset where the
// id does not carry the field.
struct SceneIdInfo {
    QString id;                        // as given, without .SAFE/.zip/.tar... suffixes
    QString family;                    // "sentinel-2", "landsat", "modis"...
    QString platform;                  // "sentinel-2b", "landsat-9", "terra"...
    QString sensor;                    // "msi", "oli_tirs", "sar"...
    QString productType;               // "MSIL2A", "L2SP", "GRDH", "MOD13Q1"...
    QString level;                     // "L2A", "L1TP"...
    QString tile;                      // MGRS without T, WRS-2 PPPRRR, MODIS hHHvVV
    std::optional<QDateTime> sensingStart;     // UTC
    std::optional<QDateTime> sensingEnd;       // UTC
    std::optional<QDateTime> processingDate;   // UTC
    std::optional<int> relativeOrbit;
    std::optional<int> absoluteOrbit;
    QString collection;                // as written in the id: "02", "061"
    QString tier;                      // Landsat T1/T2/RT
    QString baseline;                  // Sentinel-2 N0511...
    QJsonObject json;                  // every field, as `eo-collector-cli parse-id --json` prints it
};

// Parses a scene id. An id of no known family gives nothing, and `error` (when given) names the
// families tried.
std::optional<SceneIdInfo> parseSceneId(const QString &id, QString *error = nullptr);

} // namespace EOCollector

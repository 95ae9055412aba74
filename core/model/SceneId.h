#pragma once

#include "core/model/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace eoc {

// The fields a scene identifier carries, parsed once per family in core/model/sceneid/.
// Strings are empty and optionals unset where the id does not carry the field.
struct SceneId {
    QString id;                       // as given, without .SAFE/.SEN3/.zip/.hdf/.tar... suffixes
    QString family;                   // sentinel-1, sentinel-2, sentinel-3, sentinel-5p, landsat,
                                      // modis, viirs, hls, cbers, amazonia
    QString platform;                 // STAC style: sentinel-2a, landsat-8, terra, suomi-npp, cbers-4a
    QString sensor;                   // instrument: msi, sar, olci, oli_tirs, modis, wfi...
    QString productType;              // S2MSI2A's MSIL2A, GRDH, EFR, MOD09GA, L2SP...
    QString level;                    // L1C/L2A, L0/L1/L2, L1TP/L2SP, ...
    QString tile;                     // MGRS without T, WRS-2 PPPRRR, MODIS hHHvVV
    std::optional<QDateTime> sensingStart;   // UTC
    std::optional<QDateTime> sensingEnd;     // UTC
    std::optional<QDateTime> processingDate; // UTC
    std::optional<int> relativeOrbit;
    std::optional<int> absoluteOrbit;
    QString collection;               // as written in the id: "02", "061", "2.0"
    QString tier;                     // Landsat T1/T2/RT
    QString baseline;                 // Sentinel-2 N0511, Sentinel-3 002, ...
    QJsonObject extra;                // family-specific fields (mission data take id, timeliness...)

    // The fields as the CLI's `parse-id --json` prints them (null where absent, times ISO 8601 UTC 'Z').
    QJsonObject toJson() const;
};

// Parses an id of any known family. An id of no known family is a BadInput error that names the id
// and the families tried.
Result<SceneId> parseSceneId(const QString &id);

// The families parseSceneId knows, in the order it tries them.
QStringList knownSceneIdFamilies();

} // namespace eoc

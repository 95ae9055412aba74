#pragma once

#include "core/model/Region.h"
#include "core/model/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace eoc {

// What the user asks a provider for. Plain data; each provider turns it into its own request.
struct SearchQuery {
    QString provider;
    QString collection;               // the provider's collection name or a BDC-Collectors alias
    Region region;                    // empty: the whole globe
    QDate start;                      // inclusive, from 00:00:00 UTC
    QDate end;                        // inclusive, to the end of that day UTC
    std::optional<double> cloudMax;   // percent, 0..100
    QString productType;              // e.g. S2MSI2A, GRD, L2SP
    QStringList tiles;                // MGRS (no leading T), WRS-2 PPPRRR, MODIS hHHvVV
    QString orbitDirection;           // ASCENDING / DESCENDING
    std::optional<int> relativeOrbit;
    QString platform;                 // e.g. sentinel-2a
    bool onlineOnly = false;
    std::optional<int> limit;         // stop after this many results
    QVariantMap extra;                // provider-specific filters (STAC queryables, USGS filters...)

    QDateTime startTime() const;      // start at 00:00:00.000 UTC
    QDateTime endTime() const;        // end at 23:59:59.999 UTC: dates are inclusive

    // Checks dates, cloud range and limit, and names the first thing that is wrong.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<SearchQuery> fromJson(const QJsonObject &json);
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::SearchQuery)

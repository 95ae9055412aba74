#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EOCollector {

// One search result: a scene as one provider (or, merged, several) offers it. The common fields
// are copied out for convenience; `json` holds the whole result as `eo-collector-cli search
// --format json` prints it (assets, links, footprint, the provider's attributes) and is what
// Session::download() reads back, so keep it as it is when you pass scenes on.
struct Scene {
    QString id;                        // the product name as the mission writes it
    QString provider;                  // "stac", "dataspace"...
    QString collection;                // the provider's collection name
    QStringList sources;               // where it can be fetched, in the order they are tried
    QDateTime start;                   // sensing start, UTC
    std::optional<double> cloudCover;  // percent
    std::optional<qint64> size;        // bytes, when the provider says
    bool online = true;                // false: in a long-term archive, ordered before download
    QString footprintWkt;              // empty when the provider gave none
    QJsonObject json;
};

} // namespace EOCollector

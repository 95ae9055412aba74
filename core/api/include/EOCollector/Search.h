#pragma once

#include <EOCollector/Scene.h>

#include <QDate>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace EOCollector {

// What to search for. Dates are inclusive UTC days.
struct SearchRequest {
    // One provider ("dataspace"), a preset ("stac:earth-search"), several separated by commas,
    // or "all" (every provider that carries the collection). With several, copies of one scene
    // become one Scene whose `sources` name them all.
    QString providers;
    // The provider's collection name, or a shared name every provider understands
    // ("sentinel-2-l2a", "landsat-c2-l2"; `eo-collector-cli providers --collections` lists them).
    QString collection;
    QDate start;
    QDate end;
    // The area: "west,south,east,north" in degrees, WKT, GeoJSON, or a path to a region file.
    // Empty: the whole globe.
    QString region;
    std::optional<double> cloudMax;    // percent
    QStringList tiles;                 // MGRS (23LKC), WRS-2 (221071), MODIS (h13v10)
    std::optional<int> limit;          // stop after this many scenes
    QMap<QString, QVariant> filters;   // provider-specific filters (STAC queryables...)
};

struct SearchOutcome {
    QList<Scene> scenes;
    // Set when the search failed as a whole (bad request, every provider failed): why.
    QString error;
    // Providers that failed while others answered: "source: why".
    QStringList sourceErrors;
    QStringList warnings;              // what a provider could not do (a filter it ignores...)
    bool ok() const { return error.isEmpty(); }
};

// A running search. Emits progress while pages arrive and exactly one finished() at the end,
// also when it fails or is cancelled (then outcome.error says so).
class SearchTask : public QObject
{
    Q_OBJECT
public:
    ~SearchTask() override;
    // Stops the requests; finished() follows with the error "cancelled".
    void cancel();
    bool isFinished() const;
    SearchOutcome outcome() const;     // valid once finished

Q_SIGNALS:
    void progress(int scenesSoFar);
    void finished(const EOCollector::SearchOutcome &outcome);

private:
    friend class Session;
    SearchTask();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace EOCollector

#pragma once

#include "core/model/Region.h"
#include "core/model/Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace eoc {

// One named place of the offline index.
struct Place {
    enum class Kind { PopulatedPlace, Admin1 };
    Kind kind = Kind::PopulatedPlace;
    QString name;                     // as Natural Earth writes it ("São Paulo")
    QString country;
    QString admin1;                   // the state or province the place is in
    GeoPoint point;                   // the place, or the admin-1 unit's label point
    qint64 population = 0;            // populated places only
    QList<Polygon> boundary;          // admin-1 units with a known outline

    // "São Paulo (city, São Paulo, Brazil)", "São Paulo (state, Brazil)".
    QString label() const;
    // The outline where known, else the circle of `bufferKm` around the point.
    Result<Region> region(double bufferKm) const;
    bool hasBoundary() const { return !boundary.isEmpty(); }
};

// Finds places by name without a network: Natural Earth's 7 343 populated places and 4 630
// admin-1 units (states, provinces), public domain, embedded as a resource. Matching ignores case
// and accents ("sao paulo" finds São Paulo); whole-name matches come first, then names that start
// with the text, then names with a word that does; within each, admin-1 units before cities of
// the same name only when the text asks for one ("São Paulo state"), else by population.
// "Name, Country" (or "Name, State") keeps places whose country (or state) starts with the part
// after the comma.
class PlaceIndex
{
public:
    // The embedded index, read on first use (about 12 000 lines; see the place benchmark).
    static const PlaceIndex &embedded();
    // An index of the given TSV text (the format of packaging/tools/make-places.py).
    static Result<PlaceIndex> fromTsv(const QByteArray &tsv);

    PlaceIndex();

    QList<Place> search(const QString &text, int maxResults = 10) const;
    // The one place `text` means, for programs that cannot ask back (the CLI): the only match of
    // the whole name, or a city whose namesakes are states or far smaller towns. Otherwise a
    // BadInput error listing the candidates and how to name one ("Name, Country", "Name state").
    Result<Place> best(const QString &text) const;
    int size() const;

    // Lower case without accents or punctuation, for matching.
    static QString fold(const QString &text);

private:
    struct Data;
    std::shared_ptr<Data> d;          // shared: copies of an index are cheap and read-only
};

} // namespace eoc

#include "core/places/PlaceIndex.h"

#include "core/model/region/PointBuffer.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace eoc {

namespace {

struct Entry {
    Place place;
    QString name;                     // folded
    QString ascii;                    // folded
    QString country;                  // folded
    QString admin1;                   // folded
};

// Words that ask for a state or province rather than a city of the same name.
bool isAdminWord(const QString &word)
{
    static const QStringList words{QStringLiteral("state"), QStringLiteral("province"), QStringLiteral("region"),
                                   QStringLiteral("estado"), QStringLiteral("provincia"), QStringLiteral("admin")};
    return words.contains(word);
}

// "lon lat,lon lat|lon lat,..." -> polygons.
QList<Polygon> parseBoundary(const QString &text)
{
    QList<Polygon> polygons;
    const auto parts = text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        Ring ring;
        const auto points = part.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &point : points) {
            const int space = point.indexOf(QLatin1Char(' '));
            bool okLon = false, okLat = false;
            const double lon = point.left(space).toDouble(&okLon);
            const double lat = point.mid(space + 1).toDouble(&okLat);
            if (space < 0 || !okLon || !okLat)
                return {};
            ring.append(GeoPoint{lon, lat});
        }
        if (ring.size() >= 4) {
            if (!(ring.first() == ring.last()))
                ring.append(ring.first());
            polygons.append(Polygon{ring, {}});
        }
    }
    return polygons;
}

} // namespace

struct PlaceIndex::Data {
    QList<Entry> entries;
};

PlaceIndex::PlaceIndex() : d(std::make_shared<Data>()) {}

int PlaceIndex::size() const
{
    return int(d->entries.size());
}

QString PlaceIndex::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isLetterOrNumber() ? c.toLower() : QChar(QLatin1Char(' ')));
    }
    return out.simplified();
}

Result<PlaceIndex> PlaceIndex::fromTsv(const QByteArray &tsv)
{
    PlaceIndex index;
    int lineNumber = 0;
    for (const QByteArray &line : tsv.split('\n')) {
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 9 || (f[0] != "P" && f[0] != "A")) {
            return Error(ErrorClass::Protocol,
                         QCoreApplication::translate("PlaceIndex", "Line %1 of the place index is not a place (9 fields: kind, name, "
                                                                   "ASCII name, country, admin-1, lon, lat, rank, boundary)")
                             .arg(lineNumber));
        }
        Entry e;
        e.place.kind = f[0] == "A" ? Place::Kind::Admin1 : Place::Kind::PopulatedPlace;
        e.place.name = QString::fromUtf8(f[1]);
        e.place.country = QString::fromUtf8(f[3]);
        e.place.admin1 = QString::fromUtf8(f[4]);
        e.place.point = GeoPoint{f[5].toDouble(), f[6].toDouble()};
        e.place.population = f[7].toLongLong();
        if (!f[8].isEmpty())
            e.place.boundary = parseBoundary(QString::fromLatin1(f[8]));
        e.name = fold(e.place.name);
        e.ascii = fold(QString::fromUtf8(f[2]));
        e.country = fold(e.place.country);
        e.admin1 = fold(e.place.admin1);
        index.d->entries.append(std::move(e));
    }
    return index;
}

const PlaceIndex &PlaceIndex::embedded()
{
    static const PlaceIndex index = [] {
        QFile file(QStringLiteral(":/places/places.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return PlaceIndex();
        auto read = fromTsv(file.readAll());
        return read ? *read : PlaceIndex();
    }();
    return index;
}

QList<Place> PlaceIndex::search(const QString &text, int maxResults) const
{
    const int comma = text.indexOf(QLatin1Char(','));
    QStringList words = fold(comma < 0 ? text : text.left(comma)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString country = comma < 0 ? QString() : fold(text.mid(comma + 1));
    const bool wantAdmin = words.size() > 1 && isAdminWord(words.last());
    if (wantAdmin)
        words.removeLast();
    const QString wanted = words.join(QLatin1Char(' '));
    if (wanted.isEmpty())
        return {};

    struct Hit {
        const Entry *entry;
        int score;
    };
    QList<Hit> hits;
    for (const Entry &e : d->entries) {
        // After the comma: the country or the state ("Springfield, Illinois").
        if (!country.isEmpty() && !e.country.startsWith(country) && !e.admin1.startsWith(country))
            continue;
        if (wantAdmin && e.place.kind != Place::Kind::Admin1)
            continue;
        int score = 0;
        if (e.name == wanted || e.ascii == wanted)
            score = 3;
        else if (e.name.startsWith(wanted) || e.ascii.startsWith(wanted))
            score = 2;
        else if (e.name.contains(QLatin1Char(' ') + wanted) || e.ascii.contains(QLatin1Char(' ') + wanted))
            score = 1;
        if (score > 0)
            hits.append({&e, score});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        // Cities before the states of the same name, and the bigger city first.
        if (a.entry->place.kind != b.entry->place.kind)
            return a.entry->place.kind == Place::Kind::PopulatedPlace;
        return a.entry->place.population > b.entry->place.population;
    });
    QList<Place> out;
    for (const Hit &h : std::as_const(hits)) {
        if (out.size() >= maxResults)
            break;
        out.append(h.entry->place);
    }
    return out;
}

Result<Place> PlaceIndex::best(const QString &text) const
{
    const QList<Place> found = search(text, 8);
    if (found.isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("PlaceIndex", "No place called '%1' in the offline index (Natural Earth's populated places "
                                                               "and states or provinces); check the spelling, or give an area with --bbox")
                         .arg(text.trimmed()));
    }
    const int comma = text.indexOf(QLatin1Char(','));
    QStringList words = fold(comma < 0 ? text : text.left(comma)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1 && isAdminWord(words.last()))
        words.removeLast();
    const QString wanted = words.join(QLatin1Char(' '));
    QList<Place> exact;
    for (const Place &p : found) {
        if (fold(p.name) == wanted)
            exact.append(p);
    }
    const QList<Place> &candidates = exact.isEmpty() ? found : exact;
    if (candidates.size() == 1)
        return candidates.first();
    const Place &first = candidates.first();
    const bool clearlyFirst = first.kind == Place::Kind::PopulatedPlace
        && std::all_of(candidates.begin() + 1, candidates.end(), [&first](const Place &other) {
               return other.kind == Place::Kind::Admin1 || other.population * 5 <= first.population;
           });
    if (clearlyFirst && !exact.isEmpty())
        return first;
    QStringList labels;
    bool oneCountry = true;
    bool anyAdmin = false;
    for (const Place &p : candidates) {
        labels << p.label();
        oneCountry = oneCountry && p.country == first.country;
        anyAdmin = anyAdmin || p.kind == Place::Kind::Admin1;
    }
    // The example that tells the first candidate apart: its state when all share a country.
    const QString example = QStringLiteral("%1, %2").arg(first.name, oneCountry && !first.admin1.isEmpty() ? first.admin1 : first.country);
    if (anyAdmin) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("PlaceIndex", "'%1' could be: %2. Name one, e.g. \"%3\", or \"%4 state\" for the state or "
                                                               "province")
                         .arg(text.trimmed(), labels.join(QStringLiteral("; ")), example, first.name));
    }
    return Error(ErrorClass::BadInput, QCoreApplication::translate("PlaceIndex", "'%1' could be: %2. Name one, e.g. \"%3\"")
                                           .arg(text.trimmed(), labels.join(QStringLiteral("; ")), example));
}

QString Place::label() const
{
    if (kind == Kind::Admin1)
        return QCoreApplication::translate("PlaceIndex", "%1 (state or province, %2)").arg(name, country);
    if (admin1.isEmpty() || admin1 == name)
        return QCoreApplication::translate("PlaceIndex", "%1 (city, %2)").arg(name, country);
    return QCoreApplication::translate("PlaceIndex", "%1 (city, %2, %3)").arg(name, admin1, country);
}

Result<Region> Place::region(double bufferKm) const
{
    if (hasBoundary())
        return Region::fromPolygons(boundary);
    return pointBufferRegion(point, bufferKm);
}

} // namespace eoc

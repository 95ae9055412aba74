#include "core/model/region/RegionValidation.h"

#include <QCoreApplication>

#include "core/model/region/CoordinateText.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace eoc::region {

namespace {

double cross(const GeoPoint &o, const GeoPoint &a, const GeoPoint &b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

int sign(double v) { return (v > 0) - (v < 0); }

bool onSegment(const GeoPoint &p, const GeoPoint &a, const GeoPoint &b)
{
    return cross(a, b, p) == 0.0 && std::min(a.lon, b.lon) <= p.lon && p.lon <= std::max(a.lon, b.lon)
           && std::min(a.lat, b.lat) <= p.lat && p.lat <= std::max(a.lat, b.lat);
}

// Any common point, including touching and collinear overlap.
bool segmentsIntersect(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c, const GeoPoint &d)
{
    const int d1 = sign(cross(c, d, a));
    const int d2 = sign(cross(c, d, b));
    const int d3 = sign(cross(a, b, c));
    const int d4 = sign(cross(a, b, d));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && onSegment(a, c, d)) || (d2 == 0 && onSegment(b, c, d))
           || (d3 == 0 && onSegment(c, a, b)) || (d4 == 0 && onSegment(d, a, b));
}

// Only crossings where each segment passes strictly through the other.
bool segmentsCross(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c, const GeoPoint &d)
{
    return sign(cross(c, d, a)) * sign(cross(c, d, b)) < 0 && sign(cross(a, b, c)) * sign(cross(a, b, d)) < 0;
}

struct Segment {
    GeoPoint a;
    GeoPoint b;
    int ring = 0;     // index of the ring in the polygon (0 = outer)
    int index = 0;    // index of the segment within its ring
    double minLon() const { return std::min(a.lon, b.lon); }
    double maxLon() const { return std::max(a.lon, b.lon); }
    double minLat() const { return std::min(a.lat, b.lat); }
    double maxLat() const { return std::max(a.lat, b.lat); }
};

struct Conflict {
    Segment first;
    Segment second;
};

// Sweep over segments sorted by west end: only pairs whose longitude ranges overlap are compared,
// which keeps large rings (thousands of vertices from a Shapefile) fast.
std::optional<Conflict> findConflict(std::vector<Segment> segments, const std::vector<int> &ringSizes)
{
    std::sort(segments.begin(), segments.end(),
              [](const Segment &l, const Segment &r) { return l.minLon() < r.minLon(); });
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        for (size_t k = i + 1; k < segments.size() && segments[k].minLon() <= s.maxLon(); ++k) {
            const Segment &t = segments[k];
            if (t.minLat() > s.maxLat() || t.maxLat() < s.minLat())
                continue;
            if (s.ring == t.ring) {
                const int n = ringSizes[size_t(s.ring)];
                const int gap = std::abs(s.index - t.index);
                if (gap == 1 || gap == n - 1)
                    continue;   // neighbours share a vertex by construction
                if (segmentsIntersect(s.a, s.b, t.a, t.b))
                    return Conflict{s, t};
            } else if (segmentsCross(s.a, s.b, t.a, t.b)) {
                return Conflict{s, t};
            }
        }
    }
    return std::nullopt;
}

std::vector<Segment> segmentsOf(const Ring &ring, int ringIndex)
{
    std::vector<Segment> segments;
    for (int i = 0; i + 1 < ring.size(); ++i)
        segments.push_back(Segment{ring.at(i), ring.at(i + 1), ringIndex, i});
    return segments;
}

// A vertex whose two edges run back along each other: the ring has zero width there.
std::optional<int> findSpike(const Ring &ring)
{
    const int n = ring.size() - 1;   // distinct vertices of the closed ring
    for (int i = 0; i < n; ++i) {
        const GeoPoint &prev = ring.at((i + n - 1) % n);
        const GeoPoint &v = ring.at(i);
        const GeoPoint &next = ring.at(i + 1);
        const double dot = (prev.lon - v.lon) * (next.lon - v.lon) + (prev.lat - v.lat) * (next.lat - v.lat);
        if (cross(v, prev, next) == 0.0 && dot > 0.0)
            return i;
    }
    return std::nullopt;
}

Error invalid(const QString &where, const QString &what)
{
    return Error(ErrorClass::BadInput, where + QStringLiteral(": ") + what);
}

QString ringName(int polygonIndex, int polygonCount, int ringIndex)
{
    QString name = ringIndex == 0 ? QCoreApplication::translate("RegionValidation", "outer ring")
                                  : QCoreApplication::translate("RegionValidation", "hole %1").arg(ringIndex);
    if (polygonCount > 1)
        name = QCoreApplication::translate("RegionValidation", "polygon %1, %2").arg(QString::number(polygonIndex + 1), name);
    return name;
}

std::optional<Error> checkRing(const Ring &ring, const QString &where)
{
    for (int i = 0; i < ring.size(); ++i) {
        const GeoPoint &p = ring.at(i);
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat))
            return invalid(where, QCoreApplication::translate("RegionValidation", "point %1 is not a finite number").arg(i + 1));
        if (p.lon < -180.0 || p.lon > 180.0) {
            return invalid(where, QCoreApplication::translate("RegionValidation", "point %1 has longitude %2, outside -180..180")
                                      .arg(i + 1).arg(formatNumber(p.lon)));
        }
        if (p.lat < -90.0 || p.lat > 90.0) {
            return invalid(where, QCoreApplication::translate("RegionValidation", "point %1 has latitude %2, outside -90..90")
                                      .arg(i + 1).arg(formatNumber(p.lat)));
        }
    }
    if (ring.size() < 4) {
        return invalid(where, QCoreApplication::translate("RegionValidation", "ring has %1 points; a ring needs at least 4 "
                                             "(three corners and the first point repeated to close it)")
                                  .arg(ring.size()));
    }
    if (ring.first() != ring.last()) {
        return invalid(where, QCoreApplication::translate("RegionValidation", "ring is not closed: first point %1 differs from last point %2")
                                  .arg(describePoint(ring.first()), describePoint(ring.last())));
    }
    const Ring clean = withoutRepeatedPoints(ring);
    // A symmetric bow tie has zero area too: only call a ring flat when it does not cross itself.
    const bool crosses = clean.size() >= 4
                         && findConflict(segmentsOf(clean, 0), {int(clean.size()) - 1}).has_value();
    if (clean.size() < 4 || (!crosses && signedArea(clean) == 0.0))
        return invalid(where, QCoreApplication::translate("RegionValidation", "ring has no area (its points lie on one line)"));
    if (auto spike = findSpike(clean)) {
        return invalid(where, QCoreApplication::translate("RegionValidation", "ring intersects itself: it doubles back at %1")
                                  .arg(describePoint(clean.at(*spike))));
    }
    return std::nullopt;
}

} // namespace

double signedArea(const Ring &ring)
{
    double sum = 0.0;
    for (int i = 0; i + 1 < ring.size(); ++i)
        sum += ring.at(i).lon * ring.at(i + 1).lat - ring.at(i + 1).lon * ring.at(i).lat;
    return sum / 2.0;
}

Ring withoutRepeatedPoints(const Ring &ring)
{
    Ring out;
    out.reserve(ring.size());
    for (const GeoPoint &p : ring) {
        if (out.isEmpty() || out.last() != p)
            out.append(p);
    }
    return out;
}

bool ringIsSimple(const Ring &ring)
{
    const Ring clean = withoutRepeatedPoints(ring);
    if (clean.size() < 4 || findSpike(clean))
        return false;
    return !findConflict(segmentsOf(clean, 0), {int(clean.size()) - 1}).has_value();
}

bool pointInRing(const GeoPoint &point, const Ring &ring)
{
    bool inside = false;
    for (int i = 0; i + 1 < ring.size(); ++i) {
        const GeoPoint &a = ring.at(i);
        const GeoPoint &b = ring.at(i + 1);
        if (onSegment(point, a, b))
            return true;
        if ((a.lat > point.lat) != (b.lat > point.lat)) {
            const double lonAtLat = a.lon + (point.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (point.lon < lonAtLat)
                inside = !inside;
        }
    }
    return inside;
}

std::optional<Error> validatePolygons(const QList<Polygon> &polygons)
{
    if (polygons.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("RegionValidation", "the region has no polygons"));
    for (int p = 0; p < polygons.size(); ++p) {
        const Polygon &polygon = polygons.at(p);
        QList<Ring> rings{polygon.outer};
        rings += polygon.holes;
        std::vector<Segment> segments;
        std::vector<int> ringSizes;
        for (int r = 0; r < rings.size(); ++r) {
            if (auto e = checkRing(rings.at(r), ringName(p, int(polygons.size()), r)))
                return e;
            const Ring clean = withoutRepeatedPoints(rings.at(r));
            const auto ringSegments = segmentsOf(clean, r);
            segments.insert(segments.end(), ringSegments.begin(), ringSegments.end());
            ringSizes.push_back(int(clean.size()) - 1);
        }
        if (auto conflict = findConflict(std::move(segments), ringSizes)) {
            const GeoPoint &a = conflict->first.a;
            const GeoPoint &b = conflict->first.b;
            const GeoPoint &c = conflict->second.a;
            const GeoPoint &d = conflict->second.b;
            const QString edges = QCoreApplication::translate("RegionValidation", "edge %1-%2 meets edge %3-%4")
                                      .arg(describePoint(a), describePoint(b), describePoint(c), describePoint(d));
            if (conflict->first.ring == conflict->second.ring) {
                return invalid(ringName(p, int(polygons.size()), conflict->first.ring),
                               QCoreApplication::translate("RegionValidation", "ring intersects itself: %1").arg(edges));
            }
            return invalid(ringName(p, int(polygons.size()), std::max(conflict->first.ring, conflict->second.ring)),
                           QCoreApplication::translate("RegionValidation", "rings of the polygon cross: %1").arg(edges));
        }
        for (int h = 0; h < polygon.holes.size(); ++h) {
            for (const GeoPoint &v : polygon.holes.at(h)) {
                if (!pointInRing(v, polygon.outer)) {
                    return invalid(ringName(p, int(polygons.size()), h + 1),
                                   QCoreApplication::translate("RegionValidation", "hole lies outside its outer ring (point %1)").arg(describePoint(v)));
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace eoc::region

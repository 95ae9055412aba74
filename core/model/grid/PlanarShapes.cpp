#include "core/model/grid/PlanarShapes.h"

#include <algorithm>
#include <cmath>

namespace eoc::grid {

namespace {

double cross(const Vec2 &o, const Vec2 &a, const Vec2 &b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool onSegment(const Vec2 &p, const Vec2 &a, const Vec2 &b)
{
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
}

bool segmentsTouch(const Vec2 &p1, const Vec2 &p2, const Vec2 &q1, const Vec2 &q2)
{
    const double d1 = cross(q1, q2, p1);
    const double d2 = cross(q1, q2, p2);
    const double d3 = cross(p1, p2, q1);
    const double d4 = cross(p1, p2, q2);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    return (d1 == 0 && onSegment(p1, q1, q2)) || (d2 == 0 && onSegment(p2, q1, q2)) || (d3 == 0 && onSegment(q1, p1, p2))
           || (d4 == 0 && onSegment(q2, p1, p2));
}

bool inside(const Vec2 &p, const PlanarRing &ring)
{
    bool in = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const Vec2 &a = ring.at(i);
        const Vec2 &b = ring.at(j);
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            in = !in;
    }
    return in;
}

PlanarRing rectRing(const PlanarRect &r)
{
    return {{r.minX, r.minY}, {r.maxX, r.minY}, {r.maxX, r.maxY}, {r.minX, r.maxY}};
}

} // namespace

PlanarRect boundsOf(const PlanarRing &ring)
{
    PlanarRect r{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (const Vec2 &p : ring) {
        r.minX = std::min(r.minX, p.x);
        r.minY = std::min(r.minY, p.y);
        r.maxX = std::max(r.maxX, p.x);
        r.maxY = std::max(r.maxY, p.y);
    }
    return r;
}

bool ringsTouch(const PlanarRing &a, const PlanarRing &b)
{
    if (a.size() < 3 || b.size() < 3 || !boundsOf(a).intersects(boundsOf(b)))
        return false;
    if (inside(a.first(), b) || inside(b.first(), a))
        return true;
    const qsizetype na = a.size();
    const qsizetype nb = b.size();
    for (qsizetype i = 0; i < na; ++i) {
        const Vec2 &p1 = a.at(i);
        const Vec2 &p2 = a.at((i + 1) % na);
        for (qsizetype j = 0; j < nb; ++j) {
            if (segmentsTouch(p1, p2, b.at(j), b.at((j + 1) % nb)))
                return true;
        }
    }
    return false;
}

bool rectTouchesRing(const PlanarRect &rect, const PlanarRing &ring)
{
    if (ring.size() < 3 || !rect.intersects(boundsOf(ring)))
        return false;
    for (const Vec2 &p : ring) {
        if (p.x >= rect.minX && p.x <= rect.maxX && p.y >= rect.minY && p.y <= rect.maxY)
            return true;
    }
    return ringsTouch(rectRing(rect), ring);
}

Ring clipToLongitudes(const Ring &ring, double west, double east)
{
    auto clip = [](const Ring &in, auto keep, auto cut) {
        Ring out;
        const qsizetype n = in.size();
        for (qsizetype i = 0; i < n; ++i) {
            const GeoPoint &cur = in.at(i);
            const GeoPoint &prev = in.at((i + n - 1) % n);
            const bool curIn = keep(cur);
            const bool prevIn = keep(prev);
            if (curIn != prevIn)
                out << cut(prev, cur);
            if (curIn)
                out << cur;
        }
        return out;
    };
    auto at = [](double lon) {
        return [lon](const GeoPoint &a, const GeoPoint &b) {
            const double t = (lon - a.lon) / (b.lon - a.lon);
            return GeoPoint{lon, a.lat + t * (b.lat - a.lat)};
        };
    };
    Ring open = ring;
    if (open.size() > 1 && open.first() == open.last())
        open.removeLast();
    Ring out = clip(open, [west](const GeoPoint &p) { return p.lon >= west; }, at(west));
    out = clip(out, [east](const GeoPoint &p) { return p.lon <= east; }, at(east));
    return out.size() >= 3 ? out : Ring();
}

Ring densify(const Ring &ring, double stepDegrees)
{
    Ring out;
    const qsizetype n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const GeoPoint &a = ring.at(i);
        const GeoPoint &b = ring.at((i + 1) % n);
        out << a;
        const double span = std::max(std::abs(b.lon - a.lon), std::abs(b.lat - a.lat));
        const int pieces = int(std::ceil(span / stepDegrees));
        for (int k = 1; k < pieces; ++k) {
            const double t = double(k) / pieces;
            out << GeoPoint{a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)};
        }
    }
    return out;
}

} // namespace eoc::grid

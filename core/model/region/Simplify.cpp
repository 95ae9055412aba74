#include "core/model/region/Simplify.h"

#include "core/model/region/RegionBounds.h"
#include "core/model/region/RegionValidation.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <vector>

namespace eoc::region {

namespace {

// (a - o) x (b - o): > 0 when o -> a -> b turns left.
double cross(const GeoPoint &o, const GeoPoint &a, const GeoPoint &b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

bool inRange(const GeoPoint &p)
{
    return std::isfinite(p.lon) && std::isfinite(p.lat) && p.lon >= -180.0 && p.lon <= 180.0
           && p.lat >= -90.0 && p.lat <= 90.0;
}

// Distinct vertices of a closed ring, counter-clockwise, without the closing point.
std::vector<GeoPoint> ccwVertices(const Ring &ring)
{
    Ring clean = withoutRepeatedPoints(ring);
    if (clean.size() > 1 && clean.first() == clean.last())
        clean.removeLast();
    std::vector<GeoPoint> points(clean.begin(), clean.end());
    Ring closed = clean;
    if (!closed.isEmpty())
        closed.append(closed.first());
    if (signedArea(closed) < 0)
        std::reverse(points.begin(), points.end());
    return points;
}

Ring closedRing(const std::vector<GeoPoint> &points)
{
    Ring ring(points.begin(), points.end());
    if (!ring.isEmpty())
        ring.append(ring.first());
    return ring;
}

class CoveringReducer
{
public:
    explicit CoveringReducer(std::vector<GeoPoint> points) : m_points(std::move(points))
    {
        const int n = int(m_points.size());
        m_prev.resize(size_t(n));
        m_next.resize(size_t(n));
        m_alive.assign(size_t(n), true);
        m_stamp.assign(size_t(n), 0);
        for (int i = 0; i < n; ++i) {
            m_prev[size_t(i)] = (i + n - 1) % n;
            m_next[size_t(i)] = (i + 1) % n;
        }
        m_count = n;
    }

    std::optional<std::vector<GeoPoint>> reduceTo(int maxVertices)
    {
        for (int i = 0; i < int(m_points.size()); ++i)
            evaluate(i);
        while (m_count > maxVertices) {
            if (m_queue.empty())
                return std::nullopt;
            const Candidate c = m_queue.top();
            m_queue.pop();
            if (!m_alive[size_t(c.vertex)] || m_stamp[size_t(c.vertex)] != c.stamp)
                continue;   // outdated: a neighbour changed since this was computed
            apply(c);
        }
        std::vector<GeoPoint> out;
        int start = 0;
        while (!m_alive[size_t(start)])
            ++start;
        int v = start;
        do {
            out.push_back(m_points[size_t(v)]);
            v = m_next[size_t(v)];
        } while (v != start);
        return out;
    }

private:
    struct Candidate {
        double cost = 0.0;      // area added
        int vertex = 0;
        int stamp = 0;
        bool extendEdge = false;   // false: remove the vertex; true: replace edge vertex->next by X
        GeoPoint meeting;          // X
        bool operator>(const Candidate &o) const { return cost > o.cost; }
    };

    int prev(int v) const { return m_prev[size_t(v)]; }
    int next(int v) const { return m_next[size_t(v)]; }
    const GeoPoint &at(int v) const { return m_points[size_t(v)]; }

    void evaluate(int v)
    {
        ++m_stamp[size_t(v)];
        if (m_count < 4)
            return;   // a triangle cannot lose a vertex
        const int p = prev(v);
        const int b = next(v);
        const int n = next(b);
        std::optional<Candidate> best;
        const double turn = cross(at(p), at(v), at(b));
        if (turn <= 0.0)
            best = Candidate{-turn / 2.0, v, m_stamp[size_t(v)], false, {}};
        if (turn > 0.0 && cross(at(v), at(b), at(n)) > 0.0) {
            const double d1x = at(v).lon - at(p).lon, d1y = at(v).lat - at(p).lat;
            const double d2x = at(n).lon - at(b).lon, d2y = at(n).lat - at(b).lat;
            const double wx = at(b).lon - at(v).lon, wy = at(b).lat - at(v).lat;
            const double den = d1x * d2y - d1y * d2x;
            if (den > 0.0) {
                const double s = (wx * d2y - wy * d2x) / den;
                const double u = (d1x * wy - d1y * wx) / den;
                const GeoPoint meeting{at(v).lon + s * d1x, at(v).lat + s * d1y};
                if (s >= 0.0 && u >= 0.0 && inRange(meeting)) {
                    const double cost = std::abs(cross(at(v), meeting, at(b))) / 2.0;
                    if (!best || cost < best->cost)
                        best = Candidate{cost, v, m_stamp[size_t(v)], true, meeting};
                }
            }
        }
        if (best)
            m_queue.push(*best);
    }

    void apply(const Candidate &c)
    {
        int anchor = 0;
        if (c.extendEdge) {
            const int b = next(c.vertex);
            const int n = next(b);
            m_points[size_t(c.vertex)] = c.meeting;
            m_next[size_t(c.vertex)] = n;
            m_prev[size_t(n)] = c.vertex;
            m_alive[size_t(b)] = false;
            anchor = c.vertex;
        } else {
            const int p = prev(c.vertex);
            const int n = next(c.vertex);
            m_next[size_t(p)] = n;
            m_prev[size_t(n)] = p;
            m_alive[size_t(c.vertex)] = false;
            anchor = p;
        }
        --m_count;
        // Every candidate looks at most two vertices ahead and one behind.
        int v = anchor;
        for (int i = 0; i < 3; ++i)
            v = prev(v);
        for (int i = 0; i < 7; ++i) {
            evaluate(v);
            v = next(v);
        }
    }

    std::vector<GeoPoint> m_points;
    std::vector<int> m_prev;
    std::vector<int> m_next;
    std::vector<bool> m_alive;
    std::vector<int> m_stamp;
    int m_count = 0;
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> m_queue;
};

} // namespace

Ring convexHull(const Ring &ring)
{
    std::vector<GeoPoint> points(ring.begin(), ring.end());
    std::sort(points.begin(), points.end(), [](const GeoPoint &l, const GeoPoint &r) {
        return l.lon < r.lon || (l.lon == r.lon && l.lat < r.lat);
    });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return closedRing(points);
    // Andrew's monotone chain.
    std::vector<GeoPoint> hull(2 * points.size());
    size_t k = 0;
    for (const GeoPoint &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (size_t i = points.size() - 1, lower = k + 1; i > 0; --i) {
        const GeoPoint &p = points[i - 1];
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    hull.resize(k - 1);
    return closedRing(hull);
}

std::optional<Ring> coveringSimplify(const Ring &ring, int maxPoints)
{
    const int maxVertices = maxPoints - 1;
    if (maxVertices < 3)
        return std::nullopt;
    std::vector<GeoPoint> vertices = ccwVertices(ring);
    if (int(vertices.size()) <= maxVertices)
        return closedRing(vertices);
    if (auto reduced = CoveringReducer(vertices).reduceTo(maxVertices)) {
        const Ring candidate = closedRing(*reduced);
        if (ringIsSimple(candidate))
            return candidate;
    }
    const std::vector<GeoPoint> hull = ccwVertices(convexHull(ring));
    if (int(hull.size()) <= maxVertices)
        return closedRing(hull);
    if (auto reduced = CoveringReducer(hull).reduceTo(maxVertices))
        return closedRing(*reduced);
    return std::nullopt;
}

std::optional<QList<Polygon>> simplifyPolygons(const QList<Polygon> &polygons, int maxPoints)
{
    // Each polygon keeps at least a triangle (4 positions); the rest of the budget is shared in
    // proportion to how many positions each polygon has beyond that.
    const int minimum = 4 * int(polygons.size());
    if (maxPoints < minimum)
        return std::nullopt;
    long long surplus = 0;
    for (const Polygon &p : polygons)
        surplus += std::max<long long>(0, p.outer.size() - 4);
    const long long spare = maxPoints - minimum;
    QList<Polygon> out;
    for (const Polygon &p : polygons) {
        int holePoints = 0;
        for (const Ring &hole : p.holes)
            holePoints += int(hole.size());
        const long long extra = surplus == 0 ? 0 : spare * std::max<long long>(0, p.outer.size() - 4) / surplus;
        const int budget = 4 + int(extra);
        if (p.outer.size() + holePoints <= budget) {
            out.append(p);
            continue;
        }
        auto outer = coveringSimplify(p.outer, budget);
        if (!outer)
            return std::nullopt;
        out.append(Polygon{*outer, {}});
    }
    return out;
}

} // namespace eoc::region

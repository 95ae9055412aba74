#include "core/model/region/RegionBounds.h"

#include <algorithm>
#include <vector>

namespace eoc::region {

namespace {

struct LonInterval {
    double west;
    double east;
};

} // namespace

BoundingBox boundsOfPolygons(const QList<Polygon> &polygons)
{
    std::vector<LonInterval> intervals;
    double south = 90.0;
    double north = -90.0;
    for (const Polygon &polygon : polygons) {
        if (polygon.outer.isEmpty())
            continue;
        LonInterval interval{180.0, -180.0};
        for (const GeoPoint &p : polygon.outer) {   // holes lie inside the outer ring
            interval.west = std::min(interval.west, p.lon);
            interval.east = std::max(interval.east, p.lon);
            south = std::min(south, p.lat);
            north = std::max(north, p.lat);
        }
        intervals.push_back(interval);
    }
    if (intervals.empty())
        return {};

    // Merge the longitude intervals, then find the widest gap between them on the circle.
    std::sort(intervals.begin(), intervals.end(),
              [](const LonInterval &l, const LonInterval &r) { return l.west < r.west; });
    std::vector<LonInterval> merged{intervals.front()};
    for (size_t i = 1; i < intervals.size(); ++i) {
        if (intervals[i].west <= merged.back().east)
            merged.back().east = std::max(merged.back().east, intervals[i].east);
        else
            merged.push_back(intervals[i]);
    }
    // The gap that wraps around the antimeridian, from the last east end to the first west end.
    double widestGap = (merged.front().west + 360.0) - merged.back().east;
    BoundingBox box{merged.front().west, south, merged.back().east, north};
    for (size_t i = 1; i < merged.size(); ++i) {
        const double gap = merged[i].west - merged[i - 1].east;
        if (gap > widestGap) {
            widestGap = gap;
            box.west = merged[i].west;        // the box starts after the gap ...
            box.east = merged[i - 1].east;    // ... and wraps round to end before it
        }
    }
    return box;
}

Ring boxRing(const BoundingBox &box)
{
    return Ring{{box.west, box.south}, {box.east, box.south}, {box.east, box.north},
                {box.west, box.north}, {box.west, box.south}};
}

} // namespace eoc::region

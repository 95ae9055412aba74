#pragma once

#include "core/model/Region.h"

#include <QList>

// Small plane-geometry helpers for the grids: tiles are rectangles in a map projection, regions are
// rings of points; the question is always "do they touch?".
namespace eoc::grid {

struct Vec2 {
    double x = 0;
    double y = 0;
};
using PlanarRing = QList<Vec2>;

struct PlanarRect {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool intersects(const PlanarRect &o) const { return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY; }
};

PlanarRect boundsOf(const PlanarRing &ring);
// Whether the rectangle and the area inside the ring (closed or not) have a point in common.
bool rectTouchesRing(const PlanarRect &rect, const PlanarRing &ring);
// Whether the two rings' areas have a point in common.
bool ringsTouch(const PlanarRing &a, const PlanarRing &b);

// The part of a longitude/latitude ring between two meridians (Sutherland-Hodgman); edges are
// straight in degrees. Empty when nothing is left.
Ring clipToLongitudes(const Ring &ring, double west, double east);
// The ring with extra points so that no edge spans more than `stepDegrees`: edges straight in
// degrees stay close to the same line once projected.
Ring densify(const Ring &ring, double stepDegrees);

} // namespace eoc::grid

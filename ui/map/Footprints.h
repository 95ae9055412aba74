#pragma once

#include "core/model/Region.h"

#include <QList>
#include <QPolygonF>

namespace eoc::ui {

// A region as closed rings in normalised Mercator coordinates, "unwrapped": a shape crossing the
// antimeridian keeps going past x = 1 instead of jumping back to 0, so it is drawn in one piece
// and the world copies on either side draw the rest.
QList<QPolygonF> normalizedRings(const Region &region);
// One ring, unwrapped. A ring that goes all the way round the globe (Antarctica) is closed along
// the map edge on the side of the pole it circles, so that it still fills the right area.
QPolygonF unwrappedRing(const Ring &ring);
QPolygonF normalizedBox(const BoundingBox &box);

} // namespace eoc::ui

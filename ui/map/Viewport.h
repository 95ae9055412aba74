#pragma once

#include "core/model/Region.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace eoc::ui {

// The Web Mercator view of the map: which point of the world is in the middle of the widget and
// at which zoom. Positions in the world are "normalised" Mercator coordinates: x 0..1 from
// longitude -180 to 180, y 0..1 from latitude 85.05 to -85.05. The world repeats horizontally,
// so a normalised x outside 0..1 is the same place one world to the left or right; that is how
// shapes crossing the antimeridian stay in one piece.
class Viewport
{
public:
    static constexpr double kTileSize = 256.0;
    static constexpr double kMaxLatitude = 85.0511287798;
    static constexpr double kMinZoom = 0.0;
    static constexpr double kMaxZoom = 19.0;

    Viewport() = default;
    Viewport(QSize size, GeoPoint center, double zoom);

    QSize size() const { return m_size; }
    void setSize(QSize size) { m_size = size; }
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    GeoPoint center() const;
    void setCenter(GeoPoint center);
    QPointF centerNormalized() const { return m_center; }
    void setCenterNormalized(QPointF center);

    // Pixels of one whole world at this zoom.
    double worldPixels() const;

    static QPointF geoToNormalized(GeoPoint point);
    // The normalised x may lie outside 0..1; the longitude is wrapped back into -180..180.
    static GeoPoint normalizedToGeo(QPointF point);
    static double wrapLongitude(double lon);

    QPointF normalizedToScreen(QPointF point) const;
    QPointF screenToNormalized(QPointF point) const;
    // The copy of `point` nearest to the middle of the screen.
    QPointF geoToScreen(GeoPoint point) const;
    GeoPoint screenToGeo(QPointF point) const;

    // Maps normalised coordinates to the screen for world copy `copy` (0: the one around the
    // centre, -1 the one to the left...). Layers paint paths in normalised coordinates with it.
    QTransform transformForCopy(int copy) const;
    // The world copies that intersect the screen, for wrap-around painting.
    QList<int> visibleCopies() const;
    // The visible part of the world in normalised coordinates (x may go beyond 0..1).
    QRectF visibleNormalized() const;

    // Moves the view by a screen distance (dragging).
    void panBy(QPointF screenDelta);
    // Zooms by `steps` keeping the geographic point under `anchor` (screen) where it is.
    void zoomAround(QPointF anchor, double steps);
    // Centres and zooms so that `box` fills the view with a margin.
    void fitBox(const BoundingBox &box, double marginPixels = 24.0);

    // Ground metres of one screen pixel at the centre's latitude.
    double metresPerPixel() const;

private:
    QSize m_size{800, 600};
    QPointF m_center{0.5, 0.5};
    double m_zoom = 2.0;
};

} // namespace eoc::ui

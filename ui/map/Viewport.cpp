#include "ui/map/Viewport.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eoc::ui {

namespace {
constexpr double kEarthCircumference = 40075016.686;  // metres at the equator (WGS84)
}

Viewport::Viewport(QSize size, GeoPoint center, double zoom)
    : m_size(size)
{
    setZoom(zoom);
    setCenter(center);
}

void Viewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

GeoPoint Viewport::center() const { return normalizedToGeo(m_center); }

void Viewport::setCenter(GeoPoint center) { setCenterNormalized(geoToNormalized(center)); }

void Viewport::setCenterNormalized(QPointF center)
{
    // x wraps (the world repeats), y stops at the Mercator limits.
    double x = center.x() - std::floor(center.x());
    m_center = QPointF(x, std::clamp(center.y(), 0.0, 1.0));
}

double Viewport::worldPixels() const { return kTileSize * std::exp2(m_zoom); }

double Viewport::wrapLongitude(double lon)
{
    double wrapped = std::fmod(lon + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    return wrapped - 180.0;
}

QPointF Viewport::geoToNormalized(GeoPoint point)
{
    const double lat = std::clamp(point.lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double x = (point.lon + 180.0) / 360.0;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0;
    return {x, y};
}

GeoPoint Viewport::normalizedToGeo(QPointF point)
{
    const double lon = wrapLongitude(point.x() * 360.0 - 180.0);
    const double n = std::numbers::pi * (1.0 - 2.0 * std::clamp(point.y(), 0.0, 1.0));
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

QPointF Viewport::normalizedToScreen(QPointF point) const
{
    const double world = worldPixels();
    return {(point.x() - m_center.x()) * world + m_size.width() / 2.0,
            (point.y() - m_center.y()) * world + m_size.height() / 2.0};
}

QPointF Viewport::screenToNormalized(QPointF point) const
{
    const double world = worldPixels();
    return {m_center.x() + (point.x() - m_size.width() / 2.0) / world,
            m_center.y() + (point.y() - m_size.height() / 2.0) / world};
}

QPointF Viewport::geoToScreen(GeoPoint point) const
{
    QPointF n = geoToNormalized(point);
    // Pick the world copy nearest to the centre.
    n.rx() += std::round(m_center.x() - n.x());
    return normalizedToScreen(n);
}

GeoPoint Viewport::screenToGeo(QPointF point) const
{
    return normalizedToGeo(screenToNormalized(point));
}

QTransform Viewport::transformForCopy(int copy) const
{
    const double world = worldPixels();
    QTransform t;
    t.translate(m_size.width() / 2.0 + (copy - m_center.x()) * world,
                m_size.height() / 2.0 - m_center.y() * world);
    t.scale(world, world);
    return t;
}

QList<int> Viewport::visibleCopies() const
{
    const QRectF visible = visibleNormalized();
    QList<int> copies;
    for (int c = int(std::floor(visible.left())); c <= int(std::floor(visible.right())); ++c)
        copies.append(c);
    return copies;
}

QRectF Viewport::visibleNormalized() const
{
    const QPointF topLeft = screenToNormalized(QPointF(0, 0));
    const QPointF bottomRight = screenToNormalized(QPointF(m_size.width(), m_size.height()));
    return QRectF(topLeft, bottomRight);
}

void Viewport::panBy(QPointF screenDelta)
{
    const double world = worldPixels();
    setCenterNormalized(m_center - screenDelta / world);
}

void Viewport::zoomAround(QPointF anchor, double steps)
{
    const QPointF before = screenToNormalized(anchor);
    setZoom(m_zoom + steps);
    const QPointF after = screenToNormalized(anchor);
    setCenterNormalized(m_center + (before - after));
}

void Viewport::fitBox(const BoundingBox &box, double marginPixels)
{
    const QPointF topLeft = geoToNormalized({box.west, box.north});
    QPointF bottomRight = geoToNormalized({box.east, box.south});
    if (box.crossesAntimeridian())
        bottomRight.rx() += 1.0;
    const double w = std::max(bottomRight.x() - topLeft.x(), 1e-9);
    const double h = std::max(bottomRight.y() - topLeft.y(), 1e-9);
    const double availW = std::max(1.0, m_size.width() - 2 * marginPixels);
    const double availH = std::max(1.0, m_size.height() - 2 * marginPixels);
    const double zoom = std::log2(std::min(availW / (w * kTileSize), availH / (h * kTileSize)));
    setZoom(std::min(zoom, 16.0));
    setCenterNormalized((topLeft + bottomRight) / 2.0);
}

double Viewport::metresPerPixel() const
{
    const double lat = center().lat * std::numbers::pi / 180.0;
    return kEarthCircumference * std::cos(lat) / worldPixels();
}

} // namespace eoc::ui

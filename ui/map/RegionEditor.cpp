#include "ui/map/RegionEditor.h"

#include "ui/map/Footprints.h"
#include "ui/map/Viewport.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace eoc::ui {

namespace {
constexpr double kHandleRadius = 6.0;     // pixels
constexpr double kMinDragPixels = 3.0;    // smaller drags are clicks, not boxes
}

RegionEditor::RegionEditor(QObject *parent)
    : MapLayer(40, parent)
{
}

void RegionEditor::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    cancelDrawing();
    m_tool = tool;
    Q_EMIT toolChanged(tool);
    Q_EMIT changed();
}

void RegionEditor::setRegion(const Region &region)
{
    m_region = region;
    m_rings = normalizedRings(region);
    m_box = region.isBox() && !m_rings.isEmpty() ? m_rings.first().boundingRect() : QRectF();
    Q_EMIT changed();
}

void RegionEditor::clear()
{
    cancelDrawing();
    setRegion(Region());
    Q_EMIT regionChanged(m_region);
}

void RegionEditor::commitRegion(const Region &region)
{
    cancelDrawing();
    setRegion(region);
    Q_EMIT regionChanged(m_region);
}

BoundingBox RegionEditor::boxFromNormalized(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    const GeoPoint topLeft = Viewport::normalizedToGeo(r.topLeft());
    const GeoPoint bottomRight = Viewport::normalizedToGeo(r.bottomRight());
    if (r.width() >= 1.0)
        return {-180.0, bottomRight.lat, 180.0, topLeft.lat};
    double west = Viewport::wrapLongitude(r.left() * 360.0 - 180.0);
    double east = Viewport::wrapLongitude(r.right() * 360.0 - 180.0);
    // A box ending exactly on the antimeridian ends at +180, not -180.
    if (east <= west && std::abs(east + 180.0) < 1e-9)
        east = 180.0;
    return {west, bottomRight.lat, east, topLeft.lat};
}

QRectF RegionEditor::boxOnScreen(const Viewport &viewport) const
{
    if (m_box.isNull())
        return {};
    // The copy of the box nearest the centre of the view.
    QRectF box = m_box;
    box.translate(std::round(viewport.centerNormalized().x() - box.center().x()), 0);
    return QRectF(viewport.normalizedToScreen(box.topLeft()),
                  viewport.normalizedToScreen(box.bottomRight()));
}

int RegionEditor::handleAt(QPointF screen, const Viewport &viewport) const
{
    const QRectF box = boxOnScreen(viewport);
    if (box.isNull())
        return 0;
    int edges = 0;
    const bool withinY = screen.y() > box.top() - kHandleRadius && screen.y() < box.bottom() + kHandleRadius;
    const bool withinX = screen.x() > box.left() - kHandleRadius && screen.x() < box.right() + kHandleRadius;
    if (withinY && std::abs(screen.x() - box.left()) <= kHandleRadius)
        edges |= Left;
    if (withinY && std::abs(screen.x() - box.right()) <= kHandleRadius)
        edges |= Right;
    if (withinX && std::abs(screen.y() - box.top()) <= kHandleRadius)
        edges |= Top;
    if (withinX && std::abs(screen.y() - box.bottom()) <= kHandleRadius)
        edges |= Bottom;
    return edges;
}

Qt::CursorShape RegionEditor::cursorAt(QPointF screen, const Viewport &viewport) const
{
    if (m_tool == Tool::Polygon || m_tool == Tool::Point)
        return Qt::CrossCursor;
    if (m_tool != Tool::Box)
        return Qt::ArrowCursor;
    const int edges = handleAt(screen, viewport);
    if (edges == (Left | Top) || edges == (Right | Bottom))
        return Qt::SizeFDiagCursor;
    if (edges == (Right | Top) || edges == (Left | Bottom))
        return Qt::SizeBDiagCursor;
    if (edges & (Left | Right))
        return Qt::SizeHorCursor;
    if (edges & (Top | Bottom))
        return Qt::SizeVerCursor;
    if (boxOnScreen(viewport).contains(screen))
        return Qt::SizeAllCursor;
    return Qt::CrossCursor;
}

bool RegionEditor::mousePress(QPointF screen, Qt::MouseButton button, const Viewport &viewport)
{
    if (button != Qt::LeftButton)
        return false;
    const QPointF n = viewport.screenToNormalized(screen);
    if (m_tool == Tool::Point) {
        Q_EMIT pointPicked(Viewport::normalizedToGeo(n));
        return true;
    }
    if (m_tool == Tool::Box) {
        m_dragStart = n;
        const int edges = handleAt(screen, viewport);
        if (edges != 0) {
            m_drag = Drag::Handle;
            m_dragEdges = edges;
        } else if (boxOnScreen(viewport).contains(screen)) {
            m_drag = Drag::Move;
        } else {
            m_drag = Drag::NewBox;
            m_box = QRectF();
        }
        if (!m_box.isNull())
            m_box.translate(std::round(viewport.centerNormalized().x() - m_box.center().x()), 0);
        m_boxAtDragStart = m_box;
        return true;
    }
    if (m_tool == Tool::Polygon) {
        if (m_polygon.isEmpty()) {
            m_rings.clear();
            m_box = QRectF();
        }
        m_polygon.append(n);
        m_rubberBand = n;
        Q_EMIT changed();
        return true;
    }
    return false;
}

bool RegionEditor::mouseMove(QPointF screen, const Viewport &viewport)
{
    const QPointF n = viewport.screenToNormalized(screen);
    if (m_tool == Tool::Polygon && !m_polygon.isEmpty()) {
        m_rubberBand = n;
        Q_EMIT changed();
        return true;
    }
    if (m_drag == Drag::None)
        return false;
    if (m_drag == Drag::NewBox) {
        const double pixels = (n - m_dragStart).manhattanLength() * viewport.worldPixels();
        if (pixels >= kMinDragPixels) {
            m_box = QRectF(m_dragStart, n).normalized();
            m_rings = {normalizedBox(boxFromNormalized(m_box))};
        }
    } else if (m_drag == Drag::Move) {
        m_box = m_boxAtDragStart.translated(n - m_dragStart);
    } else {
        QRectF box = m_boxAtDragStart;
        if (m_dragEdges & Left)
            box.setLeft(n.x());
        if (m_dragEdges & Right)
            box.setRight(n.x());
        if (m_dragEdges & Top)
            box.setTop(n.y());
        if (m_dragEdges & Bottom)
            box.setBottom(n.y());
        m_box = box.normalized();
    }
    Q_EMIT changed();
    return true;
}

bool RegionEditor::mouseRelease(QPointF screen, const Viewport &viewport)
{
    if (m_drag == Drag::None)
        return m_tool == Tool::Polygon || m_tool == Tool::Point;
    mouseMove(screen, viewport);
    const bool newBoxWithoutDrag = m_drag == Drag::NewBox && m_box.isNull();
    m_drag = Drag::None;
    if (newBoxWithoutDrag) {
        // A click, not a drag: keep the box there was and let the map treat it as a click.
        m_box = m_boxAtDragStart;
        Q_EMIT changed();
        return false;
    }
    commitBox();
    return true;
}

bool RegionEditor::mouseDoubleClick(QPointF screen, const Viewport &viewport)
{
    Q_UNUSED(screen)
    Q_UNUSED(viewport)
    if (m_tool != Tool::Polygon)
        return false;
    // The double-click's first click already added its vertex; the second press added it again.
    if (m_polygon.size() >= 2 && m_polygon.last() == m_polygon.at(m_polygon.size() - 2))
        m_polygon.removeLast();
    finishPolygon();
    return true;
}

bool RegionEditor::cancelDrawing()
{
    const bool wasDrawing = isDrawing();
    if (m_drag != Drag::None)
        m_box = m_boxAtDragStart;
    m_drag = Drag::None;
    m_polygon.clear();
    if (wasDrawing) {
        m_rings = normalizedRings(m_region);
        m_box = m_region.isBox() && !m_rings.isEmpty() ? m_rings.first().boundingRect() : QRectF();
        Q_EMIT changed();
    }
    return wasDrawing;
}

bool RegionEditor::finishPolygon()
{
    if (m_polygon.size() < 3) {
        if (!m_polygon.isEmpty())
            Q_EMIT regionRejected(Error(ErrorClass::BadInput,
                QCoreApplication::translate("eoc::ui::RegionEditor",
                                            "A polygon needs at least three points.")));
        return false;
    }
    commitPolygon();
    return true;
}

void RegionEditor::commitBox()
{
    m_box = m_box.normalized();
    m_box.setTop(std::max(0.0, m_box.top()));
    m_box.setBottom(std::min(1.0, m_box.bottom()));
    const Region region = Region::fromBox(boxFromNormalized(m_box));
    m_region = region;
    m_rings = normalizedRings(region);
    Q_EMIT changed();
    Q_EMIT regionChanged(region);
}

void RegionEditor::commitPolygon()
{
    Ring ring;
    for (const QPointF &p : std::as_const(m_polygon)) {
        const GeoPoint g = Viewport::normalizedToGeo(p);
        ring.append(g);
    }
    ring.append(ring.first());
    const QPolygonF drawn = m_polygon;
    m_polygon.clear();
    const Result<Region> region = Region::fromPolygons({Polygon{ring, {}}});
    if (!region) {
        m_rings = normalizedRings(m_region);
        Q_EMIT changed();
        Q_EMIT regionRejected(region.error());
        return;
    }
    m_region = *region;
    m_box = QRectF();
    m_rings = normalizedRings(m_region);
    Q_EMIT changed();
    Q_EMIT regionChanged(m_region);
}

void RegionEditor::setColor(const QColor &color)
{
    m_color = color;
    Q_EMIT changed();
}

void RegionEditor::paint(QPainter &painter, const Viewport &viewport)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(m_color, 2.0);
    pen.setCosmetic(true);
    QColor fill = m_color;
    fill.setAlpha(40);

    QList<QPolygonF> rings = m_rings;
    if (!m_box.isNull() && m_drag != Drag::None)
        rings = {QPolygonF(m_box)};
    for (int copy : viewport.visibleCopies()) {
        painter.setTransform(viewport.transformForCopy(copy));
        painter.setPen(pen);
        painter.setBrush(fill);
        for (const QPolygonF &ring : std::as_const(rings))
            painter.drawPolygon(ring);
        if (!m_polygon.isEmpty()) {
            QPen dashed = pen;
            dashed.setStyle(Qt::DashLine);
            painter.setPen(dashed);
            painter.setBrush(Qt::NoBrush);
            QPolygonF open = m_polygon;
            open.append(m_rubberBand);
            painter.drawPolyline(open);
        }
    }
    painter.resetTransform();

    // Handles on the box while the box tool is active.
    if (m_tool == Tool::Box && !m_box.isNull()) {
        const QRectF box = boxOnScreen(viewport);
        painter.setPen(QPen(m_color, 1.0));
        painter.setBrush(Qt::white);
        const QList<QPointF> handles = {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight(),
                                        QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()),
                                        QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y())};
        for (const QPointF &h : handles)
            painter.drawRect(QRectF(h.x() - 4, h.y() - 4, 8, 8));
    }
    if (m_tool == Tool::Polygon && !m_polygon.isEmpty()) {
        painter.setPen(QPen(m_color, 1.0));
        painter.setBrush(Qt::white);
        for (const QPointF &p : std::as_const(m_polygon)) {
            const QPointF s = viewport.normalizedToScreen(
                QPointF(p.x() + std::round(viewport.centerNormalized().x() - p.x()), p.y()));
            painter.drawEllipse(s, 4, 4);
        }
    }
    painter.restore();
}

} // namespace eoc::ui

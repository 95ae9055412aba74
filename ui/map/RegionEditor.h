#pragma once

#include "ui/map/MapLayer.h"

#include "core/model/Error.h"
#include "core/model/Region.h"

#include <QColor>
#include <QPolygonF>
#include <QRectF>

class QMouseEvent;

namespace eoc::ui {

// The region-of-interest editor: draws a box by dragging, edits it with corner and edge handles,
// draws a polygon click by click (double-click or Enter closes it) and paints the current region.
// It works in normalised Mercator coordinates internally and hands out geographic regions only.
class RegionEditor final : public MapLayer
{
    Q_OBJECT
public:
    // Point: a click picks the centre of a circle (pointPicked); the circle comes back through
    // commitRegion().
    enum class Tool { None, Box, Polygon, Point };
    Q_ENUM(Tool)

    explicit RegionEditor(QObject *parent = nullptr);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    Region region() const { return m_region; }
    // Shows `region` (from the coordinate form or a file) without emitting regionChanged.
    void setRegion(const Region &region);
    void clear();
    // Makes `region` the region as if drawn here (emits regionChanged).
    void commitRegion(const Region &region);
    bool isDrawing() const { return m_drag != Drag::None || !m_polygon.isEmpty(); }

    // Input from the map widget, in screen coordinates; true when the editor used the event.
    bool mousePress(QPointF screen, Qt::MouseButton button, const Viewport &viewport);
    bool mouseMove(QPointF screen, const Viewport &viewport);
    bool mouseRelease(QPointF screen, const Viewport &viewport);
    bool mouseDoubleClick(QPointF screen, const Viewport &viewport);
    // The cursor shape the editor wants over `screen`, or Qt::ArrowCursor for none.
    Qt::CursorShape cursorAt(QPointF screen, const Viewport &viewport) const;
    // Escape: drops a drawing in progress. True if there was one.
    bool cancelDrawing();
    // Enter: closes the polygon being drawn. True if it was closed.
    bool finishPolygon();

    void setColor(const QColor &color);
    void paint(QPainter &painter, const Viewport &viewport) override;

    // The geographic box of a normalised rectangle (x may lie outside 0..1; a rectangle over
    // the antimeridian gives west > east).
    static BoundingBox boxFromNormalized(const QRectF &rect);

Q_SIGNALS:
    void regionChanged(const eoc::Region &region);
    void regionRejected(const eoc::Error &error);
    void toolChanged(eoc::ui::RegionEditor::Tool tool);
    void pointPicked(eoc::GeoPoint point);

private:
    enum class Drag { None, NewBox, Handle, Move };
    // Handle bits: which edges of the box a handle moves.
    enum Edge { Left = 1, Right = 2, Top = 4, Bottom = 8 };

    int handleAt(QPointF screen, const Viewport &viewport) const;
    QRectF boxOnScreen(const Viewport &viewport) const;
    void commitBox();
    void commitPolygon();

    Tool m_tool = Tool::None;
    Region m_region;
    QRectF m_box;                      // normalised, unwrapped; valid when the region is a box
    QList<QPolygonF> m_rings;          // normalised rings of a polygon region
    Drag m_drag = Drag::None;
    int m_dragEdges = 0;
    QPointF m_dragStart;               // normalised
    QRectF m_boxAtDragStart;
    QPolygonF m_polygon;               // normalised vertices of the polygon being drawn
    QPointF m_rubberBand;              // normalised cursor position while drawing a polygon
    QColor m_color{220, 40, 60};
};

} // namespace eoc::ui

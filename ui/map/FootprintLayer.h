#pragma once

#include "ui/map/MapLayer.h"

#include "core/model/SceneResult.h"

#include <QBitArray>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPolygonF>
#include <QHash>
#include <QImage>
#include <QPolygon>
#include <QSet>
#include <QTransform>

namespace eoc::ui {

// The footprints of search results, one per result row (the results model's source row), with a
// hover highlight and a selected state. Selection is set from outside (the results table) and
// hits are reported back by row, so the table and the map stay one selection.
class FootprintLayer final : public MapLayer
{
    Q_OBJECT
public:
    // From this many footprints on, they are drawn without antialiasing, in whole device pixels,
    // into an image kept for the view: hover, selection and pans repaint little of it.
    static constexpr qsizetype kDenseFootprints = 2000;

    explicit FootprintLayer(QObject *parent = nullptr);

    void clear();
    void append(const QList<SceneResult> &results);
    int count() const { return int(m_items.size()); }

    void setSelectedRows(const QSet<int> &rows);
    QSet<int> selectedRows() const { return m_selected; }
    void setHoveredRow(int row);
    int hoveredRow() const { return m_hovered; }

    // Which rows are drawn and hit: bit `row` set. An empty array shows every row (no filter).
    // The results table's text filter sets it, so the map shows what the table shows.
    void setShownRows(const QBitArray &shown);
    bool isShown(int row) const { return m_shown.isEmpty() || (row < m_shown.size() && m_shown.testBit(row)); }
    int shownCount() const { return m_shown.isEmpty() ? count() : int(m_shown.count(true)); }

    // The row whose footprint covers `normalized` (topmost, selected ones first), or -1.
    int rowAt(QPointF normalized) const;
    // Every shown row whose footprint covers `normalized`, topmost (highest row) first.
    QList<int> rowsAt(QPointF normalized) const;
    // "<scene id>\n<date> · cloud <n> %" for a hover tooltip.
    QString toolTip(int row) const;
    // The union of the bounds of `rows` (all rows when empty), in normalised coordinates.
    QRectF boundsOf(const QList<int> &rows) const;
    QRectF boundsOf(int row) const;

    void setColors(const QColor &base, const QColor &highlight);
    // How often a dense layer painted every footprint anew (not shifted, not reused): for tests.
    int fullRepaints() const { return m_fullRepaints; }
    void paint(QPainter &painter, const Viewport &viewport) override;

private:
    struct Item {
        QList<QPolygonF> rings;
        QRectF bounds;
        QString sceneId;
        QDateTime start;
        std::optional<double> cloudCover;
    };
    // The rings of every item in device pixels for one copy of the world under one transform.
    struct DeviceCache {
        QTransform transform;
        qsizetype itemCount = 0;
        QList<QPolygon> polygons;                  // item i's rings: m_firstRing[i] .. m_firstRing[i+1]
        QList<QRect> bounds;                       // each ring's bounding box
    };
    // Every shown footprint of a dense layer, painted once for a view (see denseImage()).
    struct DenseImage {
        QImage image;
        double zoom = 0;
        QSize size;
        qreal dpr = 1;
        qsizetype itemCount = 0;
        quint64 version = 0;
        QPointF origin;                            // where the world's corner was, in pixels
    };
    bool contains(const Item &item, QPointF point) const;
    QColor fillColor() const;
    const DeviceCache &devicePolygons(int copy, const QTransform &transform);
    void paintBase(QPainter &painter, const Viewport &viewport);
    void paintDenseInto(QPainter &painter, const Viewport &viewport, const QRect &area);
    const QImage &denseImage(const Viewport &viewport, qreal dpr);
    void paintHighlights(QPainter &painter, const Viewport &viewport, bool dense);

    QList<Item> m_items;
    QList<int> m_firstRing{0};
    QHash<int, DeviceCache> m_deviceCache;         // by world copy
    DenseImage m_denseImage;
    quint64 m_version = 0;                         // what is shown or how: filter, colours, clear
    int m_fullRepaints = 0;
    QSet<int> m_selected;
    QBitArray m_shown;
    int m_hovered = -1;
    QColor m_base{30, 120, 200};
    QColor m_highlight{255, 140, 0};
};

} // namespace eoc::ui

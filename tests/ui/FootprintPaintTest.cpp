// Painting thousands of footprints: in whole device pixels, boxes drawn as boxes, into an image
// kept for the view (shifted when the map is dragged, painted anew when it zooms or filters). Each check
// compares the layer's frame with footprints painted plainly with QPainter, one polygon at a time.
#include "ui/map/FootprintLayer.h"
#include "ui/map/Viewport.h"
#include "ui/map/Footprints.h"

#include <QBitArray>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

namespace {

SceneResult footprintResult(const Region &region)
{
    SceneResult r;
    r.sceneId = QStringLiteral("scene");
    r.footprint = region;
    return r;
}

// Enough footprints to be dense (no antialiasing), all far from the view but two: a box and a
// rotated quadrilateral (the shape of a Landsat scene).
QList<SceneResult> denseResults()
{
    QList<SceneResult> results;
    for (qsizetype i = 0; i < FootprintLayer::kDenseFootprints; ++i)
        results.append(footprintResult(Region::fromBox({150.0, 60.0, 151.0, 61.0})));
    results.append(footprintResult(Region::fromBox({-50.3, -15.2, -49.1, -14.4})));
    results.append(footprintResult(*Region::fromPolygons({Polygon{{{-48.0, -16.0}, {-46.2, -15.6}, {-46.6, -14.0}, {-48.4, -14.4}, {-48.0, -16.0}}, {}}})));
    return results;
}

QImage layerFrame(FootprintLayer &layer, const Viewport &viewport)
{
    QImage frame(640, 400, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white);
    QPainter painter(&frame);
    layer.paint(painter, viewport);
    return frame;
}

// The same footprints drawn one polygon at a time in device pixels, with the layer's colours.
QImage plainFrame(const QList<SceneResult> &results, const Viewport &viewport)
{
    QImage frame(640, 400, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white);
    QPainter painter(&frame);
    QColor fill(30, 120, 200, 28);
    QPen pen(QColor(30, 120, 200), 1.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(fill);
    for (int copy : viewport.visibleCopies()) {
        const QTransform transform = viewport.transformForCopy(copy);
        for (const SceneResult &r : results) {
            for (const QPolygonF &ring : normalizedRings(r.footprint))
                painter.drawPolygon(transform.map(ring).toPolygon());
        }
    }
    return frame;
}

int paintedPixels(const QImage &frame)
{
    int painted = 0;
    for (int y = 0; y < frame.height(); ++y)
        for (int x = 0; x < frame.width(); ++x)
            painted += frame.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return painted;
}

} // namespace

TEST(FootprintPaint, DenseFootprintsMatchPlainPolygonsPixelForPixel)
{
    const QList<SceneResult> results = denseResults();
    FootprintLayer layer;
    layer.append(results);
    const Viewport view(QSize(640, 400), {-48.0, -15.0}, 7.0);
    const QImage frame = layerFrame(layer, view);
    EXPECT_GT(paintedPixels(frame), 1000) << "both footprints are on screen";
    EXPECT_EQ(frame, plainFrame(results, view)) << "the box drawn as a box is the same pixels as the polygon";
}

TEST(FootprintPaint, PixelsAreReusedForOneViewAndRedoneWhenItMoves)
{
    const QList<SceneResult> results = denseResults();
    FootprintLayer layer;
    layer.append(results);
    const Viewport here(QSize(640, 400), {-48.0, -15.0}, 7.0);
    const Viewport moved(QSize(640, 400), {-47.3, -15.4}, 7.0);
    const Viewport zoomed(QSize(640, 400), {-48.0, -15.0}, 8.0);
    EXPECT_EQ(layerFrame(layer, here), plainFrame(results, here));
    const int before = layer.fullRepaints();
    EXPECT_EQ(layerFrame(layer, here), plainFrame(results, here)) << "the second frame of a view, from the cache";
    EXPECT_EQ(layer.fullRepaints(), before);
    EXPECT_EQ(layerFrame(layer, moved), plainFrame(results, moved)) << "panned";
    EXPECT_EQ(layerFrame(layer, zoomed), plainFrame(results, zoomed)) << "zoomed";
    // Dragged by whole pixels: the kept image is shifted and the uncovered strips painted.
    Viewport dragged = here;
    layerFrame(layer, dragged);
    const int repaints = layer.fullRepaints();
    dragged.panBy(QPointF(37, -21));
    EXPECT_EQ(layerFrame(layer, dragged), plainFrame(results, dragged)) << "dragged right and up";
    dragged.panBy(QPointF(-90, 64));
    EXPECT_EQ(layerFrame(layer, dragged), plainFrame(results, dragged)) << "dragged left and down";
    EXPECT_EQ(layer.fullRepaints(), repaints) << "a drag shifts the kept image";
    // A filter hides footprints at once, in the same view.
    QBitArray shown(results.size(), true);
    shown.clearBit(int(results.size()) - 1);
    layer.setShownRows(shown);
    EXPECT_EQ(layerFrame(layer, dragged), plainFrame(results.mid(0, results.size() - 1), dragged)) << "the turned one filtered out";
    layer.setShownRows({});
    // New footprints are placed too, not only the ones the cache knew.
    QList<SceneResult> more = results;
    more.append(footprintResult(Region::fromBox({-47.0, -17.0, -46.5, -16.5})));
    layer.append({more.last()});
    EXPECT_EQ(layerFrame(layer, zoomed), plainFrame(more, zoomed)) << "after an append";
}

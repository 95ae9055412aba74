#include "ui/map/FootprintLayer.h"

#include "ui/map/Footprints.h"
#include "ui/map/Viewport.h"

#include <QLocale>
#include <QPainter>

namespace eoc::ui {

namespace {

// A closed ring of four corners on its bounding box, each edge along an axis: painted as that
// box (the raster engine fills boxes without its polygon rasteriser), pixel for pixel the same.
bool isRectangle(const QPolygon &ring, const QRect &box)
{
    if (ring.size() != 5 || ring.first() != ring.last())
        return false;
    for (qsizetype i = 0; i < 4; ++i) {
        const QPoint a = ring.at(i);
        const QPoint b = ring.at(i + 1);
        if ((a.x() != box.left() && a.x() != box.right()) || (a.y() != box.top() && a.y() != box.bottom()))
            return false;
        if (a.x() != b.x() && a.y() != b.y())
            return false;
    }
    return true;
}

} // namespace

FootprintLayer::FootprintLayer(QObject *parent)
    : MapLayer(20, parent)
{
}

void FootprintLayer::clear()
{
    m_items.clear();
    m_firstRing = {0};
    m_deviceCache.clear();
    m_denseImage = {};
    ++m_version;
    m_selected.clear();
    m_shown.clear();
    m_hovered = -1;
    Q_EMIT changed();
}

void FootprintLayer::append(const QList<SceneResult> &results)
{
    m_items.reserve(m_items.size() + results.size());
    for (const SceneResult &result : results) {
        Item item;
        item.rings = normalizedRings(result.footprint);
        for (const QPolygonF &ring : std::as_const(item.rings))
            item.bounds = item.bounds.isNull() ? ring.boundingRect() : item.bounds.united(ring.boundingRect());
        item.sceneId = result.sceneId;
        item.start = result.start;
        item.cloudCover = result.cloudCover;
        m_firstRing.append(m_firstRing.last() + int(item.rings.size()));
        m_items.append(item);
    }
    Q_EMIT changed();
}

void FootprintLayer::setSelectedRows(const QSet<int> &rows)
{
    if (rows == m_selected)
        return;
    m_selected = rows;
    Q_EMIT changed();
}

void FootprintLayer::setShownRows(const QBitArray &shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    ++m_version;
    if (m_hovered >= 0 && !isShown(m_hovered))
        m_hovered = -1;
    Q_EMIT changed();
}

QString FootprintLayer::toolTip(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const Item &item = m_items.at(row);
    QStringList facts;
    if (item.start.isValid())
        facts << item.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    facts << (item.cloudCover ? tr("cloud %1 %").arg(QLocale().toString(*item.cloudCover, 'f', 1))
                              : tr("cloud cover unknown"));
    return item.sceneId + QLatin1Char('\n') + facts.join(QStringLiteral(" · "));
}

void FootprintLayer::setHoveredRow(int row)
{
    if (row == m_hovered)
        return;
    m_hovered = row;
    Q_EMIT changed();
}

bool FootprintLayer::contains(const Item &item, QPointF point) const
{
    // The point may be on any copy of the world relative to the (unwrapped) footprint.
    for (double shift : {0.0, -1.0, 1.0}) {
        const QPointF p(point.x() + shift, point.y());
        if (!item.bounds.contains(p))
            continue;
        for (const QPolygonF &ring : item.rings)
            if (ring.containsPoint(p, Qt::OddEvenFill))
                return true;
    }
    return false;
}

int FootprintLayer::rowAt(QPointF normalized) const
{
    const double x = normalized.x() - std::floor(normalized.x());
    const QPointF point(x, normalized.y());
    for (int row : m_selected)
        if (row >= 0 && row < m_items.size() && isShown(row) && contains(m_items.at(row), point))
            return row;
    for (qsizetype row = m_items.size() - 1; row >= 0; --row)
        if (isShown(int(row)) && contains(m_items.at(row), point))
            return int(row);
    return -1;
}

QList<int> FootprintLayer::rowsAt(QPointF normalized) const
{
    const double x = normalized.x() - std::floor(normalized.x());
    const QPointF point(x, normalized.y());
    QList<int> rows;
    for (qsizetype row = m_items.size() - 1; row >= 0; --row)
        if (isShown(int(row)) && contains(m_items.at(row), point))
            rows.append(int(row));
    return rows;
}

QRectF FootprintLayer::boundsOf(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).bounds : QRectF();
}

QRectF FootprintLayer::boundsOf(const QList<int> &rows) const
{
    QRectF bounds;
    auto add = [&bounds](const QRectF &r) {
        if (!r.isNull())
            bounds = bounds.isNull() ? r : bounds.united(r);
    };
    if (rows.isEmpty()) {
        for (qsizetype row = 0; row < m_items.size(); ++row)
            if (isShown(int(row)))
                add(m_items.at(row).bounds);
    } else {
        for (int row : rows)
            add(boundsOf(row));
    }
    return bounds;
}

const FootprintLayer::DeviceCache &FootprintLayer::devicePolygons(int copy, const QTransform &transform)
{
    DeviceCache &cache = m_deviceCache[copy];
    if (cache.transform == transform && cache.itemCount == m_items.size() && !cache.polygons.isEmpty())
        return cache;
    // While the map pans every frame is a new view: the points are rewritten in place, so the
    // polygons' storage is reused rather than allocated again.
    const bool reuse = cache.itemCount == m_items.size() && cache.polygons.size() == m_firstRing.last();
    if (!reuse) {
        cache.polygons.clear();
        cache.polygons.reserve(m_firstRing.last());
        cache.bounds.resize(m_firstRing.last());
    }
    cache.transform = transform;
    cache.itemCount = m_items.size();
    qsizetype at = 0;
    for (const Item &item : std::as_const(m_items)) {
        for (const QPolygonF &ring : item.rings) {
            if (!reuse)
                cache.polygons.append(QPolygon(ring.size()));
            QPolygon &out = cache.polygons[at];
            for (qsizetype i = 0; i < ring.size(); ++i)
                out[i] = transform.map(ring.at(i)).toPoint();
            cache.bounds[at] = out.boundingRect();
            ++at;
        }
    }
    return cache;
}

void FootprintLayer::setColors(const QColor &base, const QColor &highlight)
{
    m_base = base;
    m_highlight = highlight;
    ++m_version;
    Q_EMIT changed();
}

void FootprintLayer::paint(QPainter &painter, const Viewport &viewport)
{
    if (m_items.isEmpty())
        return;
    painter.save();
    const bool dense = m_items.size() >= kDenseFootprints;
    if (dense) {
        painter.setTransform(QTransform());
        painter.drawImage(QPointF(0, 0), denseImage(viewport, painter.device() ? painter.device()->devicePixelRatio() : 1.0));
    } else {
        painter.setRenderHint(QPainter::Antialiasing, true);
        paintBase(painter, viewport);
    }
    paintHighlights(painter, viewport, dense);
    painter.restore();
}

QColor FootprintLayer::fillColor() const
{
    QColor fill = m_base;
    fill.setAlpha(28);
    return fill;
}

void FootprintLayer::paintBase(QPainter &painter, const Viewport &viewport)
{
    QPen pen(m_base, 1.0);
    pen.setCosmetic(true);
    const QRectF visible = viewport.visibleNormalized();
    for (int copy : viewport.visibleCopies()) {
        const QRectF window = visible.translated(-copy, 0);
        painter.setTransform(viewport.transformForCopy(copy));
        painter.setPen(pen);
        painter.setBrush(fillColor());
        for (qsizetype row = 0; row < m_items.size(); ++row) {
            const Item &item = m_items.at(row);
            if (!item.bounds.intersects(window) || !isShown(int(row)) || m_selected.contains(int(row)) || row == m_hovered)
                continue;
            for (const QPolygonF &ring : item.rings)
                painter.drawPolygon(ring);
        }
    }
}

void FootprintLayer::paintDenseInto(QPainter &painter, const Viewport &viewport, const QRect &area)
{
    // Thousands of outlines: antialiasing costs more than it gives at this density, so whole
    // pixels are all that is drawn and the footprints go in device pixels.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setClipRect(area);
    QPen pen(m_base, 1.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(fillColor());
    for (int copy : viewport.visibleCopies()) {
        const DeviceCache &device = devicePolygons(copy, viewport.transformForCopy(copy));
        for (qsizetype row = 0; row < m_items.size(); ++row) {
            if (!isShown(int(row)))
                continue;
            for (qsizetype ring = m_firstRing.at(row); ring < m_firstRing.at(row + 1); ++ring) {
                const QRect &box = device.bounds.at(ring);
                if (!box.intersects(area))
                    continue;
                const QPolygon &polygon = device.polygons.at(ring);
                if (isRectangle(polygon, box))
                    painter.drawRect(box.adjusted(0, 0, -1, -1));
                else
                    painter.drawPolygon(polygon);
            }
        }
    }
    painter.setClipping(false);
}

const QImage &FootprintLayer::denseImage(const Viewport &viewport, qreal dpr)
{
    // Every shown footprint in one transparent image. Frames of the same view (hover, selection,
    // tooltips) only draw it; a pan draws it shifted and paints the uncovered strips; anything
    // else (zoom, filter, new results, colours) paints it anew.
    DenseImage &cache = m_denseImage;
    const QPointF origin = viewport.transformForCopy(0).map(QPointF(0, 0));
    const bool sameLook = !cache.image.isNull() && cache.zoom == viewport.zoom() && cache.size == viewport.size()
        && cache.dpr == dpr && cache.itemCount == m_items.size() && cache.version == m_version;
    if (sameLook) {
        const QPointF delta = origin - cache.origin;
        const QPoint shift = delta.toPoint();
        const bool whole = qAbs(delta.x() - shift.x()) < 1e-6 && qAbs(delta.y() - shift.y()) < 1e-6;
        if (shift.isNull() && whole)
            return cache.image;
        if (whole && qAbs(shift.x()) < cache.size.width() && qAbs(shift.y()) < cache.size.height()) {
            QImage next(cache.image.size(), QImage::Format_ARGB32_Premultiplied);
            next.setDevicePixelRatio(dpr);
            next.fill(Qt::transparent);
            QPainter painter(&next);
            painter.setCompositionMode(QPainter::CompositionMode_Source);
            painter.drawImage(QPointF(shift), cache.image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
            const QRegion uncovered = QRegion(QRect(QPoint(0, 0), cache.size)) - QRegion(QRect(shift, cache.size));
            for (const QRect &strip : uncovered)
                paintDenseInto(painter, viewport, strip);
            painter.end();
            cache.image = std::move(next);
            cache.origin = origin;
            return cache.image;
        }
    }
    ++m_fullRepaints;
    cache.image = QImage(viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    cache.image.setDevicePixelRatio(dpr);
    cache.image.fill(Qt::transparent);
    QPainter painter(&cache.image);
    paintDenseInto(painter, viewport, QRect(QPoint(0, 0), viewport.size()));
    painter.end();
    cache.zoom = viewport.zoom();
    cache.size = viewport.size();
    cache.dpr = dpr;
    cache.itemCount = m_items.size();
    cache.version = m_version;
    cache.origin = origin;
    return cache.image;
}

void FootprintLayer::paintHighlights(QPainter &painter, const Viewport &viewport, bool dense)
{
    painter.setRenderHint(QPainter::Antialiasing, !dense);
    QColor selectedFill = m_highlight;
    selectedFill.setAlpha(70);
    QPen selectedPen(m_highlight, 2.0);
    selectedPen.setCosmetic(true);
    QPen hoverPen(m_highlight, 1.5, Qt::DashLine);
    hoverPen.setCosmetic(true);
    const QRectF visible = viewport.visibleNormalized();
    for (int copy : viewport.visibleCopies()) {
        const QRectF window = visible.translated(-copy, 0);
        painter.setTransform(viewport.transformForCopy(copy));
        // Selected and hovered footprints on top, so they are never hidden by neighbours.
        painter.setPen(selectedPen);
        painter.setBrush(selectedFill);
        for (int row : m_selected) {
            if (row >= 0 && row < m_items.size() && isShown(row) && m_items.at(row).bounds.intersects(window))
                for (const QPolygonF &ring : m_items.at(row).rings)
                    painter.drawPolygon(ring);
        }
        if (m_hovered >= 0 && m_hovered < m_items.size() && isShown(m_hovered) && !m_selected.contains(m_hovered)) {
            painter.setPen(hoverPen);
            painter.setBrush(Qt::NoBrush);
            for (const QPolygonF &ring : m_items.at(m_hovered).rings)
                painter.drawPolygon(ring);
        }
    }
}

} // namespace eoc::ui

#include "ui/map/MapWidget.h"

#include "ui/map/BasemapLayer.h"
#include "ui/map/FootprintLayer.h"
#include "ui/map/GraticuleLayer.h"
#include "ui/map/PointBufferTool.h"
#include "ui/map/QuicklookLayer.h"
#include "ui/map/RegionAreaLabel.h"
#include "ui/map/TileFetcher.h"
#include "ui/map/TileLayer.h"
#include "ui/quicklook/ThumbnailCache.h"

#include "core/net/NetworkAccess.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace eoc::ui {

namespace {
constexpr double kClickTolerance = 4.0;    // pixels a press may move and still be a click
constexpr double kPanStep = 80.0;          // pixels per arrow key
}

MapWidget::MapWidget(NetworkAccess *network, QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Map"));

    m_basemap = new BasemapLayer(this);
    m_basemap->load();
    m_tileFetcher = new TileFetcher(network ? network->manager() : nullptr, {}, 0, this);
    m_tileFetcher->setUserAgent(NetworkAccess::userAgent());
    m_tiles = new TileLayer(m_tileFetcher, this);
    m_footprints = new FootprintLayer(this);
    m_thumbnails = new ThumbnailCache(network, ThumbnailCache::defaultFolder(), this);
    m_quicklook = new QuicklookLayer(m_thumbnails, this);
    m_editor = new RegionEditor(this);
    for (MapLayer *layer : {static_cast<MapLayer *>(m_basemap), static_cast<MapLayer *>(m_tiles),
                            static_cast<MapLayer *>(m_footprints), static_cast<MapLayer *>(m_quicklook),
                            static_cast<MapLayer *>(m_editor)})
        addLayer(layer);
    addRegionHelp();

    connect(m_editor, &RegionEditor::regionChanged, this, &MapWidget::regionChanged);
    connect(m_editor, &RegionEditor::regionRejected, this, &MapWidget::regionRejected);
    connect(m_editor, &RegionEditor::toolChanged, this, [this] {
        setCursor(m_editor->tool() == RegionEditor::Tool::None ? Qt::OpenHandCursor : Qt::CrossCursor);
    });
    setCursor(Qt::OpenHandCursor);
    m_viewport = Viewport(size(), {0.0, 20.0}, 2.0);
    applyPalette();
}

MapWidget::~MapWidget() = default;

void MapWidget::addRegionHelp()
{
    m_graticule = new GraticuleLayer(this);
    m_areaLabel = new RegionAreaLabel(m_editor, this);
    addLayer(m_graticule);
    addLayer(m_areaLabel);
    m_pointBuffer = new PointBufferTool(m_editor, this);
    connect(m_pointBuffer, &PointBufferTool::rejected, this, &MapWidget::regionRejected);
}

void MapWidget::addLayer(MapLayer *layer)
{
    const auto at = std::upper_bound(m_layers.begin(), m_layers.end(), layer,
                                     [](const MapLayer *a, const MapLayer *b) { return a->z() < b->z(); });
    m_layers.insert(at, layer);
    connect(layer, &MapLayer::changed, this, qOverload<>(&QWidget::update));
}

void MapWidget::applyPalette()
{
    // Map colours follow the palette so a dark theme gets a dark map.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor base = pal.color(QPalette::Base);
    const QColor water = dark ? base.darker(110) : QColor::fromHsl(205, 45, std::max(150, base.lightness() - 40));
    QColor land = pal.color(QPalette::Window);
    land = dark ? land.lighter(125) : land;
    m_basemap->setColors(water, land, pal.color(QPalette::Mid));
    m_footprints->setColors(pal.color(QPalette::Highlight), QColor(255, 140, 0));
    m_editor->setColor(dark ? QColor(255, 90, 110) : QColor(210, 30, 60));
}

void MapWidget::setTileServer(const QString &urlTemplate, const QString &attribution)
{
    m_tileFetcher->setUrlTemplate(urlTemplate);
    m_tiles->setCredit(attribution);
    update();
}

void MapWidget::setTileCache(const QString &folder, qint64 bytes)
{
    m_tileFetcher->setDiskCache(folder, bytes);
}

QString MapWidget::tileServer() const { return m_tileFetcher->urlTemplate(); }
bool MapWidget::tilesOffline() const { return m_tiles->isVisible() && m_tiles->isOffline(); }

void MapWidget::setCenter(GeoPoint center, double zoom)
{
    m_viewport.setZoom(zoom);
    m_viewport.setCenter(center);
    update();
    Q_EMIT viewChanged();
}

void MapWidget::zoomBy(double steps)
{
    m_viewport.zoomAround(QPointF(width() / 2.0, height() / 2.0), steps);
    update();
    Q_EMIT viewChanged();
}

void MapWidget::zoomToBox(const BoundingBox &box)
{
    m_viewport.fitBox(box);
    update();
    Q_EMIT viewChanged();
}

void MapWidget::zoomToRows(const QList<int> &rows)
{
    const QRectF bounds = m_footprints->boundsOf(rows);
    if (bounds.isNull())
        return;
    zoomToBox(RegionEditor::boxFromNormalized(bounds));
}

void MapWidget::setRegion(const Region &region) { m_editor->setRegion(region); }

Region MapWidget::region() const { return m_editor->region(); }

void MapWidget::loadRegionFile(const QString &path)
{
    const Result<Region> region = Region::fromFile(path);
    if (!region) {
        Q_EMIT regionRejected(region.error());
        return;
    }
    m_editor->setRegion(*region);
    if (!region->isEmpty())
        zoomToBox(region->bounds());
    Q_EMIT regionChanged(*region);
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    for (MapLayer *layer : std::as_const(m_layers))
        if (layer->isVisible())
            layer->paint(painter, m_viewport);
    paintScaleBar(painter);
    paintAttribution(painter);
}

void MapWidget::paintScaleBar(QPainter &painter)
{
    // The longest round distance (1, 2 or 5 times a power of ten) that fits in 120 pixels.
    const double metresPerPixel = m_viewport.metresPerPixel();
    const double maxMetres = metresPerPixel * 120.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (double factor : {5.0, 2.0, 1.0}) {
        if (magnitude * factor <= maxMetres) {
            metres = magnitude * factor;
            break;
        }
    }
    const double pixels = metres / metresPerPixel;
    const QString label = metres >= 1000 ? tr("%1 km").arg(metres / 1000.0) : tr("%1 m").arg(metres);
    const QRectF bar(10, height() - 24, pixels, 6);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    QColor backdrop = palette().color(QPalette::Window);
    backdrop.setAlpha(200);
    const QFontMetrics fm(font());
    painter.fillRect(QRectF(4, height() - 28 - fm.height(), std::max(pixels, double(fm.horizontalAdvance(label))) + 12,
                            fm.height() + 24), backdrop);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawLine(bar.bottomLeft(), bar.bottomRight());
    painter.drawLine(bar.topLeft(), bar.bottomLeft());
    painter.drawLine(bar.topRight(), bar.bottomRight());
    painter.drawText(QPointF(10, height() - 28), label);
    painter.restore();
}

QString MapWidget::visibleCredits() const
{
    // From the top layer down, until one hid everything beneath it.
    QStringList credits;
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it) {
        const MapLayer *layer = *it;
        if (!layer->isVisible())
            continue;
        if (const QString credit = layer->attribution(); !credit.isEmpty() && !credits.contains(credit))
            credits.prepend(credit);
        if (layer->coveredView())
            break;
    }
    return credits.join(QStringLiteral(" · "));
}

void MapWidget::paintAttribution(QPainter &painter)
{
    m_shownAttribution = visibleCredits();
    painter.save();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics fm(small);
    QColor backdrop = palette().color(QPalette::Window);
    backdrop.setAlpha(210);
    QRect box(width() - fm.horizontalAdvance(m_shownAttribution) - 10, height() - fm.height() - 4,
              fm.horizontalAdvance(m_shownAttribution) + 10, fm.height() + 4);
    if (!m_shownAttribution.isEmpty()) {
        painter.fillRect(box, backdrop);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, m_shownAttribution);
    }
    if (tilesOffline()) {
        // Above the credits, so that the user knows why the map is plainer than they chose.
        const QString note = tr("Offline: map tiles cannot be fetched");
        const QRect noteBox(width() - fm.horizontalAdvance(note) - 10, box.top() - fm.height() - 6,
                            fm.horizontalAdvance(note) + 10, fm.height() + 4);
        painter.fillRect(noteBox, backdrop);
        painter.setPen(QColor(200, 60, 30));
        painter.drawText(noteBox, Qt::AlignCenter, note);
    }
    painter.restore();
}

void MapWidget::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position();
    m_lastPos = event->position();
    m_editorOwnsDrag = m_editor->mousePress(event->position(), event->button(), m_viewport);
    if (!m_editorOwnsDrag && (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
        m_panning = true;
        setCursor(Qt::ClosedHandCursor);
    }
    update();
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const GeoPoint geo = m_viewport.screenToGeo(event->position());
    Q_EMIT cursorMoved(geo.lon, geo.lat);
    if (m_pinching)
        return;
    if (m_panning) {
        m_viewport.panBy(event->position() - m_lastPos);
        m_lastPos = event->position();
        update();
        Q_EMIT viewChanged();
        return;
    }
    m_lastPos = event->position();
    if (m_editor->mouseMove(event->position(), m_viewport))
        return;
    if (m_editor->tool() != RegionEditor::Tool::None)
        setCursor(m_editor->cursorAt(event->position(), m_viewport));
    if (!(event->buttons() & Qt::LeftButton))
        m_footprints->setHoveredRow(m_footprints->rowAt(m_viewport.screenToNormalized(event->position())));
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pinching) {
        // The first finger of a pinch lifted: nothing to click or draw.
        m_panning = false;
        m_editorOwnsDrag = false;
        return;
    }
    const bool wasPanning = m_panning;
    m_panning = false;
    bool editorUsed = false;
    if (m_editorOwnsDrag && m_editor->tool() != RegionEditor::Tool::Polygon)
        editorUsed = m_editor->mouseRelease(event->position(), m_viewport);
    else if (m_editorOwnsDrag)
        editorUsed = true;
    m_editorOwnsDrag = false;
    if (wasPanning)
        setCursor(m_editor->tool() == RegionEditor::Tool::None ? Qt::OpenHandCursor : Qt::CrossCursor);
    const bool isClick = (event->position() - m_pressPos).manhattanLength() <= kClickTolerance;
    if (isClick && !editorUsed && event->button() == Qt::LeftButton) {
        const int row = footprintToClick(event->position(), event->modifiers());
        Q_EMIT footprintClicked(row, event->modifiers());
    }
}

int MapWidget::footprintToClick(QPointF pos, Qt::KeyboardModifiers modifiers)
{
    const QPointF normalized = m_viewport.screenToNormalized(pos);
    const QList<int> stack = m_footprints->rowsAt(normalized);
    int row = m_footprints->rowAt(normalized);
    const bool sameSpot = (pos - m_lastClickPos).manhattanLength() <= kClickTolerance;
    const qsizetype at = stack.indexOf(m_lastClickedRow);
    // A plain click where the last one picked a footprint picks the next one down the stack.
    if (modifiers == Qt::NoModifier && sameSpot && at >= 0 && stack.size() > 1)
        row = stack.at((at + 1) % stack.size());
    m_lastClickPos = pos;
    m_lastClickedRow = row;
    return row;
}

QString MapWidget::footprintToolTipAt(QPointF pos) const
{
    const QPointF normalized = m_viewport.screenToNormalized(pos);
    const int row = m_footprints->rowAt(normalized);
    if (row < 0)
        return {};
    QString text = m_footprints->toolTip(row);
    const qsizetype stacked = m_footprints->rowsAt(normalized).size();
    if (stacked > 1)
        text += QLatin1Char('\n') + tr("%n footprint(s) here: click again for the next", nullptr, int(stacked));
    return text;
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_editor->mouseDoubleClick(event->position(), m_viewport))
        return;
    m_viewport.zoomAround(event->position(), event->modifiers() & Qt::ShiftModifier ? -1.0 : 1.0);
    update();
    Q_EMIT viewChanged();
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0 * 0.5;
    if (steps == 0)
        return;
    m_viewport.zoomAround(event->position(), steps);
    update();
    Q_EMIT viewChanged();
    event->accept();
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: m_viewport.panBy(QPointF(kPanStep, 0)); break;
    case Qt::Key_Right: m_viewport.panBy(QPointF(-kPanStep, 0)); break;
    case Qt::Key_Up: m_viewport.panBy(QPointF(0, kPanStep)); break;
    case Qt::Key_Down: m_viewport.panBy(QPointF(0, -kPanStep)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.0); return;
    case Qt::Key_Minus: zoomBy(-1.0); return;
    case Qt::Key_Escape:
        if (!m_editor->cancelDrawing())
            m_editor->setTool(RegionEditor::Tool::None);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_editor->finishPolygon())
            return;
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
    Q_EMIT viewChanged();
}

void MapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void MapWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MapWidget::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    loadRegionFile(urls.first().toLocalFile());
}

bool MapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = footprintToolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::Gesture) {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted) {
                m_pinchStart = m_viewport.zoom();
                m_pinching = true;
                // The press Qt synthesised from the first finger started a pan or a box: undo it.
                m_panning = false;
                if (m_editorOwnsDrag && m_editor->tool() == RegionEditor::Tool::Box)
                    m_editor->cancelDrawing();
                m_editorOwnsDrag = false;
            }
            if (pinch->state() == Qt::GestureFinished || pinch->state() == Qt::GestureCanceled) {
                // The synthesised release of the last finger may follow; it is ignored until then.
                QTimer::singleShot(0, this, [this] { m_pinching = false; });
            }
            const double steps = std::log2(std::max(0.01, pinch->totalScaleFactor()));
            const QPointF anchor = mapFromGlobal(pinch->centerPoint().toPoint());
            m_viewport.zoomAround(anchor, m_pinchStart + steps - m_viewport.zoom());
            update();
            Q_EMIT viewChanged();
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            m_viewport.zoomAround(native->position(), std::log2(1.0 + native->value()));
            update();
            Q_EMIT viewChanged();
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace eoc::ui

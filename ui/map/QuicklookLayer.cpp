#include "ui/map/QuicklookLayer.h"

#include "ui/map/Viewport.h"
#include "ui/quicklook/ThumbnailCache.h"

#include <QPainter>
#include <QPainterPath>

namespace eoc::ui {

QuicklookLayer::QuicklookLayer(ThumbnailCache *cache, QObject *parent)
    : MapLayer(30, parent)
    , m_cache(cache)
{
    if (m_cache) {
        connect(m_cache, &ThumbnailCache::ready, this, &QuicklookLayer::onReady);
        connect(m_cache, &ThumbnailCache::failed, this, &QuicklookLayer::onFailed);
    }
}

void QuicklookLayer::hide()
{
    m_url = QUrl();
    m_image = QImage();
    m_rings.clear();
    Q_EMIT changed();
}

void QuicklookLayer::show(const QUrl &url, const QList<QPolygonF> &rings)
{
    if (url == m_url && !m_image.isNull())
        return;
    hide();
    if (url.isEmpty()) {
        Q_EMIT unavailable(tr("No quicklook for this scene."));
        return;
    }
    if (!m_cache || rings.isEmpty())
        return;
    m_url = url;
    m_rings = rings;
    m_bounds = QRectF();
    for (const QPolygonF &ring : rings)
        m_bounds = m_bounds.isNull() ? ring.boundingRect() : m_bounds.united(ring.boundingRect());
    if (const auto failure = m_cache->failure(url)) {
        // Asked before and failed: say why again rather than nothing.
        onFailed(url, *failure);
        return;
    }
    const QImage image = m_cache->preview(url);
    if (!image.isNull()) {
        m_image = image;
        Q_EMIT changed();
    }
}

void QuicklookLayer::onReady(const QUrl &url)
{
    if (url != m_url || !m_cache)
        return;
    m_image = m_cache->preview(url);
    Q_EMIT changed();
}

void QuicklookLayer::onFailed(const QUrl &url, const Error &error)
{
    if (url != m_url)
        return;
    Q_EMIT unavailable(tr("Quicklook could not be fetched: %1").arg(error.message));
}

void QuicklookLayer::paint(QPainter &painter, const Viewport &viewport)
{
    if (m_image.isNull())
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    QPainterPath clip;
    for (const QPolygonF &ring : std::as_const(m_rings))
        clip.addPolygon(ring);
    for (int copy : viewport.visibleCopies()) {
        painter.setTransform(viewport.transformForCopy(copy));
        painter.setClipPath(clip);
        painter.drawImage(m_bounds, m_image);
    }
    painter.restore();
}

} // namespace eoc::ui

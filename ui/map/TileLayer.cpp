#include "ui/map/TileLayer.h"

#include "ui/map/TileFetcher.h"
#include "ui/map/Viewport.h"

#include <QPainter>

#include <cmath>

namespace eoc::ui {

TileLayer::TileLayer(TileFetcher *fetcher, QObject *parent)
    : MapLayer(10, parent)
    , m_fetcher(fetcher)
{
    connect(m_fetcher, &TileFetcher::tileReady, this, [this] { Q_EMIT changed(); });
    connect(m_fetcher, &TileFetcher::offlineChanged, this, [this] { Q_EMIT changed(); });
    connect(m_fetcher, &TileFetcher::retryDue, this, [this] { Q_EMIT changed(); });
}

bool TileLayer::isOffline() const
{
    return !m_fetcher->urlTemplate().isEmpty() && m_fetcher->isOffline();
}

void TileLayer::paint(QPainter &painter, const Viewport &viewport)
{
    m_drewTiles = false;
    m_coveredView = false;
    if (m_fetcher->urlTemplate().isEmpty())
        return;
    const int z = std::clamp(int(std::round(viewport.zoom())), 0, int(Viewport::kMaxZoom));
    const int n = 1 << z;
    const QRectF visible = viewport.visibleNormalized();
    const int x0 = int(std::floor(visible.left() * n));
    const int x1 = int(std::floor(visible.right() * n));
    const int y0 = std::max(0, int(std::floor(visible.top() * n)));
    const int y1 = std::min(n - 1, int(std::floor(visible.bottom() * n)));

    // Above and below the Mercator limits there are no tiles: the basemap's water shows there.
    bool everyCellDrawn = visible.top() >= 0.0 && visible.bottom() <= 1.0;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    QList<TileKey> wanted;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const int wrappedX = ((x % n) + n) % n;
            const TileKey key{z, wrappedX, y};
            wanted.append(key);
            const QPointF topLeft = viewport.normalizedToScreen(QPointF(double(x) / n, double(y) / n));
            const QPointF bottomRight = viewport.normalizedToScreen(QPointF(double(x + 1) / n, double(y + 1) / n));
            const QRectF target(topLeft, bottomRight);
            QImage image = m_fetcher->tile(key);
            if (!image.isNull()) {
                painter.drawImage(target, image);
                m_drewTiles = true;
                continue;
            }
            if (z == 0) {
                everyCellDrawn = false;
                continue;
            }
            // The parent tile, if already loaded, fills the gap at lower resolution.
            const TileKey parent{z - 1, wrappedX / 2, y / 2};
            const QImage parentImage = m_fetcher->cachedTile(parent);
            if (!parentImage.isNull()) {
                const double half = parentImage.width() / 2.0;
                const QRectF source((wrappedX % 2) * half, (y % 2) * half, half, half);
                painter.drawImage(target, parentImage, source);
                m_drewTiles = true;
            } else {
                everyCellDrawn = false;
            }
        }
    }
    m_fetcher->keepOnly(wanted);
    painter.restore();
    m_coveredView = m_drewTiles && everyCellDrawn;
}

} // namespace eoc::ui

#pragma once

#include "ui/map/MapLayer.h"

#include "core/model/Error.h"

#include <QImage>
#include <QPolygonF>
#include <QRectF>
#include <QUrl>

namespace eoc::ui {

class ThumbnailCache;

// The quicklook (browse image) of the selected result, drawn over its footprint's bounds and
// clipped to the footprint. The image comes from the thumbnail cache, which fetches it through
// the network core and decodes it off the GUI thread.
class QuicklookLayer final : public MapLayer
{
    Q_OBJECT
public:
    explicit QuicklookLayer(ThumbnailCache *cache, QObject *parent = nullptr);

    // Shows the quicklook at `url` over `rings` (normalised). A result without a quicklook (empty
    // url) hides the layer and says so through unavailable().
    void show(const QUrl &url, const QList<QPolygonF> &rings);
    void hide();
    bool hasImage() const { return !m_image.isNull(); }
    void paint(QPainter &painter, const Viewport &viewport) override;

Q_SIGNALS:
    // Why no quicklook shows, for a person: the result has none, or the fetch failed (and why).
    void unavailable(const QString &message);

private:
    void onReady(const QUrl &url);
    void onFailed(const QUrl &url, const eoc::Error &error);

    ThumbnailCache *m_cache = nullptr;
    QUrl m_url;
    QImage m_image;
    QList<QPolygonF> m_rings;
    QRectF m_bounds;
};

} // namespace eoc::ui

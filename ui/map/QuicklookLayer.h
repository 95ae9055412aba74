#pragma once

#include "ui/map/MapLayer.h"

#include <QImage>
#include <QPointer>
#include <QPolygonF>
#include <QRectF>
#include <QUrl>

namespace eoc {
class HttpJob;
class NetworkAccess;
}

namespace eoc::ui {

// The quicklook (browse image) of the selected result, drawn over its footprint's bounds and
// clipped to the footprint. Fetched through the network core like any other request.
class QuicklookLayer final : public MapLayer
{
    Q_OBJECT
public:
    explicit QuicklookLayer(NetworkAccess *network, QObject *parent = nullptr);

    // Fetches and shows `url` over `rings` (normalised); an empty url hides the quicklook.
    void show(const QUrl &url, const QList<QPolygonF> &rings);
    void hide();
    bool hasImage() const { return !m_image.isNull(); }
    void paint(QPainter &painter, const Viewport &viewport) override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    NetworkAccess *m_network = nullptr;
    QPointer<HttpJob> m_job;
    QUrl m_url;
    QImage m_image;
    QList<QPolygonF> m_rings;
    QRectF m_bounds;
};

} // namespace eoc::ui

#include "ui/map/QuicklookLayer.h"

#include "ui/map/Viewport.h"

#include "core/net/NetworkAccess.h"

#include <QPainter>
#include <QPainterPath>

namespace eoc::ui {

QuicklookLayer::QuicklookLayer(NetworkAccess *network, QObject *parent)
    : MapLayer(30, parent)
    , m_network(network)
{
}

void QuicklookLayer::hide()
{
    if (m_job)
        m_job->cancel();
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
    if (url.isEmpty() || !m_network || rings.isEmpty())
        return;
    m_url = url;
    m_rings = rings;
    m_bounds = QRectF();
    for (const QPolygonF &ring : rings)
        m_bounds = m_bounds.isNull() ? ring.boundingRect() : m_bounds.united(ring.boundingRect());
    HttpRequest request;
    request.url = url;
    request.maxAttempts = 2;
    m_job = m_network->send(request);
    connect(m_job, &HttpJob::finished, this, [this, url](const HttpResponse &response) {
        if (url != m_url)
            return;
        QImage image;
        if (!response.ok()) {
            Q_EMIT failed(response.error.message);
            return;
        }
        if (!image.loadFromData(response.body)) {
            Q_EMIT failed(tr("The quicklook at %1 is not an image this program can read.")
                              .arg(url.toDisplayString()));
            return;
        }
        m_image = image;
        Q_EMIT changed();
    });
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

#include "ui/map/BasemapLayer.h"

#include "ui/map/Footprints.h"
#include "ui/map/TopoJson.h"
#include "ui/map/Viewport.h"

#include <QFile>
#include <QPainter>

namespace eoc::ui {

namespace {

void addRing(QPainterPath &path, const Ring &ring)
{
    if (ring.size() < 2)
        return;
    // Unwrapped, so Fiji, Chukotka and Antarctica do not draw lines across the whole world.
    path.addPolygon(unwrappedRing(ring));
    path.closeSubpath();
}

} // namespace

BasemapLayer::BasemapLayer(QObject *parent)
    : MapLayer(0, parent)
    , m_water(170, 200, 225)
    , m_landColor(235, 232, 222)
    , m_border(150, 150, 150)
{
}

bool BasemapLayer::load()
{
    QFile file(QStringLiteral(":/basemap/countries-110m.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray json = file.readAll();
    const auto land = readTopoJson(json, QStringLiteral("land"));
    const auto countries = readTopoJson(json, QStringLiteral("countries"));
    if (!land || !countries)
        return false;
    m_land = QPainterPath();
    m_land.setFillRule(Qt::WindingFill);
    for (const TopoFeature &feature : *land)
        for (const Polygon &polygon : feature.polygons)
            addRing(m_land, polygon.outer);
    m_borders = QPainterPath();
    for (const TopoFeature &feature : *countries)
        for (const Polygon &polygon : feature.polygons)
            addRing(m_borders, polygon.outer);
    Q_EMIT changed();
    return true;
}

void BasemapLayer::setColors(const QColor &water, const QColor &land, const QColor &border)
{
    m_water = water;
    m_landColor = land;
    m_border = border;
    Q_EMIT changed();
}

QString BasemapLayer::attribution() const
{
    return isLoaded() ? tr("Basemap: Natural Earth") : QString();
}

void BasemapLayer::paint(QPainter &painter, const Viewport &viewport)
{
    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), viewport.size()), m_water);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(m_border, 0.8);
    pen.setCosmetic(true);   // a hairline whatever the zoom
    for (int copy : viewport.visibleCopies()) {
        painter.setTransform(viewport.transformForCopy(copy));
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_landColor);
        painter.drawPath(m_land);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(m_borders);
    }
    painter.restore();
}

} // namespace eoc::ui

#pragma once

#include "ui/map/MapLayer.h"

#include <QColor>
#include <QPainterPath>

namespace eoc::ui {

// The offline basemap: land and country outlines from Natural Earth shipped in the resources, so
// the map shows the world with no network at all. Paths are kept in normalised Mercator
// coordinates and painted through the viewport's transform, once per visible world copy.
class BasemapLayer final : public MapLayer
{
    Q_OBJECT
public:
    explicit BasemapLayer(QObject *parent = nullptr);

    // Loads ":/basemap/countries-110m.json"; false (and an empty map) when it cannot be read.
    bool load();
    bool isLoaded() const { return !m_land.isEmpty(); }
    void setColors(const QColor &water, const QColor &land, const QColor &border);
    void paint(QPainter &painter, const Viewport &viewport) override;
    // Natural Earth, once its outlines are loaded (the water colour alone needs no credit).
    QString attribution() const override;
    bool coveredView() const override { return true; }

private:
    QPainterPath m_land;
    QPainterPath m_borders;
    QColor m_water;
    QColor m_landColor;
    QColor m_border;
};

} // namespace eoc::ui

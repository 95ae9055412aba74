#pragma once

#include "ui/map/MapLayer.h"

#include <QString>

namespace eoc::ui {

class TileFetcher;

// XYZ raster tiles under the overlays. Missing tiles leave the basemap showing through; tiles of
// the zoom level below are stretched in while the right ones arrive.
class TileLayer final : public MapLayer
{
    Q_OBJECT
public:
    TileLayer(TileFetcher *fetcher, QObject *parent = nullptr);
    void paint(QPainter &painter, const Viewport &viewport) override;
    TileFetcher *fetcher() const { return m_fetcher; }
    // The credit line the tile server asks for; drawn by the map widget.
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &text) { m_attribution = text; }

private:
    TileFetcher *m_fetcher = nullptr;
    QString m_attribution;
};

} // namespace eoc::ui

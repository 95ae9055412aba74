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
    // The credit line the tile server asks for.
    QString credit() const { return m_credit; }
    void setCredit(const QString &text) { m_credit = text; }
    // The credit, only when the last paint drew at least one tile: with the server unreachable
    // the basemap alone shows, and it is the basemap that must be credited.
    QString attribution() const override { return m_drewTiles ? m_credit : QString(); }
    bool coveredView() const override { return m_coveredView; }
    // Tiles are on but the server cannot be reached.
    bool isOffline() const;

private:
    TileFetcher *m_fetcher = nullptr;
    QString m_credit;
    bool m_drewTiles = false;
    bool m_coveredView = false;
};

} // namespace eoc::ui

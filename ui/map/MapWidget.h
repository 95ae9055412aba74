#pragma once

#include "ui/map/RegionEditor.h"
#include "ui/map/Viewport.h"

#include "core/model/Error.h"
#include "core/model/Region.h"
#include "core/model/SceneResult.h"

#include <QList>
#include <QSet>
#include <QWidget>

namespace eoc {
class NetworkAccess;
}

namespace eoc::ui {

class BasemapLayer;
class FootprintLayer;
class GraticuleLayer;
class PointBufferTool;
class RegionAreaLabel;
class MapLayer;
class QuicklookLayer;
class ThumbnailCache;
class TileFetcher;
class TileLayer;

// The slippy map: offline basemap, XYZ tiles, result footprints, the selected result's quicklook
// and the region editor, painted as ordered layers. Speaks in geographic terms only: it emits
// regions and result rows, never pixels.
class MapWidget final : public QWidget
{
    Q_OBJECT
public:
    // `network` may be null (no tiles, no quicklooks: the offline basemap still shows).
    explicit MapWidget(NetworkAccess *network, QWidget *parent = nullptr);
    ~MapWidget() override;

    Viewport &viewport() { return m_viewport; }
    const Viewport &viewport() const { return m_viewport; }
    RegionEditor *regionEditor() const { return m_editor; }
    FootprintLayer *footprints() const { return m_footprints; }
    QuicklookLayer *quicklook() const { return m_quicklook; }
    // Quicklooks fetched once for the map, the result list and the detail panel.
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    BasemapLayer *basemap() const { return m_basemap; }
    GraticuleLayer *graticule() const { return m_graticule; }
    RegionAreaLabel *areaLabel() const { return m_areaLabel; }
    PointBufferTool *pointBufferTool() const { return m_pointBuffer; }

    // "{z}/{x}/{y}" template; empty switches tiles off (the offline basemap remains).
    void setTileServer(const QString &urlTemplate, const QString &attribution);
    void setTileCache(const QString &folder, qint64 bytes);
    QString tileServer() const;
    // The credits shown at the last paint: those of the layers that drew something visible.
    QString attribution() const { return m_shownAttribution; }
    // Tiles are on but their server cannot be reached: the map says so and shows the basemap.
    bool tilesOffline() const;

    void setCenter(GeoPoint center, double zoom);
    void zoomBy(double steps);
    void zoomToBox(const BoundingBox &box);
    void zoomToRows(const QList<int> &rows);       // empty: every footprint
    void setRegion(const Region &region);            // shows it; no regionChanged
    Region region() const;

    // The hover text of the footprints under `pos` (widget pixels): the one a click would pick,
    // and how many others lie beneath it. Empty over bare ground.
    QString footprintToolTipAt(QPointF pos) const;

    // Loads a vector file (GeoJSON, KML/KMZ, GeoPackage, zipped Shapefile) as the region.
    void loadRegionFile(const QString &path);

Q_SIGNALS:
    void regionChanged(const eoc::Region &region);
    void regionRejected(const eoc::Error &error);
    void footprintClicked(int row, Qt::KeyboardModifiers modifiers);
    void cursorMoved(double lon, double lat);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    void addLayer(MapLayer *layer);
    // The graticule, the region's area and the point-and-radius tool.
    void addRegionHelp();
    void applyPalette();
    void paintScaleBar(QPainter &painter);
    void paintAttribution(QPainter &painter);
    QString visibleCredits() const;
    int footprintToClick(QPointF pos, Qt::KeyboardModifiers modifiers);

    Viewport m_viewport;
    QList<MapLayer *> m_layers;                     // sorted by z
    BasemapLayer *m_basemap = nullptr;
    TileFetcher *m_tileFetcher = nullptr;
    TileLayer *m_tiles = nullptr;
    FootprintLayer *m_footprints = nullptr;
    QuicklookLayer *m_quicklook = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    RegionEditor *m_editor = nullptr;
    GraticuleLayer *m_graticule = nullptr;
    RegionAreaLabel *m_areaLabel = nullptr;
    PointBufferTool *m_pointBuffer = nullptr;
    QString m_shownAttribution;

    bool m_panning = false;
    bool m_editorOwnsDrag = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    double m_pinchStart = 0;
    // A touch pinch is under way: the mouse events Qt synthesises from its first finger must
    // neither pan the map nor drag a box.
    bool m_pinching = false;
    // Repeated clicks on the same spot step through the footprints stacked there.
    QPointF m_lastClickPos;
    int m_lastClickedRow = -1;
};

} // namespace eoc::ui

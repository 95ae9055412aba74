#pragma once

#include "core/model/Region.h"

#include <QList>
#include <QString>

#include <optional>

// Which tiles of the satellites' own grids cover a region: Sentinel-2's (MGRS 100 km squares) and
// Landsat's Worldwide Reference System 2. Computed from the grids' definitions, no data file.
namespace eoc::grid {

// A Sentinel-2 tile: UTM zone, latitude band and MGRS 100 km square ("23LKC").
struct S2Tile {
    int zone = 0;        // 1..60
    char band = 0;       // 'C'..'X' (no I, O)
    QString square;      // "KC"

    QString name() const;            // "23LKC", "05QKB": the zone always with two digits
    // "23LKC", "T23LKC", "5QKB"; nullopt when it is not a valid tile name.
    static std::optional<S2Tile> parse(const QString &name);
    friend bool operator==(const S2Tile &, const S2Tile &) = default;
};

// The Sentinel-2 tiles whose footprint intersects `region` (any region: boxes, polygons, across
// the antimeridian), sorted by name, without duplicates. Tiles are 109.8 km squares in the UTM
// projection of their zone, starting at the corner of their MGRS 100 km square, so neighbours
// overlap by 9.8 km and a small region often lies in two or four. A square that straddles a
// latitude band has a tile under each band's name; both are listed. Nothing beyond 80 S and 84 N,
// where Sentinel-2 has no tiles.
QList<S2Tile> sentinel2TilesCovering(const Region &region);
// A tile's footprint in EPSG:4326 (closed ring, counter-clockwise).
Polygon sentinel2TileFootprint(const S2Tile &tile);

// A WRS-2 path/row (Landsat 4, 5, 7, 8, 9).
struct WrsPathRow {
    int path = 0;        // 1..233
    int row = 0;         // 1..122 in daylight (descending); row 60 crosses the equator
    friend bool operator==(const WrsPathRow &, const WrsPathRow &) = default;
};

// The WRS-2 daylight path/rows whose scene may intersect `region`, sorted by path then row. Scene
// footprints are taken a little larger than a Landsat scene (185 km across the track), so a scene
// touching the region is never left out; one just beside it may be listed too.
QList<WrsPathRow> wrs2PathRowsCovering(const Region &region);
// The footprint of a path/row's scene (approximate: the nominal scene around its centre, along
// the ground track), closed ring.
Polygon wrs2Footprint(const WrsPathRow &pathRow);
// The scene centre of a path/row.
GeoPoint wrs2SceneCentre(const WrsPathRow &pathRow);

} // namespace eoc::grid

// Sentinel-2 tiles from the MGRS definition: every 100 km square of every grid zone (UTM zone x
// latitude band) has a tile of 109.8 km whose upper-left corner is 40 m west and 40 m north of the
// square's upper-left corner (tiles start at x = ...99960 and y = ...00040, as their GeoTIFFs
// say), so each tile covers its square and 9.76 km of the squares east and south of it.
#include "core/model/grid/PlanarShapes.h"
#include "core/model/grid/SatelliteGrids.h"
#include "core/model/grid/Utm.h"

#include <QRegularExpression>

#include <cstring>
#include <numbers>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace eoc::grid {

namespace {

constexpr double kSquare = 100000.0;
constexpr double kTileSize = 109800.0;
constexpr double kTileWestOffset = 40.0;      // the tile starts this far west of its square
constexpr double kTileNorthOffset = 40.0;     // and this far north of the square's top
constexpr double kFalseNorthingSouth = 10000000.0;

const char kBands[] = "CDEFGHJKLMNPQRSTUVWX";
const char *const kColumnSets[3] = {"ABCDEFGH", "JKLMNPQR", "STUVWXYZ"};
const char kRowLetters[] = "ABCDEFGHJKLMNPQRSTUV";

int bandIndex(char band)
{
    const char *p = std::strchr(kBands, band);
    return band && p ? int(p - kBands) : -1;
}

double bandSouth(int index) { return -80.0 + 8.0 * index; }
double bandNorth(int index) { return index == 19 ? 84.0 : -72.0 + 8.0 * index; }
bool southern(char band) { return band < 'N'; }

// A grid zone's longitudes. Where MGRS widens a zone (32V from 3 E; 31X, 33X, 35X and 37X over
// Svalbard) the wider extent is taken while the standard zones stay too: whether Sentinel-2's
// grid follows those exceptions is not settled here, and a tile too many costs one empty listing
// while a tile missed loses scenes.
void zoneLongitudes(int zone, char band, double *west, double *east)
{
    *west = -180.0 + 6.0 * (zone - 1);
    *east = *west + 6.0;
    if (band == 'V' && zone == 32)
        *west = 3.0;
    if (band == 'X') {
        if (zone == 31) *east = 9.0;
        if (zone == 33) { *west = 9.0; *east = 21.0; }
        if (zone == 35) { *west = 21.0; *east = 33.0; }
        if (zone == 37) { *west = 33.0; *east = 42.0; }
    }
}

QString squareLetters(int zone, double easting, double northingUtm)
{
    const int column = int(std::floor(easting / kSquare)) - 1;
    int row = int(std::floor(northingUtm / kSquare)) % 20;
    if (zone % 2 == 0)
        row = (row + 5) % 20;
    return QString(QChar::fromLatin1(kColumnSets[(zone - 1) % 3][column])) + QChar::fromLatin1(kRowLetters[row]);
}

PlanarRing project(const Ring &ring, int zone)
{
    PlanarRing out;
    out.reserve(ring.size());
    for (const GeoPoint &p : ring) {
        const UtmPoint u = toUtm(p, zone);
        out << Vec2{u.easting, u.northing};
    }
    return out;
}

// The lower-left corner of a tile's square (easting, signed northing), from its name.
bool squareCorner(const S2Tile &tile, double *easting, double *northing)
{
    const int band = bandIndex(tile.band);
    const char *columns = kColumnSets[(tile.zone - 1) % 3];
    const char *col = std::strchr(columns, tile.square.at(0).toLatin1());
    const char *row = std::strchr(kRowLetters, tile.square.at(1).toLatin1());
    if (band < 0 || !col || !row)
        return false;
    *easting = double(col - columns + 1) * kSquare;
    int rowIndex = int(row - kRowLetters);
    if (tile.zone % 2 == 0)
        rowIndex = (rowIndex + 15) % 20;
    // The row letters repeat every 2,000 km: take the repetition nearest the band's middle.
    const double falseNorthing = southern(tile.band) ? kFalseNorthingSouth : 0.0;
    const double middle = toUtm({centralMeridian(tile.zone), (bandSouth(band) + bandNorth(band)) / 2.0}, tile.zone).northing + falseNorthing;
    double best = 0;
    double bestDistance = INFINITY;
    for (int cycle = 0; cycle < 6; ++cycle) {
        const double candidate = cycle * 2000000.0 + rowIndex * kSquare;
        const double distance = std::abs(candidate + kSquare / 2 - middle);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    *northing = best - falseNorthing;
    return true;
}

PlanarRect tileRect(double squareEasting, double squareNorthing)
{
    const double west = squareEasting - kTileWestOffset;
    const double north = squareNorthing + kSquare + kTileNorthOffset;
    return {west, north - kTileSize, west + kTileSize, north};
}

} // namespace

QString S2Tile::name() const
{
    return QStringLiteral("%1%2%3").arg(zone, 2, 10, QLatin1Char('0')).arg(QChar::fromLatin1(band)).arg(square);
}

std::optional<S2Tile> S2Tile::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^T?([0-9]{1,2})([C-HJ-NP-X])([A-HJ-NP-Z])([A-HJ-NP-V])$"));
    const auto m = re.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    S2Tile tile;
    tile.zone = m.captured(1).toInt();
    tile.band = m.captured(2).at(0).toLatin1();
    tile.square = m.captured(3) + m.captured(4);
    if (tile.zone < 1 || tile.zone > 60 || !std::strchr(kColumnSets[(tile.zone - 1) % 3], tile.square.at(0).toLatin1()))
        return std::nullopt;
    return tile;
}

Polygon sentinel2TileFootprint(const S2Tile &tile)
{
    double easting = 0, northing = 0;
    Polygon polygon;
    if (!squareCorner(tile, &easting, &northing))
        return polygon;
    const PlanarRect r = tileRect(easting, northing);
    // A few points per side: the sides are not straight in degrees.
    const Vec2 corners[4] = {{r.minX, r.minY}, {r.maxX, r.minY}, {r.maxX, r.maxY}, {r.minX, r.maxY}};
    constexpr int kPointsPerSide = 8;
    for (int side = 0; side < 4; ++side) {
        const Vec2 a = corners[side];
        const Vec2 b = corners[(side + 1) % 4];
        for (int k = 0; k < kPointsPerSide; ++k) {
            const double t = double(k) / kPointsPerSide;
            polygon.outer << fromUtm({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)}, tile.zone);
        }
    }
    polygon.outer << polygon.outer.first();
    return polygon;
}

QList<S2Tile> sentinel2TilesCovering(const Region &region)
{
    const QList<Polygon> polygons = region.toPolygons();
    if (polygons.isEmpty())
        return {};
    const BoundingBox bounds = region.bounds();
    const double south = std::max(bounds.south, -80.0);
    const double north = std::min(bounds.north, 84.0);
    if (south > north)
        return {};

    QList<S2Tile> tiles;
    QSet<QString> seen;
    for (int zone = 1; zone <= 60; ++zone) {
        for (int band = 0; band < 20; ++band) {
            // A tile reaches at most one square (and its overlap) beyond its grid zone.
            const double gzdSouth = bandSouth(band);
            const double gzdNorth = bandNorth(band);
            if (north < gzdSouth - 1.1 || south > gzdNorth + 1.1)
                continue;
            double west = 0, east = 0;
            const char bandLetter = kBands[band];
            zoneLongitudes(zone, bandLetter, &west, &east);
            const double poleward = std::min(85.0, std::max(std::abs(gzdSouth), std::abs(gzdNorth)) + 1.1);
            const double margin = std::min(40.0, 0.2 + 215.0 / (111.32 * std::cos(poleward * std::numbers::pi / 180.0)));

            // The region's part near the zone, in the zone's plane.
            QList<PlanarRing> regionRings;
            for (const Polygon &polygon : polygons) {
                for (const double shift : {-360.0, 0.0, 360.0}) {
                    Ring shifted = polygon.outer;
                    for (GeoPoint &p : shifted)
                        p.lon += shift;
                    const Ring part = clipToLongitudes(shifted, west - margin, east + margin);
                    if (!part.isEmpty())
                        regionRings << project(densify(part, 0.1), zone);
                }
            }
            if (regionRings.isEmpty())
                continue;

            const Ring gzd = densify({{west, gzdSouth}, {east, gzdSouth}, {east, gzdNorth}, {west, gzdNorth}}, 0.25);
            const PlanarRing gzdPlane = project(gzd, zone);
            const PlanarRect gzdBounds = boundsOf(gzdPlane);
            const double falseNorthing = southern(bandLetter) ? kFalseNorthingSouth : 0.0;
            const double firstEasting = std::max(kSquare, std::floor(gzdBounds.minX / kSquare) * kSquare);
            const double lastEasting = std::min(8 * kSquare, gzdBounds.maxX);
            for (double e = firstEasting; e <= lastEasting; e += kSquare) {
                for (double n = std::floor(gzdBounds.minY / kSquare) * kSquare; n < gzdBounds.maxY; n += kSquare) {
                    // The square must share area with its grid zone, not just an edge.
                    const PlanarRect square{e + 1, n + 1, e + kSquare - 1, n + kSquare - 1};
                    if (!rectTouchesRing(square, gzdPlane))
                        continue;
                    const PlanarRect tile = tileRect(e, n);
                    const bool touches = std::any_of(regionRings.cbegin(), regionRings.cend(),
                                                     [&tile](const PlanarRing &ring) { return rectTouchesRing(tile, ring); });
                    if (!touches)
                        continue;
                    S2Tile t{zone, bandLetter, squareLetters(zone, e, n + falseNorthing)};
                    if (!seen.contains(t.name())) {
                        seen.insert(t.name());
                        tiles << t;
                    }
                }
            }
        }
    }
    std::sort(tiles.begin(), tiles.end(), [](const S2Tile &a, const S2Tile &b) { return a.name() < b.name(); });
    return tiles;
}

} // namespace eoc::grid

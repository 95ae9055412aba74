// Sentinel-2 tiles and WRS-2 path/rows covering regions. The expectations come from real scenes:
// the recorded STAC answers (tests/data/stac) carry Sentinel-2 items with their MGRS tile and data
// footprint, and Landsat scenes with their path/row and footprint; the rest follows from the grids'
// definitions (tile overlap, band and zone edges, the antimeridian, the poles).
#include "core/model/grid/SatelliteGrids.h"
#include "core/model/grid/Utm.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace eoc;
using namespace eoc::grid;

namespace {

struct RealScene {
    QString id;
    QString tile;            // "23LKC" or "084060"
    Polygon footprint;
};

Polygon polygonOf(const QJsonObject &geometry)
{
    Polygon p;
    for (const auto &v : geometry.value(QStringLiteral("coordinates")).toArray().first().toArray()) {
        const QJsonArray c = v.toArray();
        p.outer << GeoPoint{c.at(0).toDouble(), c.at(1).toDouble()};
    }
    return p;
}

QList<RealScene> realScenes(bool sentinel2)
{
    const QStringList files{QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p1.json"),
                            QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p2.json"),
                            QStringLiteral("stac/stac_earth_search/v1_search_two_collections_p1.json"),
                            QStringLiteral("stac/stac_planetary_computer/items_landsat_c2_l2_p1.json")};
    QList<RealScene> scenes;
    for (const QString &file : files) {
        const auto features = QJsonDocument::fromJson(test::readTestData(file)).object().value(QStringLiteral("features")).toArray();
        for (const auto &f : features) {
            const QJsonObject o = f.toObject();
            const QJsonObject p = o.value(QStringLiteral("properties")).toObject();
            RealScene s;
            s.id = o.value(QStringLiteral("id")).toString();
            if (sentinel2 && p.contains(QStringLiteral("mgrs:utm_zone"))) {
                s.tile = QStringLiteral("%1%2%3")
                             .arg(p.value(QStringLiteral("mgrs:utm_zone")).toInt(), 2, 10, QLatin1Char('0'))
                             .arg(p.value(QStringLiteral("mgrs:latitude_band")).toString(), p.value(QStringLiteral("mgrs:grid_square")).toString());
            } else if (!sentinel2 && p.contains(QStringLiteral("landsat:wrs_path"))) {
                s.tile = p.value(QStringLiteral("landsat:wrs_path")).toString() + p.value(QStringLiteral("landsat:wrs_row")).toString();
            } else {
                continue;
            }
            s.footprint = polygonOf(o.value(QStringLiteral("geometry")).toObject());
            scenes << s;
        }
    }
    return scenes;
}

QStringList names(const QList<S2Tile> &tiles)
{
    QStringList list;
    for (const auto &t : tiles)
        list << t.name();
    return list;
}

QStringList names(const QList<WrsPathRow> &pathRows)
{
    QStringList list;
    for (const auto &p : pathRows)
        list << QStringLiteral("%1%2").arg(p.path, 3, 10, QLatin1Char('0')).arg(p.row, 3, 10, QLatin1Char('0'));
    return list;
}

Region box(double west, double south, double east, double north)
{
    return Region::fromBox(BoundingBox{west, south, east, north});
}

// Inside the tile's footprint, in the tile's own UTM plane (metres), with `toleranceM` for points
// on the edge.
bool insideTile(const GeoPoint &p, const S2Tile &tile, double toleranceM)
{
    const Polygon footprint = sentinel2TileFootprint(tile);
    double minE = INFINITY, maxE = -INFINITY, minN = INFINITY, maxN = -INFINITY;
    for (const GeoPoint &c : footprint.outer) {
        const UtmPoint u = toUtm(c, tile.zone);
        minE = std::min(minE, u.easting);
        maxE = std::max(maxE, u.easting);
        minN = std::min(minN, u.northing);
        maxN = std::max(maxN, u.northing);
    }
    const UtmPoint u = toUtm(p, tile.zone);
    return u.easting >= minE - toleranceM && u.easting <= maxE + toleranceM && u.northing >= minN - toleranceM && u.northing <= maxN + toleranceM;
}

} // namespace

TEST(Utm, ForwardAndInverseAgreeAcrossTheZone)
{
    for (const GeoPoint p : {GeoPoint{-47.9, -15.8}, GeoPoint{-44.99, 0.0}, GeoPoint{-42.01, 83.9}, GeoPoint{-47.99, -79.9}}) {
        const UtmPoint u = toUtm(p, 23);
        const GeoPoint back = fromUtm(u, 23);
        EXPECT_NEAR(back.lon, p.lon, 1e-8);
        EXPECT_NEAR(back.lat, p.lat, 1e-8);
    }
    // The central meridian at the equator is (500 km, 0); 3 degrees east of it, 833,978.56 m (the
    // textbook value for WGS 84, e.g. EPSG guidance note 7-2's worked examples round to this).
    EXPECT_NEAR(toUtm({-45.0, 0.0}, 23).easting, 500000.0, 1e-6);
    EXPECT_NEAR(toUtm({-42.0, 0.0}, 23).easting, 833978.56, 0.05);
}

TEST(Sentinel2Grid, TileNamesAreReadAndWritten)
{
    const auto tile = S2Tile::parse(QStringLiteral("T5QKB"));
    ASSERT_TRUE(tile);
    EXPECT_EQ(tile->name(), QStringLiteral("05QKB"));
    EXPECT_FALSE(S2Tile::parse(QStringLiteral("23LAC"))) << "column A is not a column of zone 23";
    EXPECT_FALSE(S2Tile::parse(QStringLiteral("23IKC")));
    EXPECT_FALSE(S2Tile::parse(QStringLiteral("61LKC")));
}

TEST(Sentinel2Grid, RealItemsLieInsideTheirTilesFootprint)
{
    const auto scenes = realScenes(true);
    ASSERT_GE(scenes.size(), 15);
    QSet<int> zones;
    for (const RealScene &s : scenes) {
        const auto tile = S2Tile::parse(s.tile);
        ASSERT_TRUE(tile) << s.tile.toStdString();
        zones.insert(tile->zone);
        for (const GeoPoint &p : s.footprint.outer)
            EXPECT_TRUE(insideTile(p, *tile, 50.0)) << s.id.toStdString() << " point " << p.lon << "," << p.lat;
    }
    EXPECT_GE(zones.size(), 3) << "zones of both hemispheres";
}

TEST(Sentinel2Grid, RealItemsAreCoveredByTheirTile)
{
    for (const RealScene &s : realScenes(true)) {
        const auto region = Region::fromPolygons({s.footprint});
        ASSERT_TRUE(region);
        const QStringList covering = names(sentinel2TilesCovering(*region));
        EXPECT_TRUE(covering.contains(s.tile)) << s.id.toStdString() << ": " << covering.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(Sentinel2Grid, APointInTheOverlapOfFourTilesHasFourTiles)
{
    // A square in the middle of zone 23 and band L, away from every zone and band edge.
    const UtmPoint centre = toUtm({-45.2, -11.9}, 23);
    const double e = std::floor(centre.easting / 100000.0) * 100000.0;
    const double n = std::floor(centre.northing / 100000.0) * 100000.0;
    auto tilesAt = [](double easting, double northing, double halfM) {
        const GeoPoint a = fromUtm({easting - halfM, northing - halfM}, 23);
        const GeoPoint b = fromUtm({easting + halfM, northing + halfM}, 23);
        return names(sentinel2TilesCovering(box(std::min(a.lon, b.lon), std::min(a.lat, b.lat), std::max(a.lon, b.lon), std::max(a.lat, b.lat))));
    };
    // The middles of the square, of its eastern neighbour, and of the two below them: one tile each.
    QStringList expected;
    for (const auto &[de, dn] : {std::pair{0.0, 0.0}, std::pair{100000.0, 0.0}, std::pair{0.0, -100000.0}, std::pair{100000.0, -100000.0}}) {
        const QStringList one = tilesAt(e + de + 50000.0, n + dn + 50000.0, 500.0);
        ASSERT_EQ(one.size(), 1) << one.join(QLatin1Char(' ')).toStdString();
        expected << one;
    }
    const QString southEast = expected.last();
    expected.sort();
    // 3 km east of the square's east edge and 3 km south of its south edge: inside the tile of the
    // square (which reaches 9.76 km east and south of it), of its eastern neighbour, and of the two
    // squares below them.
    EXPECT_EQ(tilesAt(e + 103000.0, n - 3000.0, 200.0), expected);
    // 12 km out instead of 3: past the overlap, only the south-eastern square's tile.
    EXPECT_EQ(tilesAt(e + 112000.0, n - 12000.0, 200.0), QStringList{southEast}) << expected.join(QLatin1Char(' ')).toStdString();
}

TEST(Sentinel2Grid, APolygonGetsOnlyTheTilesItTouchesNotThoseOfItsBounds)
{
    // A thin band along the diagonal of a 2-degree box in zone 23.
    Polygon diagonal;
    diagonal.outer = {{-47.0, -15.0}, {-45.0, -13.0}, {-44.98, -13.0}, {-46.98, -15.0}, {-47.0, -15.0}};
    const auto region = Region::fromPolygons({diagonal});
    ASSERT_TRUE(region);
    const QStringList alongDiagonal = names(sentinel2TilesCovering(*region));
    const QStringList wholeBox = names(sentinel2TilesCovering(box(-47.0, -15.0, -44.98, -13.0)));
    const QStringList northWestCorner = names(sentinel2TilesCovering(box(-47.0, -13.02, -46.98, -13.0)));
    ASSERT_FALSE(northWestCorner.isEmpty());
    for (const QString &tile : northWestCorner) {
        EXPECT_TRUE(wholeBox.contains(tile));
        EXPECT_FALSE(alongDiagonal.contains(tile)) << tile.toStdString();
    }
    EXPECT_LT(alongDiagonal.size(), wholeBox.size());
}

TEST(Sentinel2Grid, AcrossTheAntimeridianBothZonesAnswer)
{
    // Fiji: a box from 179.9 E to 179.9 W.
    const QStringList across = names(sentinel2TilesCovering(box(179.9, -17.1, -179.9, -16.9)));
    QStringList halves = names(sentinel2TilesCovering(box(179.9, -17.1, 180.0, -16.9))) + names(sentinel2TilesCovering(box(-180.0, -17.1, -179.9, -16.9)));
    halves.removeDuplicates();
    halves.sort();
    EXPECT_EQ(across, halves);
    EXPECT_TRUE(std::any_of(across.begin(), across.end(), [](const QString &t) { return t.startsWith(QLatin1String("60K")); }))
        << across.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(std::any_of(across.begin(), across.end(), [](const QString &t) { return t.startsWith(QLatin1String("01K")); }))
        << across.join(QLatin1Char(' ')).toStdString();
}

TEST(Sentinel2Grid, BandAndZoneEdgesListTheTilesOnBothSides)
{
    // On the 16 S parallel (bands K and L) and the 48 W meridian (zones 22 and 23).
    const QStringList covering = names(sentinel2TilesCovering(box(-48.01, -16.01, -47.99, -15.99)));
    for (const QString &prefix : {QStringLiteral("22K"), QStringLiteral("22L"), QStringLiteral("23K"), QStringLiteral("23L")}) {
        EXPECT_TRUE(std::any_of(covering.begin(), covering.end(), [&prefix](const QString &t) { return t.startsWith(prefix); }))
            << prefix.toStdString() << ": " << covering.join(QLatin1Char(' ')).toStdString();
    }
    // On the equator: bands M and N.
    const QStringList equator = names(sentinel2TilesCovering(box(-60.01, -0.01, -59.99, 0.01)));
    EXPECT_TRUE(std::any_of(equator.begin(), equator.end(), [](const QString &t) { return t.startsWith(QLatin1String("20M")); }));
    EXPECT_TRUE(std::any_of(equator.begin(), equator.end(), [](const QString &t) { return t.startsWith(QLatin1String("20N")); }));
}

TEST(Sentinel2Grid, ThePolesStopAtTheGridsEnds)
{
    const QStringList north = names(sentinel2TilesCovering(box(10.0, 83.5, 10.2, 83.6)));
    ASSERT_FALSE(north.isEmpty());
    for (const QString &t : north)
        EXPECT_EQ(t.at(2), QLatin1Char('X')) << t.toStdString();
    EXPECT_TRUE(sentinel2TilesCovering(box(10.0, 85.0, 10.2, 86.0)).isEmpty());
    EXPECT_TRUE(sentinel2TilesCovering(box(10.0, -89.0, 10.2, -81.0)).isEmpty());
    const QStringList south = names(sentinel2TilesCovering(box(10.0, -79.9, 10.2, -79.8)));
    ASSERT_FALSE(south.isEmpty());
    for (const QString &t : south)
        EXPECT_EQ(t.at(2), QLatin1Char('C')) << t.toStdString();
}

TEST(Sentinel2Grid, NorwayAndSvalbardIncludeTheWidenedZones)
{
    // Bergen lies in standard zone 31, but MGRS gives the west coast of Norway to zone 32.
    const QStringList bergen = names(sentinel2TilesCovering(box(5.2, 60.3, 5.4, 60.45)));
    EXPECT_TRUE(std::any_of(bergen.begin(), bergen.end(), [](const QString &t) { return t.startsWith(QLatin1String("32V")); }))
        << bergen.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(std::any_of(bergen.begin(), bergen.end(), [](const QString &t) { return t.startsWith(QLatin1String("31V")); }));
    const QStringList longyearbyen = names(sentinel2TilesCovering(box(15.5, 78.2, 15.7, 78.25)));
    EXPECT_TRUE(std::any_of(longyearbyen.begin(), longyearbyen.end(), [](const QString &t) { return t.startsWith(QLatin1String("33X")); }))
        << longyearbyen.join(QLatin1Char(' ')).toStdString();
}

TEST(Wrs2Grid, SceneCentresMatchRealLandsatScenes)
{
    const auto scenes = realScenes(false);
    ASSERT_GE(scenes.size(), 10);
    for (const RealScene &s : scenes) {
        const WrsPathRow pr{s.tile.left(3).toInt(), s.tile.mid(3).toInt()};
        double lon = 0, lat = 0;
        const qsizetype n = s.footprint.outer.size() - 1;
        for (qsizetype i = 0; i < n; ++i) {
            lon += s.footprint.outer.at(i).lon;
            lat += s.footprint.outer.at(i).lat;
        }
        const GeoPoint centre = wrs2SceneCentre(pr);
        EXPECT_NEAR(centre.lon, lon / n, 0.2) << s.id.toStdString();
        EXPECT_NEAR(centre.lat, lat / n, 0.2) << s.id.toStdString();
        const auto region = Region::fromPolygons({s.footprint});
        ASSERT_TRUE(region);
        EXPECT_TRUE(names(wrs2PathRowsCovering(*region)).contains(s.tile)) << s.id.toStdString();
    }
}

TEST(Wrs2Grid, ASmallRegionHasAFewOverlappingScenes)
{
    // Boulder, Colorado: real scenes of path 033 row 032 cover it (recorded above).
    const QStringList boulder = names(wrs2PathRowsCovering(box(-105.3, 40.0, -105.25, 40.05)));
    EXPECT_TRUE(boulder.contains(QStringLiteral("033032"))) << boulder.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(boulder.size(), 2) << "neighbouring paths overlap";
    EXPECT_LE(boulder.size(), 6);
    // Across the antimeridian: paths on both sides.
    const QStringList fiji = names(wrs2PathRowsCovering(box(179.9, -17.1, -179.9, -16.9)));
    EXPECT_GE(fiji.size(), 2);
}

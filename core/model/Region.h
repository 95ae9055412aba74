#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

class QGeoRectangle;
class QGeoPolygon;

namespace eoc {

struct GeoPoint {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// A ring is stored closed (first point == last point).
using Ring = QList<GeoPoint>;

struct Polygon {
    Ring outer;
    QList<Ring> holes;
    friend bool operator==(const Polygon &, const Polygon &) = default;
};

// West > east means the box crosses the antimeridian (for example west 170, east -170).
struct BoundingBox {
    double west = 0.0;
    double south = 0.0;
    double east = 0.0;
    double north = 0.0;

    bool crossesAntimeridian() const { return west > east; }
    double widthDegrees() const { return crossesAntimeridian() ? 360.0 - west + east : east - west; }
    // The box split at the antimeridian into one or two boxes that do not cross it.
    QList<BoundingBox> splitAtAntimeridian() const;
    // Checks ranges (lon -180..180, lat -90..90, south <= north) and names what is wrong.
    static Result<BoundingBox> make(double west, double south, double east, double north);
    // "W,S,E,N" as the CLI takes it.
    static Result<BoundingBox> parse(const QString &text);
    friend bool operator==(const BoundingBox &, const BoundingBox &) = default;
};

// A region of interest in EPSG:4326: a box, or one or more polygons.
class Region
{
public:
    enum class Kind { Empty, Box, Polygons };

    Region() = default;
    static Region fromBox(const BoundingBox &box);
    static Result<Region> fromPolygons(const QList<Polygon> &polygons);   // validated

    static Result<Region> fromWkt(const QString &wkt);
    // A GeoJSON geometry, Feature or FeatureCollection (all geometries are united).
    static Result<Region> fromGeoJson(const QByteArray &json);
    static Result<Region> fromGeoJson(const QJsonObject &object);
    // Any vector file OGR reads (Shapefile, zipped Shapefile, GeoPackage, KML/KMZ, GeoJSON...),
    // reprojected to EPSG:4326.
    static Result<Region> fromFile(const QString &path);
    // "W,S,E,N", WKT, GeoJSON text or a file path, whichever the text is.
    static Result<Region> parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Empty; }
    bool isBox() const { return m_kind == Kind::Box; }
    BoundingBox box() const { return m_box; }               // valid when isBox()
    const QList<Polygon> &polygons() const { return m_polygons; }

    BoundingBox bounds() const;
    int vertexCount() const;
    // Polygons as they cover the globe: a box across the antimeridian becomes two polygons.
    QList<Polygon> toPolygons() const;

    QString toWkt() const;                                  // POLYGON or MULTIPOLYGON
    QJsonObject toGeoJson() const;                          // a GeoJSON geometry
    // At most maxVertices vertices in all, still covering the original region.
    Region simplified(int maxVertices) const;

    QGeoRectangle toGeoRectangle() const;
    QGeoPolygon toGeoPolygon() const;                       // the first polygon
    static Region fromGeoRectangle(const QGeoRectangle &rect);
    static Result<Region> fromGeoPolygon(const QGeoPolygon &polygon);

    friend bool operator==(const Region &, const Region &) = default;

private:
    Kind m_kind = Kind::Empty;
    BoundingBox m_box;
    QList<Polygon> m_polygons;
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::Region)

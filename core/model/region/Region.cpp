#include "core/model/Region.h"

#include "core/model/region/RegionBounds.h"
#include "core/model/region/RegionValidation.h"
#include "core/model/region/Simplify.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace eoc {

Region Region::fromBox(const BoundingBox &box)
{
    Region region;
    region.m_kind = Kind::Box;
    region.m_box = box;
    return region;
}

Result<Region> Region::fromPolygons(const QList<Polygon> &polygons)
{
    if (auto error = region::validatePolygons(polygons))
        return *error;
    Region region;
    region.m_kind = Kind::Polygons;
    region.m_polygons = polygons;
    return region;
}

BoundingBox Region::bounds() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Box:
        return m_box;
    case Kind::Polygons:
        return region::boundsOfPolygons(m_polygons);
    }
    return {};
}

// Counts positions as they are written out (WKT, GeoJSON, a provider's URL), so the closing point
// of every ring counts too: a box is 5, a box across the antimeridian 10.
int Region::vertexCount() const
{
    int count = 0;
    const QList<Polygon> polygons = toPolygons();
    for (const Polygon &polygon : polygons) {
        count += int(polygon.outer.size());
        for (const Ring &hole : polygon.holes)
            count += int(hole.size());
    }
    return count;
}

QList<Polygon> Region::toPolygons() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Box: {
        QList<Polygon> polygons;
        const QList<BoundingBox> parts = m_box.splitAtAntimeridian();
        for (const BoundingBox &part : parts)
            polygons.append(Polygon{region::boxRing(part), {}});
        return polygons;
    }
    case Kind::Polygons:
        return m_polygons;
    }
    return {};
}

// See core/model/region/Simplify.h for why the result still covers the region.
Region Region::simplified(int maxVertices) const
{
    if (m_kind != Kind::Polygons || vertexCount() <= maxVertices)
        return *this;
    if (auto polygons = region::simplifyPolygons(m_polygons, maxVertices)) {
        if (!region::validatePolygons(*polygons)) {
            Region region;
            region.m_kind = Kind::Polygons;
            region.m_polygons = *polygons;
            return region;
        }
    }
    // The bounding box covers everything and is the shortest region there is (5 positions, 10 when
    // it crosses the antimeridian), even when maxVertices asks for fewer.
    return fromBox(bounds());
}

Result<Region> Region::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Region", "no region given: expected W,S,E,N, WKT, GeoJSON or a file path"));
    }
    // A file wins over any other reading of the text: its name could look like anything.
    if (trimmed.startsWith(QLatin1String("/vsi")) || QFileInfo(trimmed).isFile())
        return fromFile(trimmed);
    if (trimmed.startsWith(QLatin1Char('{')))
        return fromGeoJson(trimmed.toUtf8());

    static const QRegularExpression numbersOnly(QStringLiteral("^[-+0-9.eE,\\s]+$"));
    if (numbersOnly.match(trimmed).hasMatch()) {
        auto box = BoundingBox::parse(trimmed);
        if (!box)
            return box.error();
        return fromBox(*box);
    }
    static const QRegularExpression wktStart(
        QStringLiteral("^(SRID=\\d+\\s*;\\s*)?(POLYGON|MULTIPOLYGON|GEOMETRYCOLLECTION|POINT|MULTIPOINT|"
                       "LINESTRING|MULTILINESTRING|CURVEPOLYGON|MULTISURFACE|TRIANGLE|TIN|POLYHEDRALSURFACE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (wktStart.match(trimmed).hasMatch())
        return fromWkt(trimmed);

    const QString shown = trimmed.size() > 60 ? trimmed.left(57) + QStringLiteral("...") : trimmed;
    return Error(ErrorClass::BadInput,
                 QCoreApplication::translate("Region", "'%1' is not a region: expected a box W,S,E,N, WKT, GeoJSON or the path of "
                                "an existing file")
                     .arg(shown));
}

} // namespace eoc

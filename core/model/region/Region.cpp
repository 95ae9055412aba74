// Placeholder so the tree links; the real implementation replaces this file.
#include "core/model/Region.h"

#include <QGeoPolygon>
#include <QGeoRectangle>

namespace eoc {
namespace {
Error notYet() { return Error(ErrorClass::Permanent, QStringLiteral("Regions are not implemented yet")); }
}
QList<BoundingBox> BoundingBox::splitAtAntimeridian() const { return {*this}; }
Result<BoundingBox> BoundingBox::make(double w, double s, double e, double n) { return BoundingBox{w, s, e, n}; }
Result<BoundingBox> BoundingBox::parse(const QString &) { return notYet(); }
Region Region::fromBox(const BoundingBox &box) { Region r; r.m_kind = Kind::Box; r.m_box = box; return r; }
Result<Region> Region::fromPolygons(const QList<Polygon> &) { return notYet(); }
Result<Region> Region::fromWkt(const QString &) { return notYet(); }
Result<Region> Region::fromGeoJson(const QByteArray &) { return notYet(); }
Result<Region> Region::fromGeoJson(const QJsonObject &) { return notYet(); }
Result<Region> Region::fromFile(const QString &) { return notYet(); }
Result<Region> Region::parse(const QString &) { return notYet(); }
BoundingBox Region::bounds() const { return m_box; }
int Region::vertexCount() const { return 0; }
QList<Polygon> Region::toPolygons() const { return m_polygons; }
QString Region::toWkt() const { return {}; }
QJsonObject Region::toGeoJson() const { return {}; }
Region Region::simplified(int) const { return *this; }
QGeoRectangle Region::toGeoRectangle() const { return {}; }
QGeoPolygon Region::toGeoPolygon() const { return {}; }
Region Region::fromGeoRectangle(const QGeoRectangle &) { return {}; }
Result<Region> Region::fromGeoPolygon(const QGeoPolygon &) { return notYet(); }
} // namespace eoc

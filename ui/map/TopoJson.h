#pragma once

#include "core/model/Region.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace eoc::ui {

// A TopoJSON object (such as "countries" or "land") turned into geographic polygons.
struct TopoFeature {
    QString name;
    QList<Polygon> polygons;
};

// Reads one named object of a TopoJSON topology (https://github.com/topojson/topojson-specification):
// arcs are delta-encoded when the topology is quantized, and a negative arc index ~i means arc i
// reversed. Only Polygon and MultiPolygon geometries are read; anything else is skipped.
Result<QList<TopoFeature>> readTopoJson(const QByteArray &json, const QString &objectName);

} // namespace eoc::ui

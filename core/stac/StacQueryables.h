#pragma once

#include "core/provider/FilterField.h"

#include <QJsonObject>
#include <QList>

namespace eoc::stac {

// The filters a STAC collection's queryables schema (JSON Schema, GET /collections/{id}/queryables)
// offers: property name, title, type, enum and minimum/maximum. Properties that SearchQuery covers
// in its own fields (id, geometry, datetime...) and those no form can fill (arrays, objects, bare
// $refs to other schemas) are left out.
QList<FilterField> filterFieldsFromQueryables(const QJsonObject &schema);

// Whether the queryable `name` is already one of SearchQuery's own fields or the spatial/temporal part.
bool isBuiltInQueryable(const QString &name);

} // namespace eoc::stac

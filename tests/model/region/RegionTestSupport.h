#pragma once

#include "core/model/Region.h"

#include <QString>
#include <QStringList>

#include <string>

namespace eoc::test {

// Writes a vector file with GDAL: one polygon feature per WKT (coordinates in the given EPSG code).
// Returns an empty string on success, else what went wrong.
QString writeVectorFile(const QString &driver, const QString &path, int epsg, const QStringList &wkts);

// Packs files into a zip archive (entry names are the files' base names).
QString zipFiles(const QString &zipPath, const QStringList &files);

// A region's value or its error message, for readable assertion failures.
std::string describe(const Result<Region> &region);

// Whether the point lies inside or on the outer ring of any polygon of the region (holes are not
// looked at), allowing `tolerance`
// degrees for rounding.
bool regionContains(const Region &region, const GeoPoint &point, double tolerance = 1e-9);

} // namespace eoc::test

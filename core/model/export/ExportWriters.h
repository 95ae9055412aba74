#pragma once

// The individual writers behind exportResults(); internal to core/model/export.

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace eoc::exporting {

QByteArray toCsv(const QList<SceneResult> &results);
QByteArray toMetalink(const QList<SceneResult> &results);
Status writeGeoPackage(const QList<SceneResult> &results, const QString &path);

} // namespace eoc::exporting

#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace eoc {

// A collection a provider offers and the filters it accepts (names as in SearchQuery's fields:
// "cloud", "product_type", "tile", "orbit_direction", "relative_orbit", "platform", "online_only",
// plus provider-specific keys of SearchQuery::extra).
struct CollectionInfo {
    QString name;
    QString title;
    QStringList aliases;             // BDC-Collectors names that mean the same, e.g. SENTINEL-2
    QStringList filters;
    QString family;                  // scene-id family, e.g. "sentinel-2"
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::CollectionInfo)

#pragma once

#include "core/model/SceneResult.h"

#include <QList>
#include <QSet>
#include <QUrl>

namespace eoc::earthdata {

// LP DAAC's on-premises Data Pool (e4ftl01.cr.usgs.gov) was retired in June 2025: its links are
// dead and never offered.
bool isRetiredDataPoolUrl(const QUrl &url);

// A granule held in NASA's Earthdata Cloud (provider LPCLOUD, POCLOUD..., or links on
// *.earthdatacloud.nasa.gov).
bool isCloudCopy(const SceneResult &scene);

// One granule can be listed by several CMR providers: LP DAAC's collections are in CMR both as
// LPDAAC_ECS and as LPCLOUD, so a search across providers returns every granule twice. Keeps one
// result per granule name within a search, the cloud copy when a page has both.
class GranuleCopies
{
public:
    QList<SceneResult> keepOnePerGranule(const QList<SceneResult> &page);

private:
    // Names delivered by earlier pages. A cloud copy arriving a page after its on-premises twin is
    // dropped too (one result per granule); the default search asks for the cloud provider only.
    QSet<QString> m_delivered;
};

} // namespace eoc::earthdata

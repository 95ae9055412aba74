#include "providers/earthdata/GranuleCopies.h"

#include <QHash>

namespace eoc::earthdata {

bool isRetiredDataPoolUrl(const QUrl &url)
{
    return url.host().compare(QLatin1String("e4ftl01.cr.usgs.gov"), Qt::CaseInsensitive) == 0;
}

bool isCloudCopy(const SceneResult &scene)
{
    if (scene.attributes.value(QStringLiteral("cmr_provider")).toString().endsWith(QLatin1String("CLOUD")))
        return true;
    for (const auto &asset : scene.assets) {
        if (asset.href.host().endsWith(QLatin1String(".earthdatacloud.nasa.gov")))
            return true;
    }
    return false;
}

QList<SceneResult> GranuleCopies::keepOnePerGranule(const QList<SceneResult> &page)
{
    // The copy to keep of each new granule name in this page: the first cloud copy, else the first one.
    QHash<QString, qsizetype> chosen;
    for (qsizetype i = 0; i < page.size(); ++i) {
        const QString &name = page.at(i).sceneId;
        if (m_delivered.contains(name))
            continue;
        const auto it = chosen.constFind(name);
        if (it == chosen.cend())
            chosen.insert(name, i);
        else if (!isCloudCopy(page.at(*it)) && isCloudCopy(page.at(i)))
            chosen[name] = i;
    }
    QList<SceneResult> kept;
    for (qsizetype i = 0; i < page.size(); ++i) {
        const QString &name = page.at(i).sceneId;
        const auto it = chosen.constFind(name);
        if (it == chosen.cend() || m_delivered.contains(name))
            continue;
        // In the order of the first copy of each granule.
        kept.append(page.at(*it));
        m_delivered.insert(name);
    }
    return kept;
}

} // namespace eoc::earthdata

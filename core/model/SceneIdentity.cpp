#include "core/model/SceneIdentity.h"

#include "core/model/SceneId.h"

#include <QStringList>

namespace eoc {
namespace {

QString timeText(const std::optional<QDateTime> &t, Qt::DateFormat format = Qt::ISODate)
{
    return t ? t->toUTC().toString(format) : QString();
}

QString orbitText(const std::optional<int> &orbit)
{
    return orbit ? QString::number(*orbit) : QString();
}

QString joined(const QStringList &parts)
{
    return parts.join(QLatin1Char('|'));
}

} // namespace

SceneIdentity sceneIdentity(const SceneResult &result)
{
    SceneIdentity identity;
    const auto parsed = parseSceneId(result.sceneId);
    if (!parsed) {
        // Nothing known about the name: only the very same name is the same scene.
        identity.key = joined({QStringLiteral("id"), result.sceneId.trimmed().toUpper()});
        return identity;
    }
    const SceneId &id = parsed.value();
    const QString family = id.family;
    if (family == QLatin1String("sentinel-2")) {
        // The datatake's sensing time and the baseline, not the product discriminator: copies of
        // one product renamed or re-zipped by a mirror keep these, reprocessings change the baseline.
        identity.key = joined({family, id.platform, id.level, timeText(id.sensingStart), orbitText(id.relativeOrbit),
                               id.tile.toUpper(), id.baseline});
    } else if (family == QLatin1String("sentinel-1")) {
        const auto extra = [&id](const char *name) { return id.extra.value(QLatin1String(name)).toString(); };
        identity.key = joined({family, id.platform, extra("beam_mode"), id.productType, extra("product_class"),
                               extra("polarisation"), timeText(id.sensingStart), timeText(id.sensingEnd),
                               orbitText(id.absoluteOrbit), extra("mission_data_take_id").toUpper()});
        if (const QString unique = extra("product_unique_id"); !unique.isEmpty())
            identity.details.insert(QStringLiteral("product_unique_id"), unique.toUpper());
    } else if (family == QLatin1String("landsat") && !id.level.isEmpty()) {
        identity.key = joined({family, id.platform, id.level, id.tile, timeText(id.sensingStart, Qt::ISODate),
                               id.collection, id.tier});
        if (id.processingDate)
            identity.details.insert(QStringLiteral("processed"), timeText(id.processingDate));
    } else if (family == QLatin1String("modis") || family == QLatin1String("viirs")) {
        identity.key = joined({family, id.productType.toUpper(), timeText(id.sensingStart), id.tile, id.collection});
        if (id.processingDate)
            identity.details.insert(QStringLiteral("processed"), timeText(id.processingDate));
    } else {
        identity.key = joined({family, id.id.toUpper()});
    }
    return identity;
}

bool sameScene(const SceneIdentity &a, const SceneIdentity &b)
{
    if (a.key != b.key)
        return false;
    for (auto it = a.details.begin(); it != a.details.end(); ++it) {
        const auto other = b.details.find(it.key());
        if (other != b.details.end() && other.value() != it.value())
            return false;
    }
    return true;
}

} // namespace eoc

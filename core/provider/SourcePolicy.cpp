#include "core/provider/SourcePolicy.h"

#include <algorithm>

namespace eoc {

QString sourcePolicyName(SourcePolicy policy)
{
    switch (policy) {
    case SourcePolicy::UserOrder: return QStringLiteral("order");
    case SourcePolicy::NoAccountFirst: return QStringLiteral("no-account");
    case SourcePolicy::OnlineFirst: return QStringLiteral("online");
    case SourcePolicy::Fastest: return QStringLiteral("fastest");
    }
    return QStringLiteral("order");
}

QStringList sourcePolicyNames()
{
    return {QStringLiteral("order"), QStringLiteral("no-account"), QStringLiteral("online"), QStringLiteral("fastest")};
}

std::optional<SourcePolicy> sourcePolicyFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (SourcePolicy p : {SourcePolicy::UserOrder, SourcePolicy::NoAccountFirst, SourcePolicy::OnlineFirst,
                           SourcePolicy::Fastest}) {
        if (sourcePolicyName(p) == n)
            return p;
    }
    return std::nullopt;
}

QString deliveryFormat(const SceneResult &copy)
{
    const QString provider = copy.provider;
    // The Copernicus OData services hand out the product as one zip.
    if (provider == QLatin1String("dataspace") || provider == QLatin1String("creodias")
        || provider == QLatin1String("dhus") || provider == QLatin1String("onda"))
        return copy.assets.isEmpty() ? QStringLiteral("safe-zip") : QStringLiteral("files");
    if (provider == QLatin1String("google"))
        return copy.sceneId.startsWith(QLatin1String("S2")) ? QStringLiteral("safe-folder") : QStringLiteral("files");
    if (provider == QLatin1String("usgs"))
        return QStringLiteral("archive");
    bool anyCog = false;
    for (const auto &a : copy.assets) {
        if (a.key == QLatin1String("product") || a.roles.contains(QLatin1String("archive")))
            return a.href.path().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? QStringLiteral("safe-zip")
                                                                                       : QStringLiteral("archive");
        if (a.mediaType.contains(QLatin1String("image/tiff")))
            anyCog = true;
    }
    return anyCog ? QStringLiteral("cog") : QStringLiteral("files");
}

std::vector<SceneResult> copiesOf(const SceneResult &merged)
{
    std::vector<SceneResult> copies;
    copies.reserve(merged.otherSources.size() + 1);
    SceneResult first = merged;
    first.otherSources.clear();
    copies.push_back(std::move(first));
    for (const auto &other : merged.otherSources)
        copies.push_back(other);
    return copies;
}

SceneResult joinCopies(std::vector<SceneResult> copies)
{
    if (copies.empty())
        return {};
    SceneResult first = std::move(copies.front());
    first.otherSources.assign(std::make_move_iterator(copies.begin() + 1), std::make_move_iterator(copies.end()));
    return first;
}

void orderCopies(std::vector<SceneResult> &copies, SourcePolicy policy, const SourceFacts &facts)
{
    switch (policy) {
    case SourcePolicy::UserOrder:
        return;
    case SourcePolicy::NoAccountFirst:
        std::stable_sort(copies.begin(), copies.end(), [&facts](const SceneResult &a, const SceneResult &b) {
            const bool accountA = facts.needsAccount && facts.needsAccount(a.provider);
            const bool accountB = facts.needsAccount && facts.needsAccount(b.provider);
            return !accountA && accountB;
        });
        return;
    case SourcePolicy::OnlineFirst:
        std::stable_sort(copies.begin(), copies.end(),
                         [](const SceneResult &a, const SceneResult &b) { return a.online && !b.online; });
        return;
    case SourcePolicy::Fastest:
        // Unmeasured sources keep their place after the measured ones: a guess is no measurement.
        std::stable_sort(copies.begin(), copies.end(), [&facts](const SceneResult &a, const SceneResult &b) {
            const double speedA = facts.bytesPerSecond.value(a.sourceName(), -1);
            const double speedB = facts.bytesPerSecond.value(b.sourceName(), -1);
            return speedA > speedB;
        });
        return;
    }
}

SceneResult preferSource(const SceneResult &merged, const QString &source)
{
    auto copies = copiesOf(merged);
    const auto chosen = std::find_if(copies.begin(), copies.end(),
                                     [&source](const SceneResult &c) { return c.sourceName() == source; });
    if (chosen == copies.end() || chosen == copies.begin())
        return merged;
    std::rotate(copies.begin(), chosen, chosen + 1);
    return joinCopies(std::move(copies));
}

} // namespace eoc

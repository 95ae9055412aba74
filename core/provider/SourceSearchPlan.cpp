#include "core/provider/SourceSearchPlan.h"

#include "core/provider/CanonicalCollections.h"
#include "core/provider/Provider.h"
#include "core/provider/ProviderRegistry.h"

#include <QCoreApplication>

namespace eoc {
namespace {

// The collection `query` asks for in the words of `provider`, or an error when it has a fixed list
// without that name.
Result<QString> providerCollection(const Provider &provider, const QString &name)
{
    if (name.isEmpty() || provider.collections().isEmpty())
        return name;
    if (const auto info = provider.findCollection(name))
        return info->name;
    if (provider.capabilities().openCollections)
        return name;
    QStringList names;
    for (const auto &c : provider.collections())
        names << c.name;
    return Error(ErrorClass::BadInput, QCoreApplication::translate("SourceSearchPlan", "Unknown collection '%1' for %2; known: %3")
                                           .arg(name, provider.name(), names.join(QStringLiteral(", "))));
}

} // namespace

QStringList SourceSearchPlan::sourceOrder() const
{
    QStringList names;
    for (const auto &s : searches)
        names << s.source.text();
    return names;
}

Result<SourceSearchPlan> planSourceSearches(const QString &providers, const SearchQuery &query,
                                            ProviderRegistry &registry, const ProviderContext &context,
                                            Settings *settings)
{
    const auto canonical = findCanonicalCollection(query.collection);
    const bool all = providers.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    QList<SourceName> names;
    if (all) {
        const QStringList candidates = canonical ? sourcesCarrying(*canonical) : registry.names();
        for (const QString &text : candidates) {
            auto name = parseSourceName(text);
            // Plain links are no catalogue to search.
            if (name && name->provider != QLatin1String("http") && registry.contains(name->provider))
                names << name.value();
        }
    } else {
        for (const QString &text : providers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto name = parseSourceName(text);
            if (!name)
                return name.error();
            const bool seen = std::any_of(names.begin(), names.end(),
                                          [&name](const SourceName &n) { return n.text() == name->text(); });
            if (!seen)
                names << name.value();
        }
    }
    if (names.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SourceSearchPlan", "--provider names no provider (see `providers`)"));

    SourceSearchPlan plan;
    for (const SourceName &name : std::as_const(names)) {
        auto provider = registry.provider(name.provider, context, settings);
        if (!provider)
            return provider.error();
        Provider *p = provider.value();
        const QString source = name.text();
        // A provider named on purpose searches and fails with its own words (a closed service says
        // where its data went); "all" leaves it out with a note.
        if (const QString why = p->unavailableReason(); !why.isEmpty() && all) {
            plan.skipped << QCoreApplication::translate("SourceSearchPlan", "%1: %2").arg(source, why);
            continue;
        }
        SearchQuery q = query;
        q.provider = p->name();
        if (!name.preset.isEmpty()) {
            if (!p->presets().contains(name.preset)) {
                return Error(ErrorClass::BadInput, QCoreApplication::translate("SourceSearchPlan", "%1 has no preset '%2'; its presets: %3")
                                                       .arg(p->name(), name.preset,
                                                            p->presets().isEmpty() ? QCoreApplication::translate("SourceSearchPlan", "none")
                                                                                   : p->presets().join(QStringLiteral(", "))));
            }
            q.extra.insert(QStringLiteral("catalog"), name.preset);
        }
        const auto there = canonical ? collectionAtSource(*canonical, source) : std::nullopt;
        if (canonical && !there && all)
            continue;
        // A listed source without the shared name in the table gets the name as it is (a STAC
        // catalogue named by URL may well have it); one whose fixed list lacks it is refused.
        if (canonical && !there && names.size() > 1 && !p->collections().isEmpty() && !p->findCollection(q.collection)
            && !p->capabilities().openCollections) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SourceSearchPlan", "%1 does not carry %2; these do: %3")
                                                   .arg(source, canonical->name,
                                                        sourcesCarrying(*canonical).join(QStringLiteral(", "))));
        }
        if (there) {
            q.collection = there->collection;
            if (q.productType.isEmpty())
                q.productType = there->productType;
        } else {
            auto collection = providerCollection(*p, q.collection);
            if (!collection) {
                if (all)
                    continue;
                return collection.error();
            }
            q.collection = collection.value();
        }
        plan.searches << SourceSearch{name, p, q};
    }
    if (plan.searches.isEmpty()) {
        return Error(ErrorClass::BadInput, canonical ? QCoreApplication::translate("SourceSearchPlan", "No provider that can search now carries %1").arg(canonical->name)
                                                     : QCoreApplication::translate("SourceSearchPlan", "No provider knows the collection '%1'").arg(query.collection));
    }
    return plan;
}

} // namespace eoc

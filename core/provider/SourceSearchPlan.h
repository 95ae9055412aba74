#pragma once

#include "core/model/Result.h"
#include "core/model/SearchQuery.h"
#include "core/provider/SourceName.h"

#include <QList>
#include <QStringList>

namespace eoc {

class Provider;
class ProviderRegistry;
class Settings;
struct ProviderContext;

// One source's part of a search: the provider and the query in its own terms.
struct SourceSearch {
    SourceName source;
    Provider *provider = nullptr;
    SearchQuery query;
};

struct SourceSearchPlan {
    QList<SourceSearch> searches;    // in the user's order
    QStringList skipped;             // sources of "all" left out, with why (for a note to the user)
    QStringList sourceOrder() const;
};

// The searches `providers` asks for: "dataspace", "dataspace,stac:earth-search" or "all".
//   - A canonical collection (core/provider/CanonicalCollections.h) is translated for each source;
//     "all" means every source that carries it. A listed source that does not carry it is an
//     error naming those that do.
//   - Any other collection name is passed to each source as it is (checked against a provider's
//     fixed list where it has one); "all" then means every provider that knows the name.
//   - "provider:preset" searches the preset's catalogue (SearchQuery::extra["catalog"]).
// Unknown providers and presets are BadInput errors naming them; "all" leaves out providers that
// cannot search now (SourceSearchPlan::skipped says why).
Result<SourceSearchPlan> planSourceSearches(const QString &providers, const SearchQuery &query,
                                            ProviderRegistry &registry, const ProviderContext &context,
                                            Settings *settings);

} // namespace eoc

#pragma once

#include "core/gcs/GcsListing.h"
#include "core/model/Result.h"
#include "core/model/SceneResult.h"
#include "core/model/SearchQuery.h"
#include "providers/google/GoogleCollections.h"

#include <QList>
#include <QString>

#include <optional>

namespace eoc::google {

// More folders than this for one search is refused: each is at least one request.
inline constexpr int kMaxListings = 400;

// The folders of `collection` to list for `query`: one per Sentinel-2 tile or WRS-2 path/row the
// query's tiles name or its region covers. A BadInput error names what is missing or too large.
Result<QList<gcs::GcsListRequest>> listingsFor(const GoogleCollection &collection, const SearchQuery &query);

// The listing that finds one product by its name (for `download --scene-id`).
Result<gcs::GcsListRequest> listingForScene(const GoogleCollection &collection, const QString &sceneId);

// A product folder ("tiles/23/L/KC/<name>.SAFE/") found by a listing, as a result; nullopt when
// the name is not a product of the collection or falls outside the query's dates and filters.
std::optional<SceneResult> sceneFromFolder(const GoogleCollection &collection, const QString &folder, const SearchQuery &query,
                                           const QUrl &base);

} // namespace eoc::google

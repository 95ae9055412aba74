#pragma once

// Between the library's public value types (include/EOCollector) and core's own: the public
// headers include nothing of core, so core can change without breaking programs built on them.

#include "core/archive/LocalProduct.h"
#include "core/model/Error.h"
#include "core/model/SceneId.h"
#include "core/model/SceneResult.h"

#include <EOCollector/Archive.h>
#include <EOCollector/Scene.h>
#include <EOCollector/SceneId.h>

namespace eoc::api {

EOCollector::Scene toPublic(const SceneResult &result);
// The result a Scene came from (its json); an error when the json is not one of ours.
Result<SceneResult> fromPublic(const EOCollector::Scene &scene);
EOCollector::SceneIdInfo toPublic(const SceneId &scene);
EOCollector::LocalProductInfo toPublic(const LocalProduct &product);

// Stores `error`'s message in `*out` when out is given.
void report(const Error &error, QString *out);

} // namespace eoc::api

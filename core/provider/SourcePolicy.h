#pragma once

#include "core/model/SceneResult.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace eoc {

// Which copy of a scene is fetched first when several sources offer it (download.source_policy).
enum class SourcePolicy {
    UserOrder,         // "order": the order the user named the providers in
    NoAccountFirst,    // "no-account": sources that need no account before those that do
    OnlineFirst,       // "online": copies online now before archived ones
    Fastest,           // "fastest": the best throughput measured by the download queue first
};
QString sourcePolicyName(SourcePolicy policy);
std::optional<SourcePolicy> sourcePolicyFromName(const QString &name);
QStringList sourcePolicyNames();

// What the policies need to know about sources.
struct SourceFacts {
    std::function<bool(const QString &provider)> needsAccount;   // unset: none does
    QHash<QString, double> bytesPerSecond;                         // by source name; missing: unmeasured
};

// How a copy's files come: "safe-zip" (a zipped SAFE product), "safe-folder" (a SAFE's files),
// "cog" (cloud-optimised GeoTIFF assets), "archive" (a tar or zip bundle) or "files".
QString deliveryFormat(const SceneResult &copy);

// A merged result as its copies: the result itself (without otherSources), then each other source.
std::vector<SceneResult> copiesOf(const SceneResult &merged);
// The first copy with the others as its otherSources.
SceneResult joinCopies(std::vector<SceneResult> copies);
// Sorts copies (given in the user's order) by `policy`, keeping the user's order among equals.
void orderCopies(std::vector<SceneResult> &copies, SourcePolicy policy, const SourceFacts &facts);
// `merged` with `source`'s copy first (the user's pick in the desktop program). Unchanged when no
// copy comes from there.
SceneResult preferSource(const SceneResult &merged, const QString &source);

} // namespace eoc

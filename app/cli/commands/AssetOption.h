#pragma once

#include "app/cli/CliCommand.h"

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

namespace eoc::cli {

// `--assets KEYS|all` and `--remember-assets`, shared by `search` and `download`.
QList<QCommandLineOption> assetOptions();

// The options as given, kept for when the scenes arrive.
struct AssetRequest {
    bool given = false;          // --assets
    QString keys;                // its value
    bool remember = false;       // --remember-assets
};
AssetRequest assetRequest(const QCommandLineParser &parser);

// Which assets of `scenes` are downloaded, exported and sized: --assets when given ("all": the
// default files), else the choice remembered for each scene's collection. With --remember-assets
// the --assets choice is stored for the collection (`fallbackProvider`/`fallbackCollection` when
// there are no scenes). Scenes that already carry a choice (results saved by `search`) keep it
// unless --assets is given. Says on `context.err` what was chosen.
Status applyAssetOptions(const AssetRequest &request, const CliContext &context, QList<SceneResult> &scenes,
                         const QString &fallbackProvider = {}, const QString &fallbackCollection = {});

} // namespace eoc::cli

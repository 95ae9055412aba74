#include "app/cli/commands/AssetOption.h"

#include "app/cli/TerminalText.h"

#include "core/model/ByteSize.h"
#include "core/provider/AssetSelection.h"
#include "core/settings/AssetPreferences.h"
#include "core/settings/Settings.h"
#include "core/stac/StacItem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace eoc::cli {
namespace {

const QString kAssets = QStringLiteral("assets");
const QString kRemember = QStringLiteral("remember-assets");

using CollectionKey = std::pair<QString, QString>;   // provider, collection

// The scenes of each collection, by their index in the list.
QMap<CollectionKey, QList<qsizetype>> byCollection(const QList<SceneResult> &scenes)
{
    QMap<CollectionKey, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < scenes.size(); ++i)
        groups[{scenes.at(i).provider, scenes.at(i).collection}] << i;
    return groups;
}

Status applyToGroup(QList<SceneResult> &scenes, const QList<qsizetype> &indexes, const QStringList &wanted)
{
    QList<SceneResult> group;
    for (qsizetype i : indexes)
        group << scenes.at(i);
    if (auto applied = applyAssetChoice(group, wanted); !applied)
        return applied;
    for (qsizetype n = 0; n < indexes.size(); ++n)
        scenes[indexes.at(n)] = group.at(n);
    return success();
}

void report(const CliContext &context, const QList<SceneResult> &scenes, const QString &origin)
{
    const QString summary = assetChoiceSummary(scenes);
    if (summary.isEmpty())
        return;
    std::optional<qint64> total;
    for (const SceneResult &scene : scenes) {
        if (const auto size = downloadSize(scene))
            total = total.value_or(0) + *size;
    }
    QString line = total ? QCoreApplication::translate("AssetOption", "assets: %1; %2 in all").arg(terminalSafe(summary), formatByteSize(*total))
                         : QCoreApplication::translate("AssetOption", "assets: %1").arg(terminalSafe(summary));
    if (!origin.isEmpty())
        line = QCoreApplication::translate("AssetOption", "%1 (%2)").arg(line, origin);
    *context.err << line << Qt::endl;
}

// What --remember-assets did for `collection`: forgot the choice (--assets all) or stored it.
QString rememberedLine(bool forgot, const QString &collection)
{
    return forgot ? QCoreApplication::translate("AssetOption", "assets: forgot the choice for %1").arg(terminalSafe(collection))
                  : QCoreApplication::translate("AssetOption", "assets: remembered for %1").arg(terminalSafe(collection));
}

} // namespace

QList<QCommandLineOption> assetOptions()
{
    return {
        {kAssets, QCoreApplication::translate("AssetOption", "Only these assets of each scene, e.g. B04,B08,SCL (case does not matter); 'all' for the "
                                 "default files. Without it, the choice remembered for the collection applies."),
         QStringLiteral("KEYS")},
        {kRemember, QCoreApplication::translate("AssetOption", "Remember the --assets choice for the collection (--assets all forgets it).")},
    };
}

AssetRequest assetRequest(const QCommandLineParser &parser)
{
    return {parser.isSet(kAssets), parser.value(kAssets), parser.isSet(kRemember)};
}

Status applyAssetOptions(const AssetRequest &request, const CliContext &context, QList<SceneResult> &scenes,
                         const QString &fallbackProvider, const QString &fallbackCollection)
{
    AssetPreferences preferences(*context.settings);
    const auto groups = byCollection(scenes);
    if (!request.given) {
        if (request.remember)
            return Error(ErrorClass::BadInput, QCoreApplication::translate("AssetOption", "--remember-assets needs --assets KEYS (or --assets all)"));
        QStringList remembered;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const QStringList wanted = preferences.choice(it.key().first, it.key().second);
            const bool chosenAlready = std::any_of(it.value().cbegin(), it.value().cend(), [&scenes](qsizetype i) {
                return scenes.at(i).attributes.contains(stac::kSelectedAssets);
            });
            if (wanted.isEmpty() || chosenAlready)
                continue;
            if (auto applied = applyToGroup(scenes, it.value(), wanted); !applied) {
                return Error(ErrorClass::BadInput,
                             QCoreApplication::translate("AssetOption", "The assets remembered for %1 (%2) do not fit: %3. Give --assets KEYS, or "
                                            "--assets all --remember-assets to forget them")
                                 .arg(it.key().second, wanted.join(QStringLiteral(",")), applied.error().message));
            }
            remembered << it.key().second;
        }
        report(context, scenes, remembered.isEmpty() ? QString()
                                                     : QCoreApplication::translate("AssetOption", "remembered for %1").arg(remembered.join(QStringLiteral(", "))));
        return success();
    }

    const QString text = request.keys.trimmed();
    const bool all = text.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    const QStringList wanted = all ? QStringList() : AssetPreferences::parseKeys(text);
    if (!all && wanted.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("AssetOption", "--assets needs asset keys like B04,B08,SCL, or 'all'"));
    // Typed keys are checked against all the results: a key no result has is a typing error.
    if (auto applied = applyAssetChoice(scenes, wanted); !applied)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("AssetOption", "--assets: %1").arg(applied.error().message));
    if (request.remember) {
        if (groups.isEmpty() && !fallbackCollection.isEmpty()) {
            if (auto stored = preferences.remember(fallbackProvider, fallbackCollection, wanted); !stored)
                return stored;
            *context.err << rememberedLine(all, fallbackCollection) << Qt::endl;
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (it.key().second.isEmpty())
                continue;
            // Each collection keeps the keys its scenes have, so that the choice fits it next time.
            QStringList keys;
            for (qsizetype i : it.value()) {
                const QJsonArray chosen = scenes.at(i).attributes.value(stac::kSelectedAssets).toArray();
                for (const auto &k : chosen) {
                    if (!keys.contains(k.toString()))
                        keys << k.toString();
                }
            }
            if (auto stored = preferences.remember(it.key().first, it.key().second, keys); !stored)
                return stored;
            *context.err << rememberedLine(all, it.key().second) << Qt::endl;
        }
    }
    report(context, scenes, {});
    return success();
}

} // namespace eoc::cli

// The table of scene-id families parseSceneId tries, in order. Each family's parser only claims ids
// of its exact shape, so the order matters only for speed.
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>
#include <array>

namespace eoc {

namespace {

struct FamilyEntry {
    sceneid::FamilyParser parse;
    QStringList families;   // the families one parser covers (MODIS and VIIRS share a grammar)
};

const std::array<FamilyEntry, 8> &familyTable()
{
    static const std::array<FamilyEntry, 8> table = {{
        {sceneid::parseSentinel1, {QStringLiteral("sentinel-1")}},
        {sceneid::parseSentinel2, {QStringLiteral("sentinel-2")}},
        {sceneid::parseSentinel3, {QStringLiteral("sentinel-3")}},
        {sceneid::parseSentinel5p, {QStringLiteral("sentinel-5p")}},
        {sceneid::parseLandsat, {QStringLiteral("landsat")}},
        {sceneid::parseModisViirs, {QStringLiteral("modis"), QStringLiteral("viirs")}},
        {sceneid::parseHls, {QStringLiteral("hls")}},
        {sceneid::parseCbersAmazonia, {QStringLiteral("cbers"), QStringLiteral("amazonia")}},
    }};
    return table;
}

} // namespace

QStringList knownSceneIdFamilies()
{
    QStringList out;
    for (const auto &entry : familyTable())
        out << entry.families;
    return out;
}

Result<SceneId> parseSceneId(const QString &id)
{
    const QString bare = sceneid::stripSceneIdSuffixes(id);
    if (bare.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SceneId", "An empty scene id cannot be parsed"));
    for (const auto &entry : familyTable()) {
        if (auto outcome = entry.parse(bare))
            return std::move(*outcome);
    }
    return Error(ErrorClass::BadInput,
                 QCoreApplication::translate("SceneId", "'%1' is not a scene id of a known family (tried: %2)")
                     .arg(id, knownSceneIdFamilies().join(QStringLiteral(", "))));
}

} // namespace eoc

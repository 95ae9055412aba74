// Placeholder so the tree links; the real parsers replace this file.
#include "core/model/SceneId.h"

namespace eoc {
QJsonObject SceneId::toJson() const { return {}; }
Result<SceneId> parseSceneId(const QString &id)
{
    return Error(ErrorClass::BadInput, QStringLiteral("Unknown scene id '%1'").arg(id));
}
QStringList knownSceneIdFamilies() { return {}; }
} // namespace eoc

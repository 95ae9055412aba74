#pragma once

#include "core/archive/LocalProduct.h"
#include "core/model/SceneResult.h"

#include <QHash>
#include <QList>

namespace eoc {

// The local products looked up by scene identity (core/model/SceneIdentity), so that a search
// result finds its product on disk whatever the source named it: an Earth Search item and a
// Copernicus SAFE zip of the same Sentinel-2 datatake are one scene.
class LocalScenes final
{
public:
    LocalScenes() = default;
    explicit LocalScenes(const QList<LocalProduct> &products);

    bool isEmpty() const { return m_byKey.isEmpty(); }
    // The local copies of `result`'s scene, sound ones first; empty when there is none.
    QList<LocalProduct> copiesOf(const SceneResult &result) const;

private:
    QHash<QString, QList<LocalProduct>> m_byKey;   // SceneIdentity::key → products
};

} // namespace eoc

#include "core/archive/LocalScenes.h"

#include "core/model/SceneIdentity.h"

#include <algorithm>

namespace eoc {

namespace {

SceneIdentity identityOf(const LocalProduct &product)
{
    SceneResult named;
    named.sceneId = product.scene.id;
    return sceneIdentity(named);
}

} // namespace

LocalScenes::LocalScenes(const QList<LocalProduct> &products)
{
    for (const LocalProduct &product : products)
        m_byKey[identityOf(product).key].append(product);
    for (auto &copies : m_byKey) {
        std::stable_sort(copies.begin(), copies.end(), [](const LocalProduct &a, const LocalProduct &b) {
            return a.problems.isEmpty() && !b.problems.isEmpty();
        });
    }
}

QList<LocalProduct> LocalScenes::copiesOf(const SceneResult &result) const
{
    if (m_byKey.isEmpty())
        return {};   // no archive: no id to parse for each of 100,000 results
    const SceneIdentity wanted = sceneIdentity(result);
    const auto it = m_byKey.constFind(wanted.key);
    if (it == m_byKey.cend())
        return {};
    // Same key is not yet the same scene: details both carry (a processing date) must agree.
    QList<LocalProduct> copies;
    for (const LocalProduct &product : *it) {
        if (sameScene(identityOf(product), wanted))
            copies << product;
    }
    return copies;
}

} // namespace eoc

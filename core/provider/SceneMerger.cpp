#include "core/provider/SceneMerger.h"

#include <algorithm>

namespace eoc {

SceneMerger::SceneMerger(QStringList sourceOrder, SourcePolicy policy, SourceFacts facts)
    : m_sourceOrder(std::move(sourceOrder)), m_policy(policy), m_facts(std::move(facts))
{
}

int SceneMerger::sourceRank(const SceneResult &copy) const
{
    const qsizetype rank = m_sourceOrder.indexOf(copy.sourceName());
    return rank < 0 ? int(m_sourceOrder.size()) : int(rank);
}

SceneMerger::Outcome SceneMerger::add(SceneResult copy)
{
    copy.otherSources.clear();
    SceneIdentity identity = sceneIdentity(copy);
    QList<int> &candidates = m_rowsByKey[identity.key];
    for (int rowIndex : std::as_const(candidates)) {
        Row &row = m_merged[std::size_t(rowIndex)];
        const bool same = std::all_of(row.identities.begin(), row.identities.end(),
                                      [&identity](const SceneIdentity &held) { return sameScene(held, identity); });
        if (!same)
            continue;
        for (const auto &held : row.copies) {
            if (held.sourceName() == copy.sourceName() && held.remoteId == copy.remoteId
                && held.collection == copy.collection)
                return {rowIndex, false, false};
        }
        // Keep the user's source order among the copies; the policy reorders the row's view.
        const int rank = sourceRank(copy);
        auto at = std::find_if(row.copies.begin(), row.copies.end(),
                               [this, rank](const SceneResult &held) { return sourceRank(held) > rank; });
        const auto offset = at - row.copies.begin();
        row.copies.insert(at, std::move(copy));
        row.identities.insert(row.identities.begin() + offset, std::move(identity));
        auto ordered = row.copies;
        orderCopies(ordered, m_policy, m_facts);
        m_rows[rowIndex] = joinCopies(std::move(ordered));
        return {rowIndex, false, true};
    }
    const int rowIndex = int(m_merged.size());
    candidates << rowIndex;
    Row row;
    row.copies.push_back(copy);
    row.identities.push_back(std::move(identity));
    m_merged.push_back(std::move(row));
    m_rows << std::move(copy);
    return {rowIndex, true, false};
}

} // namespace eoc

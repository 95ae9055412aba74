#pragma once

#include "core/model/SceneIdentity.h"
#include "core/model/SceneResult.h"
#include "core/provider/SourcePolicy.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace eoc {

// Merges results of several sources into one row per scene (core/model/SceneIdentity.h), each
// row's copies ordered by the source policy. Rows keep the order in which their scenes first
// arrived, so a view can append new rows and update old ones in place.
class SceneMerger
{
public:
    // `sourceOrder`: the sources as the user named them (the "order" policy).
    SceneMerger(QStringList sourceOrder, SourcePolicy policy, SourceFacts facts);

    struct Outcome {
        int row = -1;
        bool added = false;       // a new row
        bool changed = false;     // an existing row gained a copy
    };
    // `copy.source` names its source; a copy already held (same source and remote id) is ignored.
    Outcome add(SceneResult copy);

    const QList<SceneResult> &rows() const { return m_rows; }

private:
    struct Row {
        std::vector<SceneResult> copies;          // in the user's source order
        std::vector<SceneIdentity> identities;    // one per copy
    };
    int sourceRank(const SceneResult &copy) const;

    QStringList m_sourceOrder;
    SourcePolicy m_policy;
    SourceFacts m_facts;
    std::vector<Row> m_merged;
    QList<SceneResult> m_rows;
    QHash<QString, QList<int>> m_rowsByKey;
};

} // namespace eoc

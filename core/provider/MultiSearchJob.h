#pragma once

#include "core/provider/Provider.h"
#include "core/provider/SceneMerger.h"
#include "core/provider/SourceSearchPlan.h"

#include <QPointer>

#include <vector>

namespace eoc {

// One search at several sources at once (core/provider/SourceSearchPlan.h). Every result is
// tagged with its source; with more than one source, copies of one scene become one result
// (SceneMerger) whose otherSources hold the other copies.
//
// Rows are delivered in the order their scenes first arrive: pageReady() carries new rows,
// rowChanged() an earlier row that gained a copy (its index counts every row delivered before).
// A source that fails does not fail the search: sourceFailed() names it, and the search finishes
// with what the others found. Only when every source fails does the search fail.
class MultiSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    MultiSearchJob(QList<SourceSearch> searches, SourcePolicy policy, SourceFacts facts, QObject *parent = nullptr);
    ~MultiSearchJob() override;

    void start() override;
    void cancel() override;

    // Every row delivered so far, as pageReady() and rowChanged() left them.
    const QList<SceneResult> &rows() const { return m_merge ? m_merger.rows() : m_plainRows; }
    // The sources that failed and why, in the order they failed.
    QList<QPair<QString, Error>> sourceErrors() const { return m_errors; }

Q_SIGNALS:
    void rowChanged(int row, const eoc::SceneResult &result);
    void sourceFailed(const QString &source, const eoc::Error &error);
    void sourceFinished(const QString &source, int results);

private:
    struct Part {
        SourceSearch search;
        QPointer<SearchJob> job;
        qint64 received = 0;
        qint64 total = -1;
        int results = 0;
        bool ended = false;
    };
    void onPage(std::size_t index, const QList<SceneResult> &page);
    void onPartEnded(std::size_t index, const std::optional<Error> &error);
    void reportProgress();

    std::vector<Part> m_parts;
    SceneMerger m_merger;
    bool m_merge = false;
    QList<SceneResult> m_plainRows;          // one source: its results as they came
    int m_delivered = 0;
    QList<QPair<QString, Error>> m_errors;
};

} // namespace eoc

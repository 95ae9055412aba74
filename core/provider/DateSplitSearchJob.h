#pragma once

#include "core/model/SearchQuery.h"
#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"

#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace eoc {

// A search cut into consecutive date ranges that run at once: for services that page with
// tokens (STAC next links, CMR-Search-After, M2M starting numbers), where the pages of one search
// can only be read one after the other, but searches of different dates can run side by side.
// Up to `parallel` parts are in flight; results are delivered in date-range order, each part's
// pages as they come once every earlier part has been delivered, and later parts' pages wait.
// One PageGuard holds the user's limit and keeps each result once. A part that fails fails the
// search (its results would be missing); warnings are passed on once each.
class DateSplitSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    using PartFactory = std::function<SearchJob *(const SearchQuery &part)>;

    // The search of `query` through `factory`: cut into up to `parallel` date ranges when it asks
    // for every result of several days (no limit, both dates given), else the one search itself.
    static SearchJob *create(const SearchQuery &query, int parallel, const PartFactory &factory);
    // `query`'s dates cut into at most `parts` consecutive whole-day ranges, earliest first.
    static QList<SearchQuery> splitDates(const SearchQuery &query, int parts);

    DateSplitSearchJob(QList<SearchQuery> parts, int parallel, PartFactory factory, std::optional<int> limit,
                       QObject *parent = nullptr);
    ~DateSplitSearchJob() override;

    void start() override;
    void cancel() override;

    int mostPartsAtOnce() const { return m_mostAtOnce; }

private:
    struct Part {
        SearchQuery query;
        QPointer<SearchJob> job;
        QList<QList<SceneResult>> waiting;   // pages held until the earlier parts are delivered
        qint64 total = -1;
        bool started = false;
        bool ended = false;
    };

    void startWaitingParts();
    void onPage(std::size_t index, const QList<SceneResult> &page);
    void onPartFinished(std::size_t index);
    void deliver(const QList<SceneResult> &page);
    void reportProgress();
    void stopParts();
    void end(const std::optional<Error> &error);

    std::vector<Part> m_parts;
    int m_parallel = 1;
    PartFactory m_factory;
    PageGuard m_guard;
    std::size_t m_current = 0;               // the part whose pages are delivered as they come
    int m_running = 0;
    int m_mostAtOnce = 0;
    QSet<QString> m_warnings;
};

} // namespace eoc

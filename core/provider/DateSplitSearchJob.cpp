#include "core/provider/DateSplitSearchJob.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace eoc {

QList<SearchQuery> DateSplitSearchJob::splitDates(const SearchQuery &query, int parts)
{
    if (!query.start.isValid() || !query.end.isValid() || query.end < query.start || parts <= 1)
        return {query};
    const qint64 days = query.start.daysTo(query.end) + 1;
    const qint64 count = std::min<qint64>(parts, days);
    QList<SearchQuery> out;
    QDate from = query.start;
    for (qint64 i = 0; i < count; ++i) {
        // Whole days, the earlier parts one day longer when they do not divide evenly.
        const qint64 length = days / count + (i < days % count ? 1 : 0);
        SearchQuery part = query;
        part.start = from;
        part.end = from.addDays(length - 1);
        out.append(part);
        from = part.end.addDays(1);
    }
    return out;
}

SearchJob *DateSplitSearchJob::create(const SearchQuery &query, int parallel, const PartFactory &factory)
{
    // A limit asks for the service's first results, not for some of every date range.
    if (parallel <= 1 || query.limit)
        return factory(query);
    QList<SearchQuery> parts = splitDates(query, parallel);
    if (parts.size() <= 1)
        return factory(query);
    return new DateSplitSearchJob(std::move(parts), parallel, factory, std::nullopt);
}

DateSplitSearchJob::DateSplitSearchJob(QList<SearchQuery> parts, int parallel, PartFactory factory,
                                       std::optional<int> limit, QObject *parent)
    : SearchJob(parent)
    , m_parallel(std::max(1, parallel))
    , m_factory(std::move(factory))
    , m_guard(PageGuard::Options{limit.value_or(0), 3})
{
    for (SearchQuery &query : parts)
        m_parts.push_back(Part{std::move(query), {}, {}, -1, false, false});
}

DateSplitSearchJob::~DateSplitSearchJob()
{
    // Nothing may be emitted from here: the parts' answers are no longer wanted.
    markDone();
    stopParts();
}

void DateSplitSearchJob::start()
{
    QTimer::singleShot(0, this, &DateSplitSearchJob::startWaitingParts);
}

void DateSplitSearchJob::cancel()
{
    end(Error(ErrorClass::Cancelled, QCoreApplication::translate("eoc::SearchJob", "Search cancelled")));
}

void DateSplitSearchJob::startWaitingParts()
{
    for (std::size_t i = 0; i < m_parts.size() && m_running < m_parallel && !isDone(); ++i) {
        Part &part = m_parts[i];
        if (part.started)
            continue;
        part.started = true;
        SearchJob *job = m_factory(part.query);
        part.job = job;
        job->setParent(this);
        ++m_running;
        m_mostAtOnce = std::max(m_mostAtOnce, m_running);
        connect(job, &SearchJob::pageReady, this, [this, i](const QList<SceneResult> &page) { onPage(i, page); });
        connect(job, &SearchJob::progress, this, [this, i](qint64, qint64 total) {
            m_parts[i].total = total;
            reportProgress();
        });
        connect(job, &SearchJob::warning, this, [this](const QString &message) {
            if (!m_warnings.contains(message)) {
                m_warnings.insert(message);
                Q_EMIT warning(message);
            }
        });
        connect(job, &SearchJob::finished, this, [this, i] { onPartFinished(i); });
        connect(job, &SearchJob::failed, this, [this](const Error &error) { end(error); });
        job->start();
    }
}

void DateSplitSearchJob::onPage(std::size_t index, const QList<SceneResult> &page)
{
    if (isDone())
        return;
    if (index == m_current)
        deliver(page);
    else
        m_parts[index].waiting.append(page);
}

void DateSplitSearchJob::deliver(const QList<SceneResult> &page)
{
    const QList<SceneResult> fresh = m_guard.accept(page);
    if (!fresh.isEmpty())
        Q_EMIT pageReady(fresh);
    if (isDone())
        return;                                   // a receiver cancelled
    reportProgress();
    if (m_guard.limitReached())
        end(std::nullopt);
}

void DateSplitSearchJob::onPartFinished(std::size_t index)
{
    if (isDone())
        return;
    Part &part = m_parts[index];
    part.ended = true;
    if (part.job)
        part.job->deleteLater();
    --m_running;
    // The finished part may let later parts' held pages through, in order.
    while (m_current < m_parts.size() && !isDone()) {
        Part &current = m_parts[m_current];
        const QList<QList<SceneResult>> held = std::exchange(current.waiting, {});
        for (const auto &page : held) {
            deliver(page);
            if (isDone())
                return;
        }
        if (!current.ended)
            break;
        ++m_current;
    }
    if (m_current == m_parts.size()) {
        end(std::nullopt);
        return;
    }
    startWaitingParts();
}

void DateSplitSearchJob::reportProgress()
{
    qint64 total = 0;
    for (const Part &part : m_parts) {
        if (part.total < 0) {
            total = -1;
            break;
        }
        total += part.total;
    }
    Q_EMIT progress(m_guard.delivered(), total);
}

void DateSplitSearchJob::stopParts()
{
    for (Part &part : m_parts) {
        if (part.job && !part.ended) {
            disconnect(part.job, nullptr, this, nullptr);
            part.job->cancel();
            part.job->deleteLater();
        }
    }
    m_running = 0;
}

void DateSplitSearchJob::end(const std::optional<Error> &error)
{
    if (isDone())
        return;
    stopParts();
    if (error) {
        emitFailedOnce(*error);
        return;
    }
    const QString why = m_guard.stopWarning();
    if (!why.isEmpty())
        Q_EMIT warning(why);
    emitFinishedOnce();
}

} // namespace eoc

#include "core/provider/MultiSearchJob.h"

#include <QCoreApplication>
#include <QSet>

namespace eoc {

MultiSearchJob::MultiSearchJob(QList<SourceSearch> searches, SourcePolicy policy, SourceFacts facts, QObject *parent)
    : SearchJob(parent),
      m_merger(
          [&searches] {
              QStringList order;
              for (const auto &s : searches)
                  order << s.source.text();
              return order;
          }(),
          policy, std::move(facts)),
      m_merge(searches.size() > 1)
{
    for (auto &s : searches)
        m_parts.push_back(Part{std::move(s), {}, 0, -1, 0, false});
}

MultiSearchJob::~MultiSearchJob()
{
    for (auto &part : m_parts) {
        if (part.job)
            delete part.job;
    }
}

void MultiSearchJob::start()
{
    if (m_parts.empty()) {
        emitFailedOnce(Error(ErrorClass::BadInput, QCoreApplication::translate("MultiSearchJob", "No provider to search")));
        return;
    }
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        Part &part = m_parts[i];
        part.job = part.search.provider->search(part.search.query);
        connect(part.job, &SearchJob::pageReady, this, [this, i](const QList<SceneResult> &page) { onPage(i, page); });
        connect(part.job, &SearchJob::progress, this, [this, i](qint64 received, qint64 total) {
            m_parts[i].received = received;
            m_parts[i].total = total;
            reportProgress();
        });
        connect(part.job, &SearchJob::warning, this, [this, i](const QString &message) {
            Q_EMIT warning(m_parts.size() > 1 ? QStringLiteral("%1: %2").arg(m_parts[i].search.source.text(), message)
                                              : message);
        });
        connect(part.job, &SearchJob::finished, this, [this, i] { onPartEnded(i, std::nullopt); });
        connect(part.job, &SearchJob::failed, this, [this, i](const Error &error) { onPartEnded(i, error); });
    }
    // Started after every connection: a job that fails at once still reaches a complete picture.
    for (std::size_t i = 0; i < m_parts.size() && !isDone(); ++i) {
        if (m_parts[i].job && !m_parts[i].ended)
            m_parts[i].job->start();
    }
}

void MultiSearchJob::cancel()
{
    for (auto &part : m_parts) {
        part.ended = true;
        if (part.job)
            part.job->cancel();
    }
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("MultiSearchJob", "Search cancelled")));
}

void MultiSearchJob::onPage(std::size_t index, const QList<SceneResult> &page)
{
    if (isDone())
        return;
    Part &part = m_parts[index];
    // Results carry the name of a preset's source ("stac:earth-search"); a plain provider's
    // results leave it empty, as a single search always did.
    const QString source = part.search.source.preset.isEmpty() ? QString() : part.search.source.text();
    part.results += int(page.size());
    if (!m_merge) {
        // One source: every result is a row of its own, as the provider gave it.
        QList<SceneResult> tagged = page;
        for (auto &r : tagged)
            r.source = source;
        m_delivered += int(tagged.size());
        m_plainRows << tagged;
        Q_EMIT pageReady(tagged);
        return;
    }
    QSet<int> changed;
    for (SceneResult r : page) {
        r.source = source;
        const auto outcome = m_merger.add(std::move(r));
        if (outcome.changed && outcome.row < m_delivered)
            changed.insert(outcome.row);
    }
    const QList<SceneResult> &rows = m_merger.rows();
    if (rows.size() > m_delivered) {
        const QList<SceneResult> fresh = rows.mid(m_delivered);
        m_delivered = int(rows.size());
        Q_EMIT pageReady(fresh);
    }
    QList<int> order(changed.begin(), changed.end());
    std::sort(order.begin(), order.end());
    for (int row : order)
        Q_EMIT rowChanged(row, rows.at(row));
}

void MultiSearchJob::onPartEnded(std::size_t index, const std::optional<Error> &error)
{
    Part &part = m_parts[index];
    if (part.ended || isDone())
        return;
    part.ended = true;
    if (part.job)
        part.job->deleteLater();
    const QString source = part.search.source.text();
    if (error) {
        m_errors << qMakePair(source, *error);
        Q_EMIT sourceFailed(source, *error);
    } else {
        Q_EMIT sourceFinished(source, part.results);
    }
    const bool allEnded = std::all_of(m_parts.begin(), m_parts.end(), [](const Part &p) { return p.ended; });
    if (!allEnded)
        return;
    if (int(m_errors.size()) == int(m_parts.size())) {
        if (m_parts.size() == 1) {
            emitFailedOnce(m_errors.first().second);
            return;
        }
        QStringList lines;
        for (const auto &[name, e] : std::as_const(m_errors))
            lines << QStringLiteral("%1: %2").arg(name, e.message);
        Error combined = m_errors.first().second;
        combined.message = QCoreApplication::translate("MultiSearchJob", "Every provider failed: %1").arg(lines.join(QStringLiteral("; ")));
        emitFailedOnce(combined);
        return;
    }
    emitFinishedOnce();
}

void MultiSearchJob::reportProgress()
{
    qint64 received = 0;
    qint64 total = 0;
    for (const auto &part : m_parts) {
        received += part.received;
        if (part.total < 0 || total < 0)
            total = -1;
        else
            total += part.total;
    }
    Q_EMIT progress(received, total);
}

} // namespace eoc

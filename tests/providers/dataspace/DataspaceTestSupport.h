#pragma once

#include "core/model/SceneResult.h"
#include "core/provider/Provider.h"

#include <QSignalSpy>
#include <QTest>

namespace eoc::test {

// Everything a search job delivered, and how it ended.
struct SearchOutcome {
    QList<SceneResult> results;
    QList<QPair<qint64, qint64>> progress;
    QStringList warnings;
    std::optional<Error> error;
    bool finished = false;
};

inline SearchOutcome runSearch(SearchJob *job, int timeoutMs = 60000)
{
    SearchOutcome out;
    QObject::connect(job, &SearchJob::pageReady, job, [&out](const QList<SceneResult> &page) { out.results += page; });
    QObject::connect(job, &SearchJob::progress, job, [&out](qint64 r, qint64 t) { out.progress.append({r, t}); });
    QObject::connect(job, &SearchJob::warning, job, [&out](const QString &w) { out.warnings << w; });
    QObject::connect(job, &SearchJob::finished, job, [&out] { out.finished = true; });
    QObject::connect(job, &SearchJob::failed, job, [&out](const Error &e) { out.error = e; });
    job->start();
    for (int waited = 0; waited < timeoutMs && !out.finished && !out.error; waited += 20)
        QTest::qWait(20);
    delete job;
    return out;
}

} // namespace eoc::test

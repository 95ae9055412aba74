#pragma once

#include "core/model/SceneResult.h"
#include "core/provider/Provider.h"

#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace eoc::test {

// Running a provider's jobs to their end in tests.

// Everything a search job delivered, and how it ended.
struct SearchOutcome {
    QList<SceneResult> results;
    int pages = 0;                               // pageReady signals
    QList<QPair<qint64, qint64>> progress;       // (received, total) as reported
    qint64 lastTotal = -2;                       // the last total reported; -2: none
    QStringList warnings;
    std::optional<Error> error;
    bool finished = false;
};

// Starts `job`, waits for its terminal signal (finished or failed) while the event loop runs, and
// deletes it. A job that ends neither way within `timeoutMs` is a test failure.
inline SearchOutcome runSearch(SearchJob *job, int timeoutMs = 60000)
{
    SearchOutcome out;
    QObject guard;
    QObject::connect(job, &SearchJob::pageReady, &guard, [&out](const QList<SceneResult> &page) {
        out.results += page;
        ++out.pages;
    });
    QObject::connect(job, &SearchJob::progress, &guard, [&out](qint64 received, qint64 total) {
        out.progress.append({received, total});
        out.lastTotal = total;
    });
    QObject::connect(job, &SearchJob::warning, &guard, [&out](const QString &w) { out.warnings << w; });
    QObject::connect(job, &SearchJob::finished, &guard, [&out] { out.finished = true; });
    QObject::connect(job, &SearchJob::failed, &guard, [&out](const Error &e) { out.error = e; });
    job->start();
    if (!QTest::qWaitFor([&out] { return out.finished || out.error.has_value(); }, timeoutMs))
        ADD_FAILURE() << "the search ended neither way within " << timeoutMs << " ms";
    delete job;
    return out;
}

// How a plan job (resolve, order) ended.
struct PlanOutcome {
    std::optional<DownloadPlan> plan;
    std::optional<Error> error;
};

// Starts `job`, waits for its terminal signal while the event loop runs, and deletes it.
inline PlanOutcome runPlan(PlanJob *job, int timeoutMs = 60000)
{
    PlanOutcome out;
    QObject guard;
    QObject::connect(job, &PlanJob::finished, &guard, [&out](const DownloadPlan &p) { out.plan = p; });
    QObject::connect(job, &PlanJob::failed, &guard, [&out](const Error &e) { out.error = e; });
    job->start();
    if (!QTest::qWaitFor([&out] { return out.plan.has_value() || out.error.has_value(); }, timeoutMs))
        ADD_FAILURE() << "the plan job ended neither way within " << timeoutMs << " ms";
    delete job;
    return out;
}

} // namespace eoc::test

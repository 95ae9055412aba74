#pragma once

// The library's tasks' insides, shared by Session.cpp (which starts them) and the files that run
// them (SearchTask.cpp, DownloadTask.cpp).

#include "core/app/AppServices.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/provider/MultiSearchJob.h"

#include <EOCollector/Download.h>
#include <EOCollector/Search.h>

#include <QHash>
#include <QPointer>

namespace eoc {
class Settings;
}

namespace EOCollector {

// What a task needs of its session.
struct TaskContext {
    eoc::AppServices *services = nullptr;
    eoc::Settings *settings = nullptr;
    eoc::ProviderContext providerContext;
};

class SearchTask::Private
{
public:
    explicit Private(SearchTask *q) : q(q) {}
    // Plans and starts the search; a request that is wrong ends the task (asynchronously, so the
    // caller can connect first).
    void begin(const TaskContext &context, const SearchRequest &request);
    void finish(SearchOutcome outcome);

    SearchTask *q;
    QPointer<eoc::MultiSearchJob> job;
    std::optional<int> limit;
    QStringList warnings;
    SearchOutcome outcome;
    bool finished = false;
};

class DownloadTask::Private
{
public:
    explicit Private(DownloadTask *q) : q(q) {}
    void begin(const TaskContext &context, const QList<Scene> &scenes, const DownloadRequest &request);
    // Ends the task once every item is done, failed or ordered.
    void check();
    void reportProgress();
    void fail(const QString &error);
    void finish(DownloadOutcome outcome);

    DownloadTask *q;
    QPointer<eoc::DownloadQueue> queue;
    QHash<qint64, QString> items;              // queue item -> scene id, in the caller's order
    QList<qint64> order;
    DownloadOutcome outcome;
    bool finished = false;
};

} // namespace EOCollector

#include "core/api/ApiConversions.h"
#include "core/api/TaskPrivate.h"
#include "core/download/queue/QueueSettings.h"
#include "core/download/queue/SourceFacts.h"
#include "core/provider/SourceSearchPlan.h"
#include "core/settings/Settings.h"

#include <QTimer>

namespace EOCollector {

namespace {

eoc::Result<eoc::SearchQuery> queryOf(const SearchRequest &request)
{
    eoc::SearchQuery query;
    query.provider = request.providers;
    query.collection = request.collection;
    query.start = request.start;
    query.end = request.end;
    query.cloudMax = request.cloudMax;
    query.tiles = request.tiles;
    query.limit = request.limit;
    query.extra = request.filters;
    if (!request.region.trimmed().isEmpty()) {
        auto region = eoc::Region::parse(request.region);
        if (!region)
            return eoc::Error(eoc::ErrorClass::BadInput, QStringLiteral("SearchRequest::region: %1").arg(region.error().message));
        query.region = region.value();
    }
    if (request.providers.trimmed().isEmpty())
        return eoc::Error(eoc::ErrorClass::BadInput, QStringLiteral("SearchRequest::providers is empty: name a provider, several, or \"all\""));
    if (auto valid = query.validate(); !valid)
        return valid.error();
    return query;
}

} // namespace

SearchTask::SearchTask() : d(std::make_unique<Private>(this)) {}

SearchTask::~SearchTask()
{
    if (d->job) {
        d->job->disconnect(this);
        d->job->cancel();
        delete d->job.data();
    }
}

void SearchTask::cancel()
{
    if (d->finished)
        return;
    if (d->job) {
        d->job->disconnect(this);
        d->job->cancel();
        d->job->deleteLater();
    }
    SearchOutcome outcome;
    outcome.error = QStringLiteral("cancelled");
    d->finish(outcome);
}

bool SearchTask::isFinished() const
{
    return d->finished;
}

SearchOutcome SearchTask::outcome() const
{
    return d->outcome;
}

void SearchTask::Private::finish(SearchOutcome result)
{
    if (finished)
        return;
    finished = true;
    outcome = std::move(result);
    Q_EMIT q->finished(outcome);
}

void SearchTask::Private::begin(const TaskContext &context, const SearchRequest &request)
{
    const auto failLater = [this](const QString &message) {
        QTimer::singleShot(0, q, [this, message] {
            SearchOutcome failed;
            failed.error = message;
            finish(failed);
        });
    };
    const auto query = queryOf(request);
    if (!query) {
        failLater(query.error().message);
        return;
    }
    auto &registry = context.services->registry();
    const auto plan = eoc::planSourceSearches(request.providers, query.value(), registry, context.providerContext,
                                              context.settings);
    if (!plan) {
        failLater(plan.error().message);
        return;
    }
    const auto policy = eoc::readSourcePolicy(*context.settings);
    if (!policy) {
        failLater(policy.error().message);
        return;
    }
    limit = request.limit;
    for (const QString &note : plan->skipped)
        warnings.append(QStringLiteral("not searched: %1").arg(note));
    job = new eoc::MultiSearchJob(plan->searches, policy.value(),
                                  eoc::sourceFacts(registry, context.providerContext, context.settings), q);
    QObject::connect(job, &eoc::SearchJob::pageReady, q, [this] { Q_EMIT q->progress(int(job->rows().size())); });
    QObject::connect(job, &eoc::SearchJob::warning, q, [this](const QString &message) { warnings.append(message); });
    const auto sourceErrors = [this] {
        QStringList errors;
        for (const auto &[source, error] : job->sourceErrors())
            errors.append(QStringLiteral("%1: %2").arg(source, error.message));
        return errors;
    };
    QObject::connect(job, &eoc::SearchJob::finished, q, [this, sourceErrors] {
        SearchOutcome done;
        for (const auto &row : job->rows()) {
            if (limit && done.scenes.size() >= *limit)
                break;
            done.scenes.append(eoc::api::toPublic(row));
        }
        done.sourceErrors = sourceErrors();
        done.warnings = warnings;
        job->deleteLater();
        finish(done);
    });
    QObject::connect(job, &eoc::SearchJob::failed, q, [this, sourceErrors](const eoc::Error &error) {
        SearchOutcome failed;
        failed.error = error.message;
        failed.sourceErrors = sourceErrors();
        failed.warnings = warnings;
        job->deleteLater();
        finish(failed);
    });
    job->start();
}

} // namespace EOCollector

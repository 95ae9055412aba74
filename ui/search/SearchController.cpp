#include "ui/search/SearchController.h"

#include "ui/app/ErrorBanner.h"
#include "ui/results/ResultsModel.h"
#include "ui/search/SearchPanel.h"

#include "core/download/queue/QueueSettings.h"
#include "core/download/queue/SourceFacts.h"
#include "core/provider/CollectionRefresh.h"
#include "core/provider/MultiSearchJob.h"
#include "core/provider/SourceSearchPlan.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QIcon>

#include <memory>

namespace eoc::ui {

SearchController::SearchController(ProviderRegistry *registry, const ProviderContext &context, Settings *settings,
                                   SearchPanel *panel, ResultsModel *results, ErrorBanner *banner, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_context(context)
    , m_settings(settings)
    , m_panel(panel)
    , m_results(results)
    , m_banner(banner)
    , m_search(new QAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Search"), this))
    , m_cancel(new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel search"), this))
    , m_refreshCollections(new QAction(QIcon(QStringLiteral(":/icons/retry.svg")), tr("Refresh collections"), this))
{
    m_search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_search->setToolTip(tr("Search with these filters (Ctrl+Return)"));
    m_cancel->setToolTip(tr("Stop the running search"));
    m_cancel->setEnabled(false);
    connect(m_search, &QAction::triggered, this, &SearchController::search);
    connect(m_cancel, &QAction::triggered, this, &SearchController::cancel);
    m_panel->setSearchAction(m_search, m_cancel);
    m_refreshCollections->setToolTip(tr("Ask the service for its current list of collections"));
    connect(m_refreshCollections, &QAction::triggered, this, &SearchController::refreshCollections);
    connect(m_panel, &SearchPanel::providerChanged, this, &SearchController::updateRefreshAction);
    // A provider that cannot search (closed, or a setting to make first) shows a note, not a form.
    connect(m_panel, &SearchPanel::searchableChanged, this, [this](bool searchable) { m_search->setEnabled(searchable && !m_job); });
    m_panel->setRefreshCollectionsAction(m_refreshCollections);
    updateRefreshAction();
    m_panel->setBusy(false);
    m_search->setEnabled(m_panel->providerNotice().isEmpty());
}

SearchController::~SearchController()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        delete m_job;
    }
}

void SearchController::updateRefreshAction()
{
    m_refreshCollections->setVisible(CollectionRefresh::canRefresh(m_panel->currentProvider()));
    m_refreshCollections->setEnabled(!isRefreshingCollections());
}

void SearchController::refreshCollections()
{
    Provider *provider = m_panel->currentProvider();
    if (isRefreshingCollections() || !CollectionRefresh::canRefresh(provider))
        return;
    m_refresh = new CollectionRefresh(this);
    const QString name = provider->name();
    const QString title = provider->title();
    auto ok = std::make_shared<bool>(true);
    connect(m_refresh, &CollectionRefresh::failed, this, [this, title, ok](const QString &, const Error &error) {
        *ok = false;
        Error shown = error;
        shown.message = tr("Could not refresh the collections of %1: %2").arg(title, error.message);
        m_banner->showError(shown);
    });
    connect(m_refresh, &CollectionRefresh::done, this, [this, name, ok] {
        m_refresh->deleteLater();
        m_refresh = nullptr;
        m_panel->refreshCollections();
        m_panel->setRefreshingCollections(false);
        updateRefreshAction();
        Q_EMIT collectionsRefreshed(name, *ok);
    });
    m_panel->setRefreshingCollections(true);
    updateRefreshAction();
    // Open providers (CMR) search their collections for what the user typed.
    QVariantMap filters;
    if (const QString typed = m_panel->typedCollection(); provider->capabilities().openCollections && !typed.isEmpty())
        filters.insert(QStringLiteral("keyword"), typed);
    m_refresh->start({provider}, filters);
}

void SearchController::prefetchCollections()
{
    auto *refresh = new CollectionRefresh(this);
    connect(refresh, &CollectionRefresh::done, this, [this, refresh] {
        refresh->deleteLater();
        m_panel->refreshCollections();
    });
    // Catalogues too long to list whole (CMR) are asked when the user types what to look for.
    QList<Provider *> listed;
    const auto providers = m_panel->providers();
    for (Provider *provider : providers) {
        if (!provider->capabilities().refreshNeedsKeyword)
            listed.append(provider);
    }
    refresh->start(listed);
}

void SearchController::search()
{
    cancel();
    m_banner->hide();
    // What the form can check is said beside the field that is wrong, not in the results pane.
    const Status form = m_panel->checkForm();
    const SearchQuery query = m_panel->query();
    if (query.provider.isEmpty()) {
        const Error none(ErrorClass::NotFound, tr("No provider can search: none was found among the plug-ins."));
        m_banner->showError(none, QString());
        Q_EMIT failed(none);
        return;
    }
    if (!form) {
        Q_EMIT failed(form.error());
        return;
    }
    if (const Status valid = query.validate(); !valid) {
        fail(valid.error());
        return;
    }
    auto job = makeJob(query);
    if (!job) {
        fail(job.error());
        return;
    }
    m_results->clear();
    m_sourceErrors.clear();
    m_job = job.value();
    connect(m_job, &SearchJob::pageReady, this, [this](const QList<SceneResult> &page) {
        m_results->appendPage(page);
        m_panel->setProgress(m_results->rowCount(), -1);
    });
    if (auto *multi = qobject_cast<MultiSearchJob *>(m_job.data())) {
        // A later source's copy of a scene already shown: the row gains a badge.
        connect(multi, &MultiSearchJob::rowChanged, m_results, &ResultsModel::updateRow);
        connect(multi, &MultiSearchJob::sourceFailed, this, [this](const QString &source, const Error &error) {
            m_sourceErrors << tr("%1: %2").arg(source, error.message);
        });
    }
    connect(m_job, &SearchJob::progress, this, [this](qint64 received, qint64 total) {
        m_panel->setProgress(std::max<qint64>(received, m_results->rowCount()), total);
    });
    connect(m_job, &SearchJob::finished, this, [this] {
        finishJob();
        if (!m_sourceErrors.isEmpty()) {
            // The others' results are shown; the sources that failed are named above them.
            m_banner->showMessage(tr("Not every provider answered; the results of the others are shown. %1")
                                      .arg(m_sourceErrors.join(QStringLiteral("; "))));
        } else if (m_results->rowCount() == 0) {
            m_banner->showMessage(tr("Nothing found. Widen the dates or the region, or relax the cloud limit."));
        }
        Q_EMIT finished(m_results->rowCount());
    });
    connect(m_job, &SearchJob::failed, this, [this](const Error &error) {
        finishJob();
        fail(error);
    });
    m_search->setEnabled(false);
    m_cancel->setEnabled(true);
    m_panel->setBusy(true);
    Q_EMIT started();
    m_job->start();
}

Result<SearchJob *> SearchController::makeJob(const SearchQuery &query)
{
    const QStringList extras = m_panel->extraSources();
    if (extras.isEmpty()) {
        const Result<Provider *> provider = m_registry->provider(query.provider, m_context, m_settings);
        if (!provider)
            return provider.error();
        return (*provider)->search(query);
    }
    SearchQuery shared = query;
    shared.collection = m_panel->sharedCollection();
    const QStringList sources = QStringList{m_panel->currentSource()} + extras;
    auto plan = planSourceSearches(sources.join(QLatin1Char(',')), shared, *m_registry, m_context, m_settings);
    if (!plan)
        return plan.error();
    // Filters typed for the chosen provider's form mean nothing to the others: they get the shared
    // fields (region, dates, cloud, tiles) and their catalogue.
    QList<SourceSearch> searches = plan->searches;
    for (qsizetype i = 1; i < searches.size(); ++i) {
        SearchQuery &q = searches[i].query;
        const QVariant catalog = q.extra.value(QStringLiteral("catalog"));
        q.extra.clear();
        if (!searches[i].source.preset.isEmpty())
            q.extra.insert(QStringLiteral("catalog"), catalog);
    }
    auto policy = readSourcePolicy(*m_settings);
    if (!policy)
        return policy.error();
    return static_cast<SearchJob *>(new MultiSearchJob(searches, policy.value(),
                                                       sourceFacts(*m_registry, m_context, m_settings)));
}

void SearchController::cancel()
{
    if (!m_job)
        return;
    SearchJob *job = m_job;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
    m_job.clear();
    m_search->setEnabled(m_panel->providerNotice().isEmpty());
    m_cancel->setEnabled(false);
    m_panel->setBusy(false);
    m_banner->showMessage(tr("Search cancelled; %n result(s) kept.", nullptr, m_results->rowCount()));
}

void SearchController::finishJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
        m_job.clear();
    }
    m_search->setEnabled(m_panel->providerNotice().isEmpty());
    m_cancel->setEnabled(false);
    m_panel->setBusy(false);
}

void SearchController::fail(const Error &error)
{
    // A service refusing the query's values: the search form is where to fix them.
    if (error.errorClass == ErrorClass::BadInput)
        m_banner->showError(error, tr("Fix the region, dates or filters and search again."));
    else
        m_banner->showError(error);
    Q_EMIT failed(error);
}

} // namespace eoc::ui

#include "ui/search/SearchController.h"

#include "ui/app/ErrorBanner.h"
#include "ui/results/ResultsModel.h"
#include "ui/search/SearchPanel.h"

#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QIcon>

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
{
    m_search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_search->setToolTip(tr("Search with these filters (Ctrl+Return)"));
    m_cancel->setToolTip(tr("Stop the running search"));
    m_cancel->setEnabled(false);
    connect(m_search, &QAction::triggered, this, &SearchController::search);
    connect(m_cancel, &QAction::triggered, this, &SearchController::cancel);
    m_panel->setSearchAction(m_search, m_cancel);
    m_panel->setBusy(false);
}

SearchController::~SearchController()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        delete m_job;
    }
}

void SearchController::search()
{
    cancel();
    m_banner->hide();
    const SearchQuery query = m_panel->query();
    if (query.provider.isEmpty()) {
        fail(Error(ErrorClass::BadInput, tr("No provider can search: none was found among the plug-ins.")));
        return;
    }
    if (const Status valid = query.validate(); !valid) {
        fail(valid.error());
        return;
    }
    const Result<Provider *> provider = m_registry->provider(query.provider, m_context, m_settings);
    if (!provider) {
        fail(provider.error());
        return;
    }
    m_results->clear();
    m_job = (*provider)->search(query);
    connect(m_job, &SearchJob::pageReady, this, [this](const QList<SceneResult> &page) {
        m_results->appendPage(page);
        m_panel->setProgress(m_results->rowCount(), -1);
    });
    connect(m_job, &SearchJob::progress, this, [this](qint64 received, qint64 total) {
        m_panel->setProgress(std::max<qint64>(received, m_results->rowCount()), total);
    });
    connect(m_job, &SearchJob::finished, this, [this] {
        finishJob();
        if (m_results->rowCount() == 0)
            m_banner->showMessage(tr("Nothing found. Widen the dates or the region, or relax the cloud limit."));
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

void SearchController::cancel()
{
    if (!m_job)
        return;
    SearchJob *job = m_job;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
    m_job.clear();
    m_search->setEnabled(true);
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
    m_search->setEnabled(true);
    m_cancel->setEnabled(false);
    m_panel->setBusy(false);
}

void SearchController::fail(const Error &error)
{
    m_banner->showError(error);
    Q_EMIT failed(error);
}

} // namespace eoc::ui

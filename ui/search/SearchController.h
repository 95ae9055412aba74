#pragma once

#include "core/model/Error.h"
#include "core/provider/Provider.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace eoc {
class CollectionRefresh;
class ProviderRegistry;
class Settings;
}

namespace eoc::ui {

class ErrorBanner;
class ResultsModel;
class SearchPanel;

// Owns the Search and Cancel actions: turns the panel's query into a provider search, streams
// pages into the results model, shows progress, and reports failures in the banner.
class SearchController final : public QObject
{
    Q_OBJECT
public:
    SearchController(ProviderRegistry *registry, const ProviderContext &context, Settings *settings,
                     SearchPanel *panel, ResultsModel *results, ErrorBanner *banner, QObject *parent = nullptr);
    ~SearchController() override;

    QAction *searchAction() const { return m_search; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *refreshCollectionsAction() const { return m_refreshCollections; }
    bool isRefreshingCollections() const { return !m_refresh.isNull(); }
    bool isRunning() const { return !m_job.isNull(); }

    void search();
    void cancel();
    // Asks the chosen provider for its current collection list (STAC catalogues, USGS datasets).
    void refreshCollections();
    // Asks every provider that lists its collections from the service for the list once, quietly
    // (at start; a failure shows when the user asks with refreshCollections()).
    void prefetchCollections();

Q_SIGNALS:
    void started();
    void finished(int resultCount);
    void failed(const eoc::Error &error);
    void collectionsRefreshed(const QString &provider, bool ok);

private:
    void fail(const Error &error);
    // The search of the panel's provider, or of it and the sources ticked under "Also search".
    Result<SearchJob *> makeJob(const SearchQuery &query);
    void finishJob();
    void updateRefreshAction();

    ProviderRegistry *m_registry = nullptr;
    ProviderContext m_context;
    Settings *m_settings = nullptr;
    SearchPanel *m_panel = nullptr;
    ResultsModel *m_results = nullptr;
    ErrorBanner *m_banner = nullptr;
    QAction *m_search = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_refreshCollections = nullptr;
    QPointer<SearchJob> m_job;
    QPointer<CollectionRefresh> m_refresh;
    QStringList m_sourceErrors;                   // sources of this search that failed
};

} // namespace eoc::ui

#pragma once

#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"

#include <QPointer>

namespace eoc {
class HttpJob;
}

namespace eoc::inpe {

class InpeProvider;

// One search of INPE's catalogue: page after page of one collection until the service has given
// what it matched, the user's limit is reached, or paging stops making progress.
class InpeSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    InpeSearchJob(InpeProvider *provider, SearchQuery query);
    ~InpeSearchJob() override;
    void start() override;
    void cancel() override;

private:
    void fetch(int page);

    QPointer<InpeProvider> m_provider;
    SearchQuery m_query;
    PageGuard m_guard;
    QPointer<HttpJob> m_request;
    int m_seen = 0;
};

// A scene's files: its bands and their metadata, with the account's registered e-mail added to
// the requests to INPE's hosts (and only there).
class InpePlanJob final : public PlanJob
{
    Q_OBJECT
public:
    InpePlanJob(InpeProvider *provider, SceneResult scene);
    void start() override;
    void cancel() override;

private:
    void finish(const Result<DownloadPlan> &plan);

    QPointer<InpeProvider> m_provider;
    SceneResult m_scene;
};

} // namespace eoc::inpe

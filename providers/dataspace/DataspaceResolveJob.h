#pragma once

#include "core/provider/Provider.h"

#include <QPointer>

namespace eoc::dataspace {

class DataspaceProvider;

// Turns a result into a DownloadPlan: the product's $value on the download service, its size and
// checksums, the account's session and the hosts that may see its token. Offline products get a
// plan marked offline with the reason (the API cannot order them). A result without the
// catalogue's Id is looked up by name first.
class DataspaceResolveJob final : public PlanJob
{
    Q_OBJECT
public:
    DataspaceResolveJob(DataspaceProvider *provider, const ProviderContext &context, SceneResult scene);
    void start() override;
    void cancel() override;

private:
    void planFor(const SceneResult &scene);
    void fail(const Error &error);

    QPointer<DataspaceProvider> m_provider;
    ProviderContext m_context;
    SceneResult m_scene;
    QPointer<SearchJob> m_lookup;
    bool m_done = false;
};

} // namespace eoc::dataspace

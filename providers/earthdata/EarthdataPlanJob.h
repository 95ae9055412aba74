#pragma once

#include "core/auth/CredentialSource.h"
#include "core/provider/Provider.h"

#include <QUrl>

#include <functional>
#include <memory>

namespace eoc::earthdata {

// Turns a granule into a download plan. Files: the granule's "GET DATA" https links (or the ones
// named in attributes["selected_files"]), with the sizes and checksums UMM-G gave. Credentials come
// from the account: a token becomes a bearer AuthSession trusted for the data hosts only; a user
// name + password runs the Earthdata Login redirect dance first (UrsLoginJob) so the data host's
// session cookie is in the shared cookie jar, and the plan carries no credential at all.
class EarthdataPlanJob final : public PlanJob
{
    Q_OBJECT
public:
    using SessionFactory = std::function<std::shared_ptr<AuthSession>(const QByteArray &token)>;

    EarthdataPlanJob(const ProviderContext &context, SceneResult scene, QUrl ursUrl, SessionFactory sessions);

    void start() override;
    void cancel() override;

private:
    void withCredentials(const Credentials &credentials);
    void loginNextHost(const Credentials &credentials, QStringList hosts);
    void fail(const Error &error);

    ProviderContext m_context;
    SceneResult m_scene;
    QUrl m_ursUrl;
    SessionFactory m_sessions;
    DownloadPlan m_plan;
    bool m_done = false;
};

} // namespace eoc::earthdata

#pragma once

#include "core/auth/AuthSession.h"
#include "core/provider/Provider.h"

#include <QPointer>

#include <memory>

namespace eoc::odata {

// What a provider whose products download from an OData `Products(<Id>)/$value` service (the Data
// Space, CREODIAS) tells the resolver. Implemented by the provider itself.
class ODataDownloadService
{
public:
    virtual ~ODataDownloadService() = default;
    // Finds a product by name when a result lacks the catalogue's key (results of a STAC search).
    virtual SearchJob *lookupProduct(const QString &collection, const QString &sceneId) = 0;
    virtual QUrl productDownloadBase() const = 0;                  // .../odata/v1
    // The one session of `account`, shared by all its transfers.
    virtual std::shared_ptr<AuthSession> downloadSession(const QString &account) = 0;
    virtual QStringList downloadHosts() const = 0;                 // hosts that may see the token
    virtual int downloadConnections() const = 0;                   // simultaneous downloads per account
    virtual QString offlineReason(const QString &sceneId) const = 0;
    virtual QString accountNeeded() const = 0;                     // "Downloading from X needs an account: ..."
    virtual QString notInCatalogue(const QString &sceneId) const = 0;
    // Where the provider's eodata store is mounted on this machine; empty: always download.
    virtual QString eodataMount() const { return {}; }
};

// Turns a result into a DownloadPlan: the product's $value on the download service, its size and
// checksums, the account's session and the hosts that may see its token. Offline products get a
// plan marked offline with the service's reason. A result without the catalogue's Id is looked up
// by name first. The connection cap is per user, so the plan's limit key is the account's.
class ODataResolveJob final : public PlanJob
{
    Q_OBJECT
public:
    // `provider` is the object that implements `service` (watched: the job fails if it goes away).
    ODataResolveJob(Provider *provider, ODataDownloadService *service, const ProviderContext &context,
                    SceneResult scene);
    void start() override;
    void cancel() override;

private:
    void planFor(const SceneResult &scene);
    void fail(const Error &error);

    QPointer<Provider> m_provider;
    ODataDownloadService *m_service = nullptr;
    ProviderContext m_context;
    SceneResult m_scene;
    QPointer<SearchJob> m_lookup;
    bool m_done = false;
};

} // namespace eoc::odata

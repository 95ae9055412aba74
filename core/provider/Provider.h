#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"
#include "core/model/SearchQuery.h"
#include "core/net/HttpTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <memory>
#include <optional>

namespace eoc {

class AuthSession;
class CredentialSource;
class NetworkAccess;
class SettingsView;

// A collection a provider offers and the filters it accepts (names as in SearchQuery's fields:
// "cloud", "product_type", "tile", "orbit_direction", "relative_orbit", "platform", "online_only",
// plus provider-specific keys of SearchQuery::extra).
struct CollectionInfo {
    QString name;
    QString title;
    QStringList aliases;             // BDC-Collectors names that mean the same, e.g. SENTINEL-2
    QStringList filters;
    QString family;                  // scene-id family, e.g. "sentinel-2"
};

struct ProviderCapabilities {
    bool canSearch = true;
    bool canDownload = true;
    bool needsCredentials = false;   // for downloading
    bool canOrderOffline = false;
    int maxConnections = 2;          // per account
    double requestsPerSecond = 0;    // 0: no limit
    QString registrationUrl;         // where a user signs up
    QString credentialKind = QStringLiteral("password");   // password | token
};

struct SettingSpec {
    QString key;                     // "dataspace.odata_url"
    QString defaultValue;
    QString description;
};

// One file to fetch for a scene.
struct DownloadFile {
    QUrl url;
    QString relativePath;            // inside the scene's folder; sanitised by the engine
    std::optional<qint64> size;
    Checksums checksums;
    QList<QUrl> mirrors;             // the same bytes elsewhere (Metalink), tried in turn if url fails
};

// How to fetch a scene: produced by the provider, executed by core/download.
struct DownloadPlan {
    QList<DownloadFile> files;
    HeaderList headers;              // extra non-secret headers
    QStringList trustedHosts;        // hosts that may receive the auth session's credentials
    std::shared_ptr<AuthSession> auth;
    QString limitKey;                // per-provider connection/rate limits
    int maxConnections = 0;          // 0: the provider's capability
    bool offline = false;            // in long-term archive: order first, then resolve again
    QString offlineReason;
    bool ordered = false;            // an order is running at the provider; poll again later
};

// A running search. Emits pages as they arrive, then exactly one of finished() or failed().
class SearchJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;
Q_SIGNALS:
    void pageReady(const QList<eoc::SceneResult> &page);
    void progress(qint64 received, qint64 total);       // total -1 when unknown
    void finished();
    void failed(const eoc::Error &error);
};

// Resolving a result into a DownloadPlan, or ordering an offline product. One terminal signal.
class PlanJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;
Q_SIGNALS:
    void finished(const eoc::DownloadPlan &plan);
    void failed(const eoc::Error &error);
};

// What a provider is given: the network core, its settings and a way to get credentials.
struct ProviderContext {
    NetworkAccess *network = nullptr;
    const SettingsView *settings = nullptr;    // already scoped to defaults + user + overrides
    CredentialSource *credentials = nullptr;   // may be null: anonymous use only
    QString account;                           // preferred account name; empty: the first one
};

// A provider's remote API and nothing else: no widgets, no SQL, no file moves.
class Provider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Provider() override = default;

    virtual QString name() const = 0;                  // "dataspace", lower case
    virtual QStringList aliases() const { return {}; } // other names users know ("modis")
    virtual QString title() const = 0;
    virtual QList<CollectionInfo> collections() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;
    virtual QList<SettingSpec> settingSpecs() const = 0;

    // The collection called `name` or having it as alias (case-insensitive).
    std::optional<CollectionInfo> findCollection(const QString &name) const;

    // Jobs are created stopped and owned by the caller (parent nullptr): connect, then start().
    virtual SearchJob *search(const SearchQuery &query) = 0;
    // Finds one scene by its id (for `download --scene-id`). Emits one page with the hit.
    virtual SearchJob *lookup(const QString &collection, const QString &sceneId) = 0;
    virtual PlanJob *resolve(const SceneResult &scene) = 0;
    // Asks the provider to bring an offline product online. Default: not supported.
    virtual PlanJob *order(const SceneResult &scene);

    // Ends sessions at the provider (logout). Called before the program quits.
    virtual void shutdown() {}
};

// The plug-in entry point: providers are Qt plug-ins implementing this interface. The plug-in's
// metadata JSON carries {"name": "...", "title": "..."} so the registry can refuse duplicates
// without instantiating anything.
class ProviderFactory
{
public:
    virtual ~ProviderFactory() = default;
    virtual Provider *create(const ProviderContext &context, QObject *parent) = 0;
};

// A PlanJob/SearchJob that fails at once with `error` (for unsupported operations).
PlanJob *failedPlanJob(const Error &error);
SearchJob *failedSearchJob(const Error &error);

} // namespace eoc

#define EOC_PROVIDER_FACTORY_IID "org.eo-collector.ProviderFactory/1.0"
Q_DECLARE_INTERFACE(eoc::ProviderFactory, EOC_PROVIDER_FACTORY_IID)
Q_DECLARE_METATYPE(eoc::DownloadPlan)

#pragma once

#include "core/model/Result.h"
#include "core/provider/CollectionsJob.h"
#include "core/provider/FilterField.h"
#include "core/provider/RemoteJob.h"
#include "core/model/SceneResult.h"
#include "core/model/SearchQuery.h"
#include "core/net/HttpTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtPlugin>

#include <memory>
#include <optional>

namespace eoc {

class AuthSession;
class CredentialSource;
class NetworkAccess;
class SettingsView;

struct ProviderCapabilities {
    bool canSearch = true;
    bool canDownload = true;
    bool needsCredentials = false;   // for downloading
    bool canOrderOffline = false;
    int maxConnections = 2;          // per account
    double requestsPerSecond = 0;    // 0: no limit
    QString registrationUrl;         // where a user signs up
    QString credentialKind = QStringLiteral("password");   // password | token | email (the account
                                                             // is a registered e-mail, no secret)
    // refreshCollections() asks the service for its current list (STAC catalogues, USGS datasets,
    // CMR collection search); without it the collections are fixed.
    bool canRefreshCollections = false;
    // Any collection name the service knows is accepted, also those not in collections() (CMR
    // short names, concept ids): callers must not refuse an unknown name before the provider sees it.
    bool openCollections = false;
    // The service's catalogue is too long to list whole (CMR): refreshCollections() is asked with
    // the words the user typed, never in the background at start.
    bool refreshNeedsKeyword = false;
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
    CredentialSource *ftpCredentials = nullptr;   // logins of ftp:// and ftps:// files (FtpLogin.h)
    // Query items added to the files' URLs in requests to trusted hosts only (INPE's ?email=),
    // never written into the journal or a log with the URL.
    QList<QPair<QString, QString>> secretQueryItems;
    QString limitKey;                // per-provider connection/rate limits
    int maxConnections = 0;          // 0: the provider's capability
    bool offline = false;            // in long-term archive: order first, then resolve again
    QString offlineReason;
    bool ordered = false;            // an order is running at the provider; poll again later
    // A folder of the files ("<name>.SAFE") to pack into "<folder>.zip" once every file is
    // verified; the folder is removed then. Empty: the files stay as they are.
    QString packFolder;
};

// A running search. Emits pages as they arrive, warnings about what it could not do (paging
// stopped early, a filter the service ignores), then exactly one of finished() or failed().
class SearchJob : public RemoteJob
{
    Q_OBJECT
public:
    using RemoteJob::RemoteJob;
Q_SIGNALS:
    void pageReady(const QList<eoc::SceneResult> &page);
    void progress(qint64 received, qint64 total);       // total -1 when unknown
    void warning(const QString &message);
    void finished();
    void failed(const eoc::Error &error);

protected:
    // The only ways a search job ends: each emits its signal unless the job has ended already.
    bool emitFinishedOnce();
    bool emitFailedOnce(const Error &error);
};

// Resolving a result into a DownloadPlan, or ordering an offline product. One terminal signal.
class PlanJob : public RemoteJob
{
    Q_OBJECT
public:
    using RemoteJob::RemoteJob;
Q_SIGNALS:
    void finished(const eoc::DownloadPlan &plan);
    void failed(const eoc::Error &error);

protected:
    bool emitFinishedOnce(const DownloadPlan &plan);
    bool emitFailedOnce(const Error &error);
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
    // Why the provider cannot search now, in words for the user: a closed service, a setting that
    // must be set first. Empty when it can. Such providers are listed with this note instead of
    // a search form.
    virtual QString unavailableReason() const { return {}; }
    virtual QStringList aliases() const { return {}; } // other names users know ("modis")
    // Named services this provider can talk to ("earth-search" of stac). A search picks one with
    // SearchQuery::extra["catalog"]; users name it "provider:preset" (core/provider/SourceName.h).
    virtual QStringList presets() const { return {}; }
    virtual QString title() const = 0;
    virtual QList<CollectionInfo> collections() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;
    virtual QList<SettingSpec> settingSpecs() const = 0;

    // The value of the setting `key`: the user's (or this run's) value, else the default this
    // provider declares in settingSpecs().
    QString settingValue(const SettingsView *settings, const QString &key) const;

    // The collection called `name` or having it as alias (case-insensitive).
    std::optional<CollectionInfo> findCollection(const QString &name) const;

    // Jobs are created stopped and owned by the caller (parent nullptr): connect, then start().
    virtual SearchJob *search(const SearchQuery &query) = 0;
    // Finds one scene by its id (for `download --scene-id`). Emits one page with the hit.
    virtual SearchJob *lookup(const QString &collection, const QString &sceneId) = 0;
    virtual PlanJob *resolve(const SceneResult &scene) = 0;
    // Asks the provider to bring an offline product online. Default: not supported.
    virtual PlanJob *order(const SceneResult &scene);
    // Lists the collections the service offers now (capabilities().canRefreshCollections), with
    // optional filters such as {"keyword": "swot"}; the provider also updates collections() with
    // what it learns. Default: fails with BadInput (the collections are fixed).
    virtual CollectionsJob *refreshCollections(const QVariantMap &filters = {});

    // The filters `collection` accepts, with their types and ranges, as this provider's code reads
    // them from SearchQuery. Empty: not known (yet); a form then offers free key=value input.
    virtual QList<FilterField> filterFields(const QString &collection) const;
    // Providers that learn the filters from the service (STAC queryables) start fetching them and
    // emit filterFieldsChanged() when they have them; the others know them already.
    virtual void requestFilterFields(const QString &collection);

    // Ends sessions at the provider (logout). Called before the program quits.
    virtual void shutdown() {}

Q_SIGNALS:
    // filterFields(collection) has changed (fetched from the service).
    void filterFieldsChanged(const QString &collection);
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

// A PlanJob/SearchJob/CollectionsJob that fails once started with `error` (for unsupported
// operations and input refused before anything is sent).
PlanJob *failedPlanJob(const Error &error);
SearchJob *failedSearchJob(const Error &error);
CollectionsJob *failedCollectionsJob(const Error &error);

} // namespace eoc

#define EOC_PROVIDER_FACTORY_IID "org.eo-collector.ProviderFactory/1.0"
Q_DECLARE_INTERFACE(eoc::ProviderFactory, EOC_PROVIDER_FACTORY_IID)
Q_DECLARE_METATYPE(eoc::DownloadPlan)

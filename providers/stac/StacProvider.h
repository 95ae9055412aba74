#pragma once

#include "core/auth/OidcSessionRegistry.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/Provider.h"
#include "core/stac/StacCatalog.h"
#include "core/stac/StacPage.h"
#include "core/stac/StacServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace eoc::stac {

// Any STAC API (https://api.stacspec.org) by URL, with presets for the public catalogues.
//
// Collections are read from the server (GET /collections, following next links) when a search
// first needs them or when refreshCollections() is called, and cached per API root; their
// queryables (GET /collections/{id}/queryables, else /queryables) become CollectionInfo::filters
// after refreshQueryables() (Q_INVOKABLE, so a user interface can call it without this header),
// announced by collectionsChanged().
class StacProvider final : public Provider
{
    Q_OBJECT
public:
    // A provider answering under its own name for one preset catalogue (e.g. `bdc` for the Brazil
    // Data Cube), with the root URL in the setting "<name>.url".
    struct FixedCatalog {
        QString name;    // provider and preset name
        QString title;
    };

    explicit StacProvider(const ProviderContext &context, QObject *parent = nullptr);
    StacProvider(const ProviderContext &context, const FixedCatalog &fixed, QObject *parent = nullptr);

    QString name() const override { return m_fixed ? m_fixed->name : QStringLiteral("stac"); }
    eoc::CredentialSource *credentialSource() const;
    QString account() const;
    QString title() const override
    {
        return m_fixed ? m_fixed->title : QStringLiteral("STAC API (Earth Search, Planetary Computer, ...)");
    }
    QStringList presets() const override;
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    void shutdown() override;

    CollectionsJob *refreshCollections(const QVariantMap &filters = {}) override;
    Q_INVOKABLE void refreshQueryables(const QString &collection);
    // The queryables of `collection` on the current server, once fetched (cached per server).
    QList<FilterField> filterFields(const QString &collection) const override;
    void requestFilterFields(const QString &collection) override;

    // --- for the provider's jobs ---
    NetworkAccess *network() const { return m_context.network; }
    const SettingsView *settings() const { return m_context.settings; }
    Result<StacEndpoint> endpoint(const QVariantMap &extra = {}) const;
    int pageSize() const;
    QUrl sasUrl() const;
    // Planetary Computer storage accounts whose blobs need no SAS token (lower case).
    QStringList publicStorageAccounts() const;

    using ServerCallback = std::function<void(const Result<StacServer> &)>;
    // The server's capabilities, fetched once per API root.
    void withServer(const QUrl &root, QObject *context, ServerCallback callback);
    using CollectionsCallback = std::function<void(const Result<QList<CollectionInfo>> &)>;
    // The server's collections, fetched once per API root (following next links).
    void withCollections(const QUrl &root, QObject *context, CollectionsCallback callback);
    // `context` no longer waits (its job was cancelled): shared requests that nobody else waits
    // for are aborted.
    void withdraw(QObject *context);
    // The current catalogue's collections read again from the server.
    void reloadCollections(QObject *context, CollectionsCallback callback);

    struct SasToken {
        QString token;
        QDateTime expiry;
    };
    // Files on the Copernicus Data Space download service (CDSE Product and band assets) need the
    // login of a `dataspace` account: its OpenID Connect session (core/auth, the dataspace
    // provider's token endpoint and client from the dataspace.* settings) and the hosts that may
    // see the token. Null without a credential source.
    std::shared_ptr<OidcSession> dataspaceSession();
    static QStringList dataspaceHosts();
    bool hasCredentials() const { return m_context.credentials != nullptr; }

    // SAS tokens per "<account>/<container>"; one about to expire counts as missing.
    std::optional<SasToken> cachedSasToken(const QString &container) const;
    void storeSasToken(const QString &container, const SasToken &token);

    // A request with the provider's defaults (limit key, JSON Accept header).
    static HttpRequest jsonRequest(const QUrl &url, const QByteArray &method = "GET",
                                   const QJsonObject &body = {});

Q_SIGNALS:
    // The cached collections (or their queryables) changed.
    void collectionsChanged();

private:
    QString fixedUrlSetting() const;
    void fetchCollectionsPage(const QUrl &root, const QUrl &url, QList<CollectionInfo> collected, int pages);
    void finishCollections(const QUrl &root, const Result<QList<CollectionInfo>> &result);

    ProviderContext m_context;
    std::optional<FixedCatalog> m_fixed;
    QHash<QString, StacServer> m_servers;
    // Who waits for a shared answer (the landing page, the collection list) and the request that
    // brings it: a request nobody waits for any more is aborted (withdraw).
    template <typename Callback>
    struct Waiter {
        QPointer<QObject> context;
        Callback callback;
    };
    QHash<QString, QList<Waiter<ServerCallback>>> m_serverWaiters;
    QHash<QString, QPointer<HttpJob>> m_serverJobs;
    QHash<QString, QList<CollectionInfo>> m_collections;
    QHash<QString, QList<Waiter<CollectionsCallback>>> m_collectionWaiters;
    QHash<QString, QPointer<HttpJob>> m_collectionJobs;
    QHash<QString, QPointer<QObject>> m_collectionFetchers;   // a listing's own wait for the server
    QHash<QString, SasToken> m_sasTokens;
    static QString filterFieldsKey(const QUrl &root, const QString &collection);
    QHash<QString, QList<FilterField>> m_filterFields;   // per API root + collection
    QSet<QString> m_queryablesPending;
    std::unique_ptr<OidcSessionRegistry> m_sessions;
};

} // namespace eoc::stac

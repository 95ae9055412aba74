#pragma once

#include "core/auth/OidcSessionRegistry.h"
#include "core/odata/CopernicusSearch.h"
#include "core/odata/ODataResolveJob.h"
#include "core/provider/Provider.h"

#include <memory>

namespace eoc::dataspace {

// The Copernicus Data Space Ecosystem: OData (default) or STAC search, downloads of the zipped
// product with a bearer token from one OpenID Connect session per account.
class DataspaceProvider final : public Provider, public odata::ODataDownloadService
{
    Q_OBJECT
public:
    DataspaceProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~DataspaceProvider() override;

    QString name() const override { return QStringLiteral("dataspace"); }
    QStringList aliases() const override { return {QStringLiteral("cdse"), QStringLiteral("copernicus")}; }
    QString title() const override { return QStringLiteral("Copernicus Data Space Ecosystem"); }
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    PlanJob *order(const SceneResult &scene) override;
    void shutdown() override;

    // The one session of `account` (empty: the default account), shared by all its transfers.
    std::shared_ptr<OidcSession> session(const QString &account);
    // Hosts that may receive the account's token.
    QStringList trustedHosts() const;
    // The setting's value, or its default when nothing set it.
    QString setting(const QString &key) const;
    int intSetting(const QString &key, int fallback) const;

    static QString offlineExplanation(const QString &sceneId);

    // odata::ODataDownloadService
    SearchJob *lookupProduct(const QString &collection, const QString &sceneId) override { return lookup(collection, sceneId); }
    QUrl productDownloadBase() const override;
    std::shared_ptr<AuthSession> downloadSession(const QString &account) override { return session(account); }
    QStringList downloadHosts() const override { return trustedHosts(); }
    int downloadConnections() const override;
    QString offlineReason(const QString &sceneId) const override { return offlineExplanation(sceneId); }
    QString accountNeeded() const override;
    QString notInCatalogue(const QString &sceneId) const override;
    QString eodataMount() const override;

private:
    odata::CopernicusCatalogue catalogue() const;
    ProviderContext m_context;
    std::unique_ptr<OidcSessionRegistry> m_sessions;
};

} // namespace eoc::dataspace

#pragma once

#include "core/auth/OidcSessionRegistry.h"
#include "core/odata/CopernicusSearch.h"
#include "core/odata/ODataResolveJob.h"
#include "core/provider/Provider.h"

#include <memory>

namespace eoc::creodias {

// CREODIAS (CloudFerro): the same OData catalogue schema and collections as the Copernicus Data
// Space, searched anonymously; downloads from the zipper with a bearer token of one Keycloak
// session per account. CREODIAS demands a two-factor one-time code with every password login, so
// the session asks for one (GUI dialog, CLI prompt or --one-time-code) and then lives on refresh
// tokens: a batch of downloads costs one login and one code.
class CreodiasProvider final : public Provider, public odata::ODataDownloadService
{
    Q_OBJECT
public:
    CreodiasProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~CreodiasProvider() override;

    QString name() const override { return QStringLiteral("creodias"); }
    QString title() const override { return QStringLiteral("CREODIAS"); }
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    PlanJob *order(const SceneResult &scene) override;
    void shutdown() override;

    // odata::ODataDownloadService
    SearchJob *lookupProduct(const QString &collection, const QString &sceneId) override { return lookup(collection, sceneId); }
    QUrl productDownloadBase() const override;
    std::shared_ptr<AuthSession> downloadSession(const QString &account) override;
    QStringList downloadHosts() const override;
    int downloadConnections() const override;
    QString offlineReason(const QString &sceneId) const override;
    QString accountNeeded() const override;
    QString notInCatalogue(const QString &sceneId) const override;
    QString eodataMount() const override;

private:
    QString setting(const QString &key) const;
    int intSetting(const QString &key, int fallback) const;
    odata::CopernicusCatalogue catalogue() const;
    void applyRequestLimits();

    ProviderContext m_context;
    std::unique_ptr<OidcSessionRegistry> m_sessions;
};

} // namespace eoc::creodias

#pragma once

#include "core/provider/Provider.h"

#include <memory>

namespace eoc::earthdata {

// NASA Earthdata: granule search in CMR (anonymous; any collection by short name or concept id,
// found with CMR's collection search) and downloads from the DAACs' https endpoints
// (LP DAAC's Earthdata Cloud) with an Earthdata Login token or user name + password.
class EarthdataProvider final : public Provider
{
    Q_OBJECT
public:
    EarthdataProvider(const ProviderContext &context, QObject *parent);

    QString name() const override { return QStringLiteral("earthdata"); }
    QStringList aliases() const override { return {QStringLiteral("modis")}; }
    QString title() const override { return QStringLiteral("NASA Earthdata (CMR search, LP DAAC downloads)"); }
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    // CMR's collection search with filters keyword / provider / short_name; what it finds is added
    // to collections() (named by concept id) for the rest of the session.
    CollectionsJob *refreshCollections(const QVariantMap &filters = {}) override;
    QList<FilterField> filterFields(const QString &collection) const override;

private:
    QString setting(const QString &key) const;
    QUrl cmrUrl(const QString &resource) const;   // "granules.umm_json" under earthdata.cmr_url
    QUrl granulesUrl() const;

    ProviderContext m_context;
    QList<CollectionInfo> m_found;           // from collection searches, after the fixed table
    std::shared_ptr<AuthSession> m_bearer;   // one per stored token, shared by all downloads
    QByteArray m_bearerToken;
};

} // namespace eoc::earthdata

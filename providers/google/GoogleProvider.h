#pragma once

#include "core/gcs/GcsListJob.h"
#include "core/provider/Provider.h"

namespace eoc::google {

// Google Cloud's public buckets: Sentinel-2 Level-1C and Level-2A (gcp-public-data-sentinel-2, still
// fed) and Landsat Collection 1 (gcp-public-data-landsat, frozen), read anonymously. Search lists
// the bucket's folders of the tiles or path/rows covering the region; a download fetches every
// object of the product's folder, each verified with the listing's checksums.
class GoogleProvider final : public Provider
{
    Q_OBJECT
public:
    explicit GoogleProvider(const ProviderContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("google"); }
    QString title() const override;
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;

    NetworkAccess *network() const { return m_context.network; }
    QUrl serviceUrl() const;                 // google.url
    bool zipSafe() const;                    // google.zip_safe
    gcs::GcsListJob::Options listOptions() const;

private:
    ProviderContext m_context;
};

} // namespace eoc::google

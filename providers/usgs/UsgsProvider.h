#pragma once

#include "providers/usgs/UsgsSearchJob.h"

#include "core/provider/Provider.h"

#include <memory>

namespace eoc::usgs {

class M2mSession;

// USGS Machine-to-Machine: Landsat Collection 2 search and download. Every call, searches
// included, needs an ERS account approved for machine access and an application token.
// collections() starts as the fixed Landsat Collection 2 table (with BDC-Collectors aliases and
// filters); refreshCollections() logs in, lists the account's datasets with `dataset-search` and
// adds them after that table.
class UsgsProvider final : public Provider
{
    Q_OBJECT
public:
    UsgsProvider(const ProviderContext &context, QObject *parent);
    ~UsgsProvider() override;

    QString name() const override { return QStringLiteral("usgs"); }
    QString title() const override { return QStringLiteral("USGS Machine-to-Machine (Landsat)"); }
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    void shutdown() override;

    // Lists datasets through `dataset-search`; the "dataset" (or "keyword") filter is M2M's
    // datasetName wildcard (none: every dataset the account may see).
    CollectionsJob *refreshCollections(const QVariantMap &filters = {}) override;
    QList<FilterField> filterFields(const QString &collection) const override;

    // Per-user download limit USGS documents; eodag and others keep to two parallel files.
    static constexpr int kMaxConnections = 2;

private:
    QString setting(const QString &key) const;
    Result<QString> datasetFor(const QString &collection) const;
    M2mApi api();

    ProviderContext m_context;
    std::shared_ptr<M2mSession> m_session;    // created at first use, when settings are read
    QList<CollectionInfo> m_listedDatasets;   // from the last successful dataset-search
    std::shared_ptr<DatasetFilterCache> m_filterCache = std::make_shared<DatasetFilterCache>();
};

} // namespace eoc::usgs

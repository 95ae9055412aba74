#pragma once

#include "core/provider/Provider.h"

namespace eoc::providers {

// Plain links: a SceneResult whose `link` is the file to fetch. Optional extras in `attributes`:
// "fileName" (the name in the output folder; default: from the server or the URL), "headers"
// (["Name: value", ...], non-secret request headers). Checksums and size come from the result.
// Results without a link but with assets download every asset.
class HttpProvider final : public Provider
{
    Q_OBJECT
public:
    HttpProvider(const ProviderContext &context, QObject *parent);

    QString name() const override { return QStringLiteral("http"); }
    QStringList aliases() const override { return {QStringLiteral("url"), QStringLiteral("https")}; }
    QString title() const override { return QStringLiteral("Plain links"); }
    QList<CollectionInfo> collections() const override { return {}; }
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;

    // The plan for `scene`, or what is wrong with it (no network involved).
    static Result<DownloadPlan> planFor(const SceneResult &scene, int maxConnections);

private:
    int maxConnections() const;
    // http.requests_per_minute on the network's limits of plain links.
    void applyRequestLimits();
    ProviderContext m_context;
};

class HttpProviderFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "http.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override;
};

} // namespace eoc::providers

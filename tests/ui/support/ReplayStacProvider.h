#pragma once

#include "core/provider/Provider.h"

namespace eoc::test {

// A small STAC API search client for the UI tests and the screenshot demo: POSTs the search to
// `searchUrl` and follows "next" links by POSTing their body to the same URL, so a local server
// can replay recorded Earth Search pages. The recording ends after two pages although the second
// still has a "next" link, so the search stops after `maxPages`. Not a product provider.
class ReplayStacProvider final : public Provider
{
    Q_OBJECT
public:
    // `withAssets`: results list the items' assets (most tests leave them out, sizing by the item).
    ReplayStacProvider(NetworkAccess *network, QUrl searchUrl, int maxPages, bool withAssets = false,
                       QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("replay"); }
    QString title() const override { return QStringLiteral("Earth Search (recorded)"); }
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;
    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;

    // One STAC item as a result.
    static SceneResult itemToResult(const QJsonObject &item, bool withAssets = false);

private:
    NetworkAccess *m_network = nullptr;
    QUrl m_searchUrl;
    int m_maxPages = 2;
    bool m_withAssets = false;
};

// Factory for ProviderRegistry::addFactory.
class ReplayStacFactory final : public ProviderFactory
{
public:
    explicit ReplayStacFactory(QUrl searchUrl, int maxPages = 2, bool withAssets = false)
        : m_searchUrl(std::move(searchUrl)), m_maxPages(maxPages), m_withAssets(withAssets) {}
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new ReplayStacProvider(context.network, m_searchUrl, m_maxPages, m_withAssets, parent);
    }

private:
    QUrl m_searchUrl;
    int m_maxPages = 2;
    bool m_withAssets = false;
};

} // namespace eoc::test

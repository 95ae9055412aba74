#pragma once

#include "core/auth/BasicAuthSession.h"
#include "core/provider/Provider.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace eoc::dhus {

// Any Data Hub Software instance (the software behind ESA's former SciHub and the national and
// collaborative hubs): OData v1 search (default) or OpenSearch (dhus.strategy=opensearch), HTTP
// Basic authentication with several accounts used in turn (dhus.accounts), each within its own
// connection cap, and the long-term archive: an offline product is requested (its $value answers
// 202), polled through its Online flag, and downloaded once online, within the hub's limit of
// archive requests per user.
class DhusProvider final : public Provider
{
    Q_OBJECT
public:
    DhusProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~DhusProvider() override;

    QString name() const override { return QStringLiteral("dhus"); }
    QStringList aliases() const override { return {QStringLiteral("scihub")}; }
    QString title() const override;
    QString unavailableReason() const override;
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    PlanJob *order(const SceneResult &scene) override;

    NetworkAccess *network() const { return m_context.network; }
    QString setting(const QString &key) const;
    int intSetting(const QString &key, int fallback) const;
    Result<QUrl> root() const;

    // The next account in turn (dhus.accounts, else the default account) and its session.
    QString nextAccount();
    std::shared_ptr<BasicAuthSession> session(const QString &account);
    int connectionsPerAccount() const;

    // Archive requests of `account` in the last hour, and whether another one is allowed
    // (dhus.archive_requests_per_hour). Recording one counts it.
    int archiveRequests(const QString &account);
    int archiveRequestLimit() const;
    void recordArchiveRequest(const QString &account);

private:
    ProviderContext m_context;
    QHash<QString, std::shared_ptr<BasicAuthSession>> m_sessions;
    QHash<QString, QList<QDateTime>> m_archiveRequests;
    int m_turn = 0;
};

} // namespace eoc::dhus

#pragma once

#include "core/auth/BasicAuthSession.h"
#include "core/provider/Provider.h"

#include <QPointer>

#include <memory>

namespace eoc::onda {

// ONDA DIAS ended its services in February 2025. By default every remote operation fails, before
// any request is sent, with a message naming the providers that now serve the same Sentinel data.
// With `onda.url` set to an ONDA-compatible catalogue it searches it (ONDA's OData dialect),
// downloads with Basic authentication and orders offline products.
class OndaProvider final : public Provider
{
    Q_OBJECT
public:
    explicit OndaProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~OndaProvider() override;

    QString name() const override { return QStringLiteral("onda"); }
    QString title() const override;
    QString unavailableReason() const override;
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    PlanJob *order(const SceneResult &scene) override;

    // The compatible catalogue configured in onda.url; empty: the service is closed.
    QUrl catalogueUrl() const;
    NetworkAccess *network() const { return m_context.network; }
    // The account's Basic authentication, shared by its downloads and orders.
    std::shared_ptr<AuthSession> session();

private:
    ProviderContext m_context;
    std::shared_ptr<BasicAuthSession> m_session;
};

// The error every operation of the closed service ends with.
Error serviceEndedError();

} // namespace eoc::onda

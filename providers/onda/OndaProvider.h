#pragma once

#include "core/provider/Provider.h"

namespace eoc::onda {

// ONDA DIAS ended its services in February 2025. Every remote operation fails, before any
// request is sent, with a message naming the providers that now serve the same Sentinel data.
class OndaProvider final : public Provider
{
    Q_OBJECT
public:
    explicit OndaProvider(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("onda"); }
    QString title() const override;
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override { return {}; }

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;
    PlanJob *order(const SceneResult &scene) override;
};

// The error every operation of the closed service ends with.
Error serviceEndedError();

} // namespace eoc::onda

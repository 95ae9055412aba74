#pragma once

#include "core/provider/Provider.h"

namespace eoc::inpe {

// INPE's image catalogue of CBERS-4, CBERS-4A and Amazonia-1 scenes (its DGI division), searched
// through stac-compose. Searching is anonymous; the band files are served only with the e-mail
// address of a user registered at INPE's catalogue, which is the account (kept in the keychain)
// and sent only to INPE's hosts.
class InpeProvider final : public Provider
{
    Q_OBJECT
public:
    explicit InpeProvider(const ProviderContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("inpe"); }
    QStringList aliases() const override { return {QStringLiteral("dgi"), QStringLiteral("cbers")}; }
    QString title() const override;
    QList<CollectionInfo> collections() const override;
    ProviderCapabilities capabilities() const override;
    QList<SettingSpec> settingSpecs() const override;

    SearchJob *search(const SearchQuery &query) override;
    SearchJob *lookup(const QString &collection, const QString &sceneId) override;
    PlanJob *resolve(const SceneResult &scene) override;

    NetworkAccess *network() const { return m_context.network; }
    CredentialSource *credentials() const { return m_context.credentials; }
    QString account() const { return m_context.account; }
    QUrl searchUrl() const;                          // inpe.url
    QString collectionName(const QString &nameOrAlias) const;
    Error missingEmailError() const;

private:
    ProviderContext m_context;
};

} // namespace eoc::inpe

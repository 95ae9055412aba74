#include "core/app/AppServices.h"

#include "core/net/NetworkSettings.h"
#include "core/settings/Settings.h"

namespace eoc {

AppServices::AppServices(Settings &settings)
    : m_settings(settings)
{
    for (const auto &spec : networkSettingSpecs())
        m_settings.registerDefault(spec.key, spec.defaultValue);
    m_networkError = applyNetworkSettings(m_network, m_settings);
    m_registry.loadPlugins();
}

AppServices::~AppServices() = default;

Error AppServices::reapplyNetworkSettings()
{
    m_networkError = applyNetworkSettings(m_network, m_settings);
    return m_networkError;
}

ProviderContext AppServices::providerContext(CredentialSource *credentials, const QString &account)
{
    ProviderContext context;
    context.network = &m_network;
    context.settings = &m_settings;
    context.credentials = credentials;
    context.account = account;
    return context;
}

} // namespace eoc

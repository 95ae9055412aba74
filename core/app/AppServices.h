#pragma once

#include "core/model/Error.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/Provider.h"
#include "core/provider/ProviderRegistry.h"

#include <optional>

namespace eoc {

class CredentialSource;
class Settings;

// The composition both programs share, built once from the settings: the network settings'
// defaults registered, the one NetworkAccess with every network.* setting applied through
// applyNetworkSettings (the only place the proxy is set), and the provider plug-ins loaded.
// The desktop program and the CLI each add what is theirs (credential source, window, commands).
class AppServices final
{
    Q_DISABLE_COPY_MOVE(AppServices)
public:
    // `pluginFolders`: where the provider plug-ins are; none given: ProviderRegistry::pluginFolders().
    explicit AppServices(Settings &settings, const std::optional<QStringList> &pluginFolders = std::nullopt);
    ~AppServices();

    // The first bad network.* value (BadInput naming its key and where the value came from); the
    // others are applied anyway. Programs report it before their first network use.
    Error networkSettingsError() const { return m_networkError; }
    // Applies the network.* settings again (after the user changed them).
    Error reapplyNetworkSettings();

    Settings &settings() const { return m_settings; }
    NetworkAccess &network() { return m_network; }
    ProviderRegistry &registry() { return m_registry; }
    ProviderContext providerContext(CredentialSource *credentials, const QString &account = {});

private:
    Settings &m_settings;
    NetworkAccess m_network;
    ProviderRegistry m_registry;
    Error m_networkError;
};

} // namespace eoc

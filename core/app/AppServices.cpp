#include "core/app/AppServices.h"

#include "core/download/queue/QueueSettings.h"
#include "core/net/NetworkSettings.h"
#include "core/settings/Settings.h"

namespace eoc {

namespace {

// One setting of another view and nothing else, to apply the settings one at a time and name the
// one that is wrong.
class SingleSetting final : public SettingsView
{
public:
    SingleSetting(const SettingsView &all, QString key) : m_all(all), m_key(std::move(key)) {}
    QString value(const QString &key) const override { return key == m_key ? m_all.value(key) : QString(); }

private:
    const SettingsView &m_all;
    QString m_key;
};

// The network.* settings applied to `network`; the first error names the setting and where its
// value came from (--set, --config FILE, the settings file), the others are applied anyway.
Error applyNamingOrigins(NetworkAccess &network, const Settings &settings)
{
    Error first;
    const auto specs = networkSettingSpecs();
    for (const auto &spec : specs) {
        const Error e = applyNetworkSettings(network, SingleSetting(settings, spec.key));
        if (e.isError() && !first.isError()) {
            first = Error(e.errorClass, QStringLiteral("%1 (setting %2 from %3)")
                                            .arg(e.message, spec.key, settings.origin(spec.key)));
        }
    }
    return first;
}

} // namespace

AppServices::AppServices(Settings &settings, const std::optional<QStringList> &pluginFolders)
    : m_settings(settings)
{
    for (const auto &spec : networkSettingSpecs())
        m_settings.registerDefault(spec.key, spec.defaultValue);
    registerQueueDefaults(m_settings);
    m_networkError = applyNamingOrigins(m_network, m_settings);
    if (pluginFolders)
        m_registry.loadPluginsFrom(*pluginFolders);
    else
        m_registry.loadPlugins();
}

AppServices::~AppServices() = default;

Error AppServices::reapplyNetworkSettings()
{
    m_networkError = applyNamingOrigins(m_network, m_settings);
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

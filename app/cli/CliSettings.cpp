#include "app/cli/CliSettings.h"

#include "app/cli/TerminalText.h"
#include "core/net/NetworkSettings.h"
#include "core/settings/Settings.h"

namespace eoc::cli {

namespace {

// One setting of another view and nothing else, to apply settings one at a time.
class SingleSetting final : public SettingsView
{
public:
    SingleSetting(const SettingsView &all, QString key) : m_all(all), m_key(std::move(key)) {}
    QString value(const QString &key) const override { return key == m_key ? m_all.value(key) : QString(); }

private:
    const SettingsView &m_all;
    QString m_key;
};

} // namespace

Status readRunSettings(Settings &settings, const QCommandLineParser &parser, QTextStream &err)
{
    if (const QString problem = settings.fileProblem(); !problem.isEmpty())
        err << "warning: " << terminalSafe(problem) << Qt::endl;
    if (parser.isSet(QStringLiteral("config"))) {
        if (auto s = settings.applyConfigFile(parser.value(QStringLiteral("config"))); !s)
            return s;
    }
    const auto assignments = parser.values(QStringLiteral("set"));
    for (const auto &a : assignments) {
        if (auto s = settings.applyAssignment(a); !s)
            return s;
    }
    return success();
}

Error applyNetworkSettingsFrom(NetworkAccess &network, const Settings &settings)
{
    const auto specs = networkSettingSpecs();
    for (const auto &spec : specs) {
        const Error e = applyNetworkSettings(network, SingleSetting(settings, spec.key));
        if (e.isError()) {
            return Error(e.errorClass, QStringLiteral("%1 (setting %2 from %3)")
                                           .arg(e.message, spec.key, settings.origin(spec.key)));
        }
    }
    return {};
}

} // namespace eoc::cli

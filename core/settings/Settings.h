#pragma once

#include "core/model/Result.h"
#include "core/settings/SettingsView.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class QSettings;

namespace eoc {

// The settings of the program, in three layers: defaults (registered by their owners, e.g. each
// provider's endpoint URLs), the user's settings file, and overrides for this run (--config
// FILE, --set KEY=VALUE). Secrets never come here: they live in the keychain.
class Settings final : public SettingsView
{
public:
    // `path` empty: the user's settings file in the XDG config folder (eo-collector/settings.ini).
    explicit Settings(const QString &path = {});
    ~Settings() override;
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString value(const QString &key) const override;

    void registerDefault(const QString &key, const QString &value);
    QString defaultValue(const QString &key) const { return m_defaults.value(key); }

    // Persisted to the user's file (written atomically by QSettings).
    Status setValue(const QString &key, const QString &value);
    void remove(const QString &key);

    // For this run only.
    void setOverride(const QString &key, const QString &value);
    // "KEY=VALUE"; a clear error for anything else.
    Status applyAssignment(const QString &assignment);
    // A JSON object {"key": value, ...} (or {"provider": {"key": value}}, flattened with a dot).
    Status applyConfigFile(const QString &path);
    // The same from the file's bytes; `source` names the file in errors.
    Status applyConfigJson(const QByteArray &json, const QString &source);

    QString filePath() const;
    static bool looksSecret(const QString &key);      // "password", "token", "secret" in the key

private:
    QSettings *m_file = nullptr;
    QHash<QString, QString> m_defaults;
    QHash<QString, QString> m_overrides;
};

} // namespace eoc

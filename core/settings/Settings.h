#pragma once

#include "core/model/Result.h"
#include "core/settings/SettingsView.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

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
    bool isDeclared(const QString &key) const { return m_defaults.contains(key); }

    // Persisted to the user's file (written atomically by QSettings, readable by its owner only).
    // Refused while the file is malformed, so that it is never overwritten.
    Status setValue(const QString &key, const QString &value);
    void remove(const QString &key);

    // For this run only; `origin` says where the value came from, for error messages.
    void setOverride(const QString &key, const QString &value,
                     const QString &origin = QStringLiteral("--set"));
    // "KEY=VALUE"; a clear error for anything else.
    Status applyAssignment(const QString &assignment);
    // A JSON object {"key": value, ...} (or {"provider": {"key": value}}, flattened with a dot).
    Status applyConfigFile(const QString &path);
    // Every override names a declared key (else: the nearest declared keys are suggested), and no
    // URL setting is overridden with an empty value (leave it out to use the default).
    Status checkOverrides() const;

    // Where the value of `key` comes from: "--set", "--config FILE", "the settings file PATH" or
    // "the default".
    QString origin(const QString &key) const;
    // The same from the file's bytes; `source` names the file in errors.
    Status applyConfigJson(const QByteArray &json, const QString &source);

    QString filePath() const;
    // Empty, or why the settings file is ignored (naming the file and the first bad line).
    QString fileProblem() const { return m_fileProblem; }
    static bool looksSecret(const QString &key);      // "password", "token", "secret" in the key

private:
    QSettings *m_file = nullptr;
    QString m_fileProblem;
    QHash<QString, QString> m_defaults;
    QHash<QString, QString> m_overrides;
    QHash<QString, QString> m_overrideOrigins;
};

} // namespace eoc

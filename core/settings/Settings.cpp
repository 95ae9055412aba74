#include "core/settings/Settings.h"

#include "core/settings/KeySuggestion.h"
#include "core/settings/SettingsFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace eoc {

namespace {
QString defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/eo-collector/settings.ini");
}

bool looksLikeUrl(const QString &value)
{
    return value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"));
}
} // namespace

Settings::Settings(const QString &path)
    : m_file(new QSettings(path.isEmpty() ? defaultSettingsPath() : path, QSettings::IniFormat))
{
    if (const QString problem = settingsFileProblem(m_file->fileName()); !problem.isEmpty())
        m_fileProblem = QCoreApplication::translate("Settings", "The settings file %1 %2; it is ignored (and never overwritten) until "
                                       "it is fixed or removed").arg(m_file->fileName(), problem);
}

Settings::~Settings()
{
    delete m_file;
}

QString Settings::value(const QString &key) const
{
    if (auto it = m_overrides.constFind(key); it != m_overrides.cend())
        return *it;
    if (m_fileProblem.isEmpty()) {
        const QVariant stored = m_file->value(key);
        if (stored.isValid())
            return stored.toString();
    }
    if (auto it = m_defaults.constFind(key); it != m_defaults.cend())
        return *it;
    return {};
}

void Settings::registerDefault(const QString &key, const QString &value)
{
    m_defaults.insert(key, value);
}

Status Settings::setValue(const QString &key, const QString &value)
{
    if (looksSecret(key)) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Settings", "'%1' looks like a secret; secrets are kept in the keychain, "
                                    "not in the settings file")
                         .arg(key));
    }
    if (!m_fileProblem.isEmpty())
        return Error(ErrorClass::LocalDisk, m_fileProblem);
    m_file->setValue(key, value);
    m_file->sync();
    if (m_file->status() != QSettings::NoError) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("Settings", "Could not write the settings file %1").arg(m_file->fileName()));
    }
    // Account names and endpoints are nobody else's business; later atomic writes keep the mode.
    QFile::setPermissions(m_file->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

void Settings::remove(const QString &key)
{
    if (!m_fileProblem.isEmpty())
        return;
    m_file->remove(key);
    m_file->sync();
}

void Settings::setOverride(const QString &key, const QString &value, const QString &origin)
{
    m_overrides.insert(key, value);
    m_overrideOrigins.insert(key, origin);
}

Status Settings::applyAssignment(const QString &assignment)
{
    const auto eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Settings", "--set expects KEY=VALUE, got '%1'").arg(assignment));
    }
    setOverride(assignment.left(eq).trimmed(), assignment.mid(eq + 1));
    return success();
}

Status Settings::applyConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Settings", "Cannot read the config file %1: %2").arg(path, file.errorString()));
    }
    return applyConfigJson(file.readAll(), path);
}

Status Settings::applyConfigJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Settings", "The config file %1 is not a JSON object (%2 at byte %3)")
                         .arg(source, parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("Settings", "The config file %1 is not a JSON object: it must be {\"key\": \"value\", ...}, "
                                    "not %2").arg(source, doc.isArray() ? QCoreApplication::translate("Settings", "an array")
                                                     : QCoreApplication::translate("Settings", "a bare value")));
    }
    const QString origin = QStringLiteral("--config %1").arg(source);
    const auto root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isObject()) {
            const auto inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt)
                setOverride(it.key() + QLatin1Char('.') + jt.key(), jt.value().toVariant().toString(), origin);
        } else {
            setOverride(it.key(), it.value().toVariant().toString(), origin);
        }
    }
    return success();
}

Status Settings::checkOverrides() const
{
    QStringList keys = m_overrides.keys();
    keys.sort();
    for (const auto &key : std::as_const(keys)) {
        const QString origin = m_overrideOrigins.value(key);
        if (!m_defaults.contains(key)) {
            const QStringList near = nearestKeys(key, m_defaults.keys());
            const QString message =
                near.isEmpty()
                    ? QCoreApplication::translate("Settings", "Unknown setting '%1' (from %2); "
                                                              "`eo-collector-cli providers --json` lists the settings")
                          .arg(key, origin)
                    : QCoreApplication::translate("Settings", "Unknown setting '%1' (from %2); did you mean %3?")
                          .arg(key, origin, near.join(QStringLiteral(", ")));
            return Error(ErrorClass::BadInput, message);
        }
        // An empty URL would silently fall back to the public endpoint: a test or mirror set-up
        // would then talk to the real service. Leaving the setting out is how to get the default.
        if (m_overrides.value(key).trimmed().isEmpty() && looksLikeUrl(m_defaults.value(key))) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("Settings", "The setting %1 (from %2) is empty; it must be a URL. Leave it out to use "
                                        "the default, %3").arg(key, origin, m_defaults.value(key)));
        }
    }
    return success();
}

QString Settings::origin(const QString &key) const
{
    if (auto it = m_overrideOrigins.constFind(key); it != m_overrideOrigins.cend())
        return *it;
    if (m_fileProblem.isEmpty() && m_file->contains(key))
        return QCoreApplication::translate("Settings", "the settings file %1").arg(m_file->fileName());
    return QCoreApplication::translate("Settings", "the default");
}

QString Settings::filePath() const
{
    return m_file->fileName();
}

bool Settings::looksSecret(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k.endsWith(QLatin1String("token")) || k.contains(QLatin1String("api_key"));
}

} // namespace eoc

#include "core/settings/Settings.h"

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
} // namespace

Settings::Settings(const QString &path)
    : m_file(new QSettings(path.isEmpty() ? defaultSettingsPath() : path, QSettings::IniFormat))
{
}

Settings::~Settings()
{
    delete m_file;
}

QString Settings::value(const QString &key) const
{
    if (auto it = m_overrides.constFind(key); it != m_overrides.cend())
        return *it;
    const QVariant stored = m_file->value(key);
    if (stored.isValid())
        return stored.toString();
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
                     QStringLiteral("'%1' looks like a secret; secrets are kept in the keychain, "
                                    "not in the settings file")
                         .arg(key));
    }
    m_file->setValue(key, value);
    m_file->sync();
    if (m_file->status() != QSettings::NoError) {
        return Error(ErrorClass::LocalDisk,
                     QStringLiteral("Could not write the settings file %1").arg(m_file->fileName()));
    }
    return success();
}

void Settings::remove(const QString &key)
{
    m_file->remove(key);
    m_file->sync();
}

void Settings::setOverride(const QString &key, const QString &value)
{
    m_overrides.insert(key, value);
}

Status Settings::applyAssignment(const QString &assignment)
{
    const auto eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        return Error(ErrorClass::BadInput,
                     QStringLiteral("--set expects KEY=VALUE, got '%1'").arg(assignment));
    }
    setOverride(assignment.left(eq).trimmed(), assignment.mid(eq + 1));
    return success();
}

Status Settings::applyConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorClass::BadInput,
                     QStringLiteral("Cannot read the config file %1: %2").arg(path, file.errorString()));
    }
    return applyConfigJson(file.readAll(), path);
}

Status Settings::applyConfigJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(ErrorClass::BadInput,
                     QStringLiteral("The config file %1 is not a JSON object (%2)")
                         .arg(source, parseError.errorString()));
    }
    const auto root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isObject()) {
            const auto inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt)
                setOverride(it.key() + QLatin1Char('.') + jt.key(), jt.value().toVariant().toString());
        } else {
            setOverride(it.key(), it.value().toVariant().toString());
        }
    }
    return success();
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

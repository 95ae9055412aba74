#include "core/settings/SavedSearches.h"

#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace eoc {

namespace {
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
}

SavedSearches::SavedSearches(const QString &path)
    : m_path(path)
{
}

QString SavedSearches::pathBeside(const Settings &settings)
{
    return QFileInfo(settings.filePath()).absoluteDir().filePath(QStringLiteral("saved-searches.json"));
}

Status SavedSearches::load()
{
    m_searches.clear();
    QFile file(m_path);
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("SavedSearches", "Cannot read the saved searches %1: %2").arg(m_path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SavedSearches", "The saved searches %1 are larger than %2 MB; is it the right file?")
                                              .arg(m_path).arg(kMaxFileBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("SavedSearches", "The saved searches %1 are not valid JSON (%2 at byte %3); fix or delete the file")
                         .arg(m_path, parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SavedSearches", "The saved searches %1 have version %2; this program reads version %3")
                                              .arg(m_path, root.value(QStringLiteral("version")).toVariant().toString())
                                              .arg(kVersion));
    const QJsonObject searches = root.value(QStringLiteral("searches")).toObject();
    for (auto it = searches.begin(); it != searches.end(); ++it) {
        const Result<SearchQuery> query = SearchQuery::fromJson(it.value().toObject());
        if (!query) {
            m_searches.clear();
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SavedSearches", "The saved search '%1' in %2 cannot be read: %3")
                                                  .arg(it.key(), m_path, query.error().message));
        }
        m_searches.insert(it.key(), *query);
    }
    return success();
}

Result<SearchQuery> SavedSearches::find(const QString &name) const
{
    const auto it = m_searches.constFind(name);
    if (it != m_searches.constEnd())
        return *it;
    const QString known = m_searches.isEmpty() ? QCoreApplication::translate("SavedSearches", "none are saved yet")
                                               : QCoreApplication::translate("SavedSearches", "saved: %1").arg(names().join(QStringLiteral(", ")));
    return Error(ErrorClass::BadInput, QCoreApplication::translate("SavedSearches", "No saved search is called '%1' (%2)").arg(name, known));
}

Status SavedSearches::save(const QString &name, const SearchQuery &query)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SavedSearches", "A saved search needs a name"));
    m_searches.insert(trimmed, query);
    return write();
}

Status SavedSearches::remove(const QString &name)
{
    if (!m_searches.remove(name))
        return find(name).error();
    return write();
}

Status SavedSearches::write() const
{
    QJsonObject searches;
    for (auto it = m_searches.constBegin(); it != m_searches.constEnd(); ++it)
        searches.insert(it.key(), it.value().toJson());
    const QJsonObject root{{QStringLiteral("version"), kVersion}, {QStringLiteral("searches"), searches}};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error(ErrorClass::LocalDisk, QCoreApplication::translate("SavedSearches", "Cannot create the folder of %1").arg(m_path));
    QSaveFile file(m_path);
    // Owner only, like the settings file: regions and filters say what the user works on.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("SavedSearches", "Cannot write the saved searches %1: %2").arg(m_path, file.errorString()));
    return success();
}

} // namespace eoc

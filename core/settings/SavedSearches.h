#pragma once

#include "core/model/Result.h"
#include "core/model/SearchQuery.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace eoc {

class Settings;

// Named searches the user saved (region, provider, collection, dates, filters), shared by the
// desktop program and `eo-collector-cli search --saved`. The only reader and writer of
// saved-searches.json in the settings folder: {"version": 1, "searches": {"name": query}}, written
// atomically and readable by its owner only.
class SavedSearches
{
public:
    explicit SavedSearches(const QString &path);
    // The file beside the settings file of `settings`.
    static QString pathBeside(const Settings &settings);

    QString path() const { return m_path; }
    // Reads the file; a missing file is an empty list. Errors name the file and what is wrong.
    Status load();
    QStringList names() const { return m_searches.keys(); }     // sorted
    bool contains(const QString &name) const { return m_searches.contains(name); }
    // The saved query, or an error naming the known searches.
    Result<SearchQuery> find(const QString &name) const;

    // Adds or replaces `name` and writes the file.
    Status save(const QString &name, const SearchQuery &query);
    Status remove(const QString &name);

private:
    Status write() const;

    QString m_path;
    QMap<QString, SearchQuery> m_searches;
};

} // namespace eoc

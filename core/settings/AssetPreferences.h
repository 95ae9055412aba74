#pragma once

#include "core/model/Result.h"

#include <QString>
#include <QStringList>

namespace eoc {

class Settings;

// The assets the user chose to download for a collection (e.g. only B04, B08 and SCL), shared by
// the desktop program and the CLI. The only reader and writer of the settings keys
// "assets/<provider>/<collection>", whose value is the asset keys separated by commas.
class AssetPreferences
{
public:
    explicit AssetPreferences(Settings &settings);

    // The remembered keys, or an empty list: no choice, the default files.
    QStringList choice(const QString &provider, const QString &collection) const;
    // Stores `keys` for the collection; an empty list forgets the choice.
    Status remember(const QString &provider, const QString &collection, const QStringList &keys);
    void forget(const QString &provider, const QString &collection);

    // The settings key of a collection; collection names may hold '/' or '=' (CMR, custom STAC).
    static QString settingKey(const QString &provider, const QString &collection);
    // "B04, b08,,SCL " -> {"B04", "b08", "SCL"}.
    static QStringList parseKeys(const QString &text);

private:
    Settings &m_settings;
};

} // namespace eoc

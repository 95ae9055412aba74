#pragma once

#include <QString>
#include <QStringList>

namespace eoc {

// Read access to settings by key ("dataspace.odata_url"). Providers get one of these; they never
// touch QSettings themselves.
class SettingsView
{
public:
    virtual ~SettingsView() = default;
    virtual QString value(const QString &key) const = 0;
    bool contains(const QString &key) const { return !value(key).isNull(); }
};

} // namespace eoc

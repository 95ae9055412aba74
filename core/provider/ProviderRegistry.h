#pragma once

#include "core/provider/Provider.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QPluginLoader;

namespace eoc {

class Settings;

// Finds provider plug-ins and creates providers. The counterpart of BDC-Collectors' entry points:
// plug-ins in the installed tree (<prefix>/lib/eo-collector/providers, core/platform/InstallFolders.h),
// beside the executable (./providers), in the user's
// plug-in folder (<XDG data>/eo-collector/providers) and in each folder of EOC_PLUGIN_PATH.
class ProviderRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRegistry)
public:
    explicit ProviderRegistry(QObject *parent = nullptr);
    ~ProviderRegistry() override;

    // The folders searched, in order.
    static QStringList pluginFolders();

    // Loads every plug-in found in pluginFolders(). Problems (a duplicate name, a file that is not
    // a provider) are collected in warnings(); loading goes on with the others.
    void loadPlugins();
    void loadPluginsFrom(const QStringList &folders);

    // Adds a provider factory compiled into the program or a test. A duplicate name is refused.
    Status addFactory(const QString &name, const QString &title, ProviderFactory *factory);

    QStringList names() const;                        // sorted
    QStringList warnings() const { return m_warnings; }
    bool contains(const QString &nameOrAlias) const;

    // Creates the provider (or returns the one created before) and registers its setting
    // defaults in `settings`. Unknown names give a BadInput error listing the known ones.
    Result<Provider *> provider(const QString &nameOrAlias, const ProviderContext &context,
                                Settings *settings = nullptr);
    // Every provider, created on first use.
    QList<Provider *> providers(const ProviderContext &context, Settings *settings = nullptr);

    // Calls shutdown() on every created provider (logout).
    void shutdown();

private:
    struct Entry {
        QString name;
        QString title;
        QString source;                               // plug-in file, or "built-in"
        ProviderFactory *factory = nullptr;
        QPointer<Provider> instance;
    };
    Entry *find(const QString &nameOrAlias);

    QList<Entry> m_entries;
    QList<QPluginLoader *> m_loaders;
    QStringList m_warnings;
};

} // namespace eoc

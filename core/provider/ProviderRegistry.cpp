#include "core/provider/ProviderRegistry.h"

#include "core/platform/InstallFolders.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRegistry, "eoc.provider.registry", QtWarningMsg)

namespace eoc {

ProviderRegistry::ProviderRegistry(QObject *parent)
    : QObject(parent)
{
}

ProviderRegistry::~ProviderRegistry()
{
    for (auto &entry : m_entries)
        delete entry.instance.data();
    // The loaders stay loaded until the process ends: unloading code whose objects may still be
    // referenced by queued events is not worth the risk.
}

QStringList ProviderRegistry::pluginFolders()
{
    QStringList folders;
    folders << installedLibFolder() + QStringLiteral("/eo-collector/providers");
    if (QCoreApplication::instance())
        folders << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/providers"));
    folders << QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/eo-collector/providers");
    const QString env = qEnvironmentVariable("EOC_PLUGIN_PATH");
    for (const auto &part : env.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        folders << QDir::cleanPath(part);
    folders.removeDuplicates();
    return folders;
}

void ProviderRegistry::loadPlugins()
{
    loadPluginsFrom(pluginFolders());
}

void ProviderRegistry::loadPluginsFrom(const QStringList &folders)
{
    for (const auto &folder : folders) {
        QDir dir(folder);
        if (!dir.exists())
            continue;
        const auto files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const auto &info : files) {
            const QString path = info.absoluteFilePath();
            if (!QLibrary::isLibrary(path))
                continue;
            auto *loader = new QPluginLoader(path, this);
            const QJsonObject meta = loader->metaData();
            if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(EOC_PROVIDER_FACTORY_IID)) {
                delete loader;
                continue;
            }
            const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
            const QString name = data.value(QStringLiteral("name")).toString();
            const QString title = data.value(QStringLiteral("title")).toString(name);
            if (name.isEmpty()) {
                m_warnings << QCoreApplication::translate("ProviderRegistry", "%1: the plug-in has no provider name in its metadata").arg(path);
                delete loader;
                continue;
            }
            if (const Entry *existing = find(name)) {
                m_warnings << QCoreApplication::translate("ProviderRegistry", "%1: a provider named '%2' is already loaded from %3; "
                                             "this one is ignored")
                                  .arg(path, name, existing->source);
                delete loader;
                continue;
            }
            QObject *instance = loader->instance();
            auto *factory = qobject_cast<ProviderFactory *>(instance);
            if (!factory) {
                m_warnings << QCoreApplication::translate("ProviderRegistry", "%1: not a provider plug-in (%2)").arg(path, loader->errorString());
                delete loader;
                continue;
            }
            m_loaders << loader;
            m_entries.append(Entry{name, title, path, factory, {}});
        }
    }
    for (const auto &w : std::as_const(m_warnings))
        qCWarning(lcRegistry).noquote() << w;
}

Status ProviderRegistry::addFactory(const QString &name, const QString &title, ProviderFactory *factory)
{
    if (const Entry *existing = find(name)) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("ProviderRegistry", "A provider named '%1' is already registered (from %2)")
                         .arg(name, existing->source));
    }
    m_entries.append(Entry{name, title, QStringLiteral("built-in"), factory, {}});
    return success();
}

QStringList ProviderRegistry::names() const
{
    QStringList out;
    for (const auto &e : m_entries)
        out << e.name;
    std::sort(out.begin(), out.end());
    return out;
}

ProviderRegistry::Entry *ProviderRegistry::find(const QString &nameOrAlias)
{
    for (auto &e : m_entries) {
        if (e.name.compare(nameOrAlias, Qt::CaseInsensitive) == 0)
            return &e;
    }
    // Aliases are only known once a provider exists.
    for (auto &e : m_entries) {
        if (!e.instance)
            continue;
        const auto aliases = e.instance->aliases();
        for (const auto &alias : aliases) {
            if (alias.compare(nameOrAlias, Qt::CaseInsensitive) == 0)
                return &e;
        }
    }
    return nullptr;
}

bool ProviderRegistry::contains(const QString &nameOrAlias) const
{
    return const_cast<ProviderRegistry *>(this)->find(nameOrAlias) != nullptr;
}

Result<Provider *> ProviderRegistry::provider(const QString &nameOrAlias, const ProviderContext &context,
                                              Settings *settings)
{
    Entry *entry = find(nameOrAlias);
    if (!entry) {
        // An alias of a provider not created yet: create them all and look again.
        providers(context, settings);
        entry = find(nameOrAlias);
    }
    if (!entry) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("ProviderRegistry", "Unknown provider '%1'; known providers: %2")
                                               .arg(nameOrAlias, names().join(QStringLiteral(", "))));
    }
    if (!entry->instance) {
        // Defaults first: the provider may read its settings while it is created.
        Provider *p = entry->factory->create(context, this);
        if (!p) {
            return Error(ErrorClass::Permanent,
                         QCoreApplication::translate("ProviderRegistry", "The provider '%1' could not be created").arg(entry->name));
        }
        entry->instance = p;
        if (settings) {
            const auto specs = p->settingSpecs();
            for (const auto &spec : specs)
                settings->registerDefault(spec.key, spec.defaultValue);
        }
    }
    return entry->instance.data();
}

QList<Provider *> ProviderRegistry::providers(const ProviderContext &context, Settings *settings)
{
    QList<Provider *> out;
    const auto all = names();
    for (const auto &n : all) {
        auto p = provider(n, context, settings);
        if (p)
            out << p.value();
    }
    return out;
}

void ProviderRegistry::shutdown()
{
    for (auto &e : m_entries) {
        if (e.instance)
            e.instance->shutdown();
    }
}

} // namespace eoc

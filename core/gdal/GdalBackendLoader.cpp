#include "core/gdal/GdalBackend.h"
#include "core/platform/InstallFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace eoc::gdal {

namespace {

QStringList candidates()
{
    QStringList paths;
    if (const QString fromEnvironment = qEnvironmentVariable("EOC_GDAL_MODULE"); !fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    paths.append(installedLibFolder() + QStringLiteral("/eo-collector/eoc_gdal.so"));
    return paths;
}

Result<const Backend *> load()
{
    QStringList failures;
    for (const QString &path : candidates()) {
        // Never unloaded (the functions are used until the process ends): a QLibrary destroyed
        // without unload() leaves its library loaded, so the handle need not outlive this loop.
        QLibrary library(path);
        if (!library.load()) {
            failures.append(library.errorString());
            continue;
        }
        using EntryPoint = const Backend *(*)();
        const auto entry = reinterpret_cast<EntryPoint>(library.resolve(EOC_GDAL_BACKEND_SYMBOL));
        if (const Backend *backend = entry ? entry() : nullptr)
            return backend;
        failures.append(QCoreApplication::translate("GdalBackend", "%1 has no %2").arg(path, QLatin1String(EOC_GDAL_BACKEND_SYMBOL)));
    }
    return Error(ErrorClass::Permanent,
                 QCoreApplication::translate("GdalBackend", "GDAL support is missing, so region files, WKT and GeoPackage cannot be "
                                "used (%1). Reinstall EO Collector.")
                     .arg(failures.join(QStringLiteral("; "))));
}

} // namespace

Result<const Backend *> backend()
{
    static const Result<const Backend *> loaded = load();   // once, thread-safe
    return loaded;
}

} // namespace eoc::gdal

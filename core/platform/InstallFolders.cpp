#include "core/platform/InstallFolders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>

namespace eoc {

QString installedLibFolder()
{
    // dladdr names the file this function was loaded from: the shared library, or the executable
    // that links core statically.
    Dl_info info{};
    QString loadedFrom;
    if (dladdr(reinterpret_cast<const void *>(&installedLibFolder), &info) != 0 && info.dli_fname)
        loadedFrom = QFile::decodeName(info.dli_fname);
    if (loadedFrom.isEmpty())
        loadedFrom = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    const QFileInfo file(loadedFrom);
    const QString folder = file.canonicalPath().isEmpty() ? file.absolutePath() : file.canonicalPath();
    if (file.fileName().startsWith(QLatin1String("libeocollector.so")))
        return folder;
    return QDir::cleanPath(folder + QStringLiteral("/../lib"));
}

} // namespace eoc

#include "core/archive/ArchiveScan.h"

#include "core/archive/DownloadRecords.h"

#include "core/gdal/GdalBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace eoc {

namespace {

void checkBands(LocalProduct &product)
{
    const auto gdal = gdal::backend();
    if (!gdal) {
        product.problems << gdal.error().message;
        return;
    }
    for (auto it = product.bands.begin(); it != product.bands.end(); ++it) {
        if (const Status ok = (*gdal)->checkRaster(it.value()); !ok)
            product.problems << QCoreApplication::translate("LocalArchive", "band %1: %2").arg(it.key(), ok.error().message);
    }
}

void check(LocalProduct &product, const ArchiveScanOptions &options)
{
    if (options.checkBands && product.problems.isEmpty())
        checkBands(product);
    if (options.records && options.compareChecksums)
        compareRecordedChecksums(product, *options.records);
}

void add(LocalProduct product, const ArchiveScanOptions &options, QList<LocalProduct> &found)
{
    check(product, options);
    if (options.onProduct)
        options.onProduct(product);
    found.append(std::move(product));
}

void walk(const QString &folder, const ArchiveScanOptions &options, QList<LocalProduct> &found)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                                                             QDir::Name | QDir::DirsLast);
    // Loose files by scene, in the order their scenes first appear.
    QStringList looseScenes;
    QHash<QString, QStringList> looseFiles;
    for (const QFileInfo &entry : entries) {
        if (options.cancelled && options.cancelled())
            return;
        if (entry.isSymLink())
            continue;   // a link could lead out of the folder or round in a loop
        const QString path = entry.absoluteFilePath();
        if (looksLikeProduct(path)) {
            if (auto product = readLocalProduct(path, options.records))
                add(std::move(product).value(), options, found);
        } else if (entry.isDir()) {
            walk(path, options, found);
        } else if (const QString scene = looseFileScene(path, options.records); !scene.isEmpty()) {
            if (!looseFiles.contains(scene))
                looseScenes << scene;
            looseFiles[scene] << path;
        }
    }
    for (const QString &scene : std::as_const(looseScenes)) {
        if (options.cancelled && options.cancelled())
            return;
        if (const auto id = parseSceneId(scene))
            add(looseProduct(folder, *id, looseFiles.value(scene)), options, found);
    }
}

} // namespace

Result<LocalProduct> scanProduct(const QString &path, const ArchiveScanOptions &options)
{
    auto read = readLocalProduct(path, options.records);
    if (!read)
        return read;
    LocalProduct product = std::move(read).value();
    check(product, options);
    return product;
}

Result<QList<LocalProduct>> scanArchive(const QString &folder, const ArchiveScanOptions &options)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("LocalArchive", "%1 is not a readable folder").arg(folder));
    }
    QList<LocalProduct> found;
    walk(info.absoluteFilePath(), options, found);
    if (options.cancelled && options.cancelled()) {
        return Error(ErrorClass::Cancelled, QCoreApplication::translate("LocalArchive", "The scan of %1 was stopped after %n product(s)",
                                                                        nullptr, int(found.size()))
                                                .arg(folder));
    }
    return found;
}

} // namespace eoc

#include "core/archive/ArchiveScan.h"

#include "core/archive/RecordedChecksums.h"

#include "core/gdal/GdalBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

void walk(const QString &folder, const ArchiveScanOptions &options, QList<LocalProduct> &found)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                                                             QDir::Name | QDir::DirsLast);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink())
            continue;   // a link could lead out of the folder or round in a loop
        const QString path = entry.absoluteFilePath();
        if (looksLikeProduct(path)) {
            const auto product = scanProduct(path, options);
            if (!product)
                continue;
            if (options.onProduct)
                options.onProduct(*product);
            found.append(*product);
        } else if (entry.isDir()) {
            walk(path, options, found);
        }
    }
}

} // namespace

Result<LocalProduct> scanProduct(const QString &path, const ArchiveScanOptions &options)
{
    auto read = readLocalProduct(path);
    if (!read)
        return read;
    LocalProduct product = std::move(read).value();
    if (options.checkBands && product.problems.isEmpty())
        checkBands(product);
    if (options.recordedChecksums)
        compareRecordedChecksums(product, *options.recordedChecksums);
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
    return found;
}

} // namespace eoc

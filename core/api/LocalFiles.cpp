// The library's functions that work on names and files only: scene ids, collection layouts and
// the products already on disk.

#include "core/api/ApiConversions.h"
#include "core/archive/ArchiveScan.h"
#include "core/archive/DownloadRecords.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/model/layout/CollectionLayout.h"

#include <EOCollector/Archive.h>

#include <QFileInfo>
#include <EOCollector/Layout.h>
#include <EOCollector/SceneId.h>
#include <EOCollector/Version.h>

namespace EOCollector {

QString version()
{
    return QStringLiteral(EOC_VERSION_STRING);
}

std::optional<SceneIdInfo> parseSceneId(const QString &id, QString *error)
{
    const auto parsed = eoc::parseSceneId(id);
    if (!parsed) {
        eoc::api::report(parsed.error(), error);
        return std::nullopt;
    }
    return eoc::api::toPublic(parsed.value());
}

namespace {

std::optional<eoc::layout::SceneLocation> locate(const QString &collection, const QString &version,
                                                 const QString &sceneId, const LayoutOptions &options,
                                                 QString *error)
{
    eoc::layout::LayoutOptions layoutOptions;
    layoutOptions.prefix = options.prefix;
    layoutOptions.flat = options.flat;
    layoutOptions.monthFolder = options.monthFolder;
    const auto location = eoc::layout::sceneLocation({collection, version}, sceneId, layoutOptions);
    if (!location) {
        eoc::api::report(location.error(), error);
        return std::nullopt;
    }
    return location.value();
}

} // namespace

std::optional<QString> collectionPath(const QString &collection, const QString &version, const QString &sceneId,
                                      const LayoutOptions &options, QString *error)
{
    const auto location = locate(collection, version, sceneId, options, error);
    if (!location)
        return std::nullopt;
    return location->directory;
}

std::optional<QString> compressedFile(const QString &collection, const QString &version, const QString &sceneId,
                                      const LayoutOptions &options, QString *error)
{
    const auto location = locate(collection, version, sceneId, options, error);
    if (!location)
        return std::nullopt;
    return location->archivePath;
}

namespace {

// What the journals recorded of the files under `folder`: the library's own in the download
// folder and the programs'. Their scenes group loose files (the flat layout).
std::optional<eoc::DownloadRecords> recordsFor(const QString &folder, QString *error)
{
    auto records = eoc::DownloadRecords::readFor(folder, eoc::DownloadQueue::defaultJournalPath());
    if (!records) {
        eoc::api::report(records.error(), error);
        return std::nullopt;
    }
    return std::move(records).value();
}

} // namespace

std::optional<LocalProductInfo> readProduct(const QString &path, QString *error)
{
    const auto records = recordsFor(QFileInfo(path).absolutePath(), error);
    if (!records)
        return std::nullopt;
    const auto product = eoc::readLocalProduct(path, &*records);
    if (!product) {
        eoc::api::report(product.error(), error);
        return std::nullopt;
    }
    return eoc::api::toPublic(product.value());
}

QMap<QString, QString> productFiles(const QString &path, QString *error)
{
    const auto product = readProduct(path, error);
    return product ? product->bands : QMap<QString, QString>();
}

QMap<QString, QString> productAssets(const QString &path, QString *error)
{
    const auto product = readProduct(path, error);
    return product ? product->assets : QMap<QString, QString>();
}

std::optional<QList<LocalProductInfo>> scanFolder(const QString &folder, const ScanOptions &options, QString *error)
{
    const auto records = recordsFor(folder, error);
    if (!records)
        return std::nullopt;
    eoc::ArchiveScanOptions scanOptions;
    scanOptions.checkBands = options.checkBands;
    scanOptions.compareChecksums = options.checkBands;
    scanOptions.records = &*records;
    const auto products = eoc::scanArchive(folder, scanOptions);
    if (!products) {
        eoc::api::report(products.error(), error);
        return std::nullopt;
    }
    QList<LocalProductInfo> infos;
    infos.reserve(products->size());
    for (const auto &product : products.value())
        infos.append(eoc::api::toPublic(product));
    return infos;
}

} // namespace EOCollector

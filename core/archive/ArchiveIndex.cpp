#include "core/archive/ArchiveIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace eoc {

namespace {

Error indexError(const QString &path, const QString &what)
{
    return Error(ErrorClass::LocalDisk, QCoreApplication::translate("LocalArchive", "The archive index %1 %2").arg(path, what));
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QString defaultArchiveIndexPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/eo-collector/archive-index.json");
}

Result<LocalProduct> localProductFromJson(const QJsonObject &json)
{
    const auto scene = parseSceneId(json.value(QStringLiteral("scene_id")).toString());
    if (!scene)
        return scene.error();
    LocalProduct p;
    p.scene = *scene;
    p.path = json.value(QStringLiteral("path")).toString();
    p.zipped = json.value(QStringLiteral("zipped")).toBool();
    p.loose = json.value(QStringLiteral("loose")).toBool();
    for (const auto &v : json.value(QStringLiteral("files")).toArray())
        p.files << v.toString();
    p.bytes = json.value(QStringLiteral("bytes")).toInteger();
    p.checksumsVerified = json.value(QStringLiteral("checksums_verified")).toInt();
    p.bands = stringMap(json.value(QStringLiteral("bands")));
    p.assets = stringMap(json.value(QStringLiteral("assets")));
    for (const auto &v : json.value(QStringLiteral("problems")).toArray())
        p.problems << v.toString();
    if (p.path.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("LocalArchive", "a product without a path"));
    return p;
}

Result<QList<ArchiveIndexEntry>> loadArchiveIndex(const QString &indexPath)
{
    QList<ArchiveIndexEntry> entries;
    QFile file(indexPath);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return indexError(indexPath, QCoreApplication::translate("LocalArchive", "cannot be read: %1").arg(file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("folders")).isArray()) {
        return indexError(indexPath, QCoreApplication::translate("LocalArchive", "is damaged (%1); scan again after removing it")
                                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                           : QStringLiteral("no folders")));
    }
    for (const auto &f : doc.object().value(QStringLiteral("folders")).toArray()) {
        const QJsonObject o = f.toObject();
        ArchiveIndexEntry entry;
        entry.folder = o.value(QStringLiteral("folder")).toString();
        entry.scanned = QDateTime::fromString(o.value(QStringLiteral("scanned")).toString(), Qt::ISODate);
        for (const auto &p : o.value(QStringLiteral("products")).toArray()) {
            auto product = localProductFromJson(p.toObject());
            if (!product)
                return indexError(indexPath, QCoreApplication::translate("LocalArchive", "is damaged (%1); scan again after removing it")
                                                 .arg(product.error().message));
            entry.products.append(*product);
        }
        entries.append(entry);
    }
    return entries;
}

namespace {

// Writes the whole index at once: a crash mid-write leaves the previous one.
Status writeArchiveIndex(const QString &indexPath, const QList<ArchiveIndexEntry> &entries)
{
    QJsonArray folders;
    for (const ArchiveIndexEntry &e : entries) {
        QJsonArray products;
        for (const LocalProduct &p : e.products)
            products.append(p.toJson());
        folders.append(QJsonObject{{QStringLiteral("folder"), e.folder},
                                   {QStringLiteral("scanned"), e.scanned.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("products"), products}});
    }
    QDir().mkpath(QFileInfo(indexPath).absolutePath());
    QSaveFile file(indexPath);
    if (!file.open(QIODevice::WriteOnly))
        return indexError(indexPath, QCoreApplication::translate("LocalArchive", "cannot be written: %1").arg(file.errorString()));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("folders"), folders}}).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return indexError(indexPath, QCoreApplication::translate("LocalArchive", "cannot be written: %1").arg(file.errorString()));
    return success();
}

} // namespace

Status saveArchiveScan(const QString &indexPath, const ArchiveIndexEntry &entry)
{
    auto entries = loadArchiveIndex(indexPath);
    if (!entries)
        return entries.error();
    QList<ArchiveIndexEntry> kept = *entries;
    kept.removeIf([&entry](const ArchiveIndexEntry &e) { return e.folder == entry.folder; });
    kept.append(entry);
    return writeArchiveIndex(indexPath, kept);
}

Status saveProductCheck(const QString &indexPath, const LocalProduct &product)
{
    auto entries = loadArchiveIndex(indexPath);
    if (!entries)
        return entries.error();
    QList<ArchiveIndexEntry> updated = *entries;
    bool found = false;
    for (ArchiveIndexEntry &entry : updated) {
        for (LocalProduct &held : entry.products) {
            if (held.path == product.path) {
                held = product;
                found = true;
            }
        }
    }
    if (!found) {
        return Error(ErrorClass::NotFound, QCoreApplication::translate("LocalArchive", "%1 is in no scanned folder of the archive index %2")
                                               .arg(product.path, indexPath));
    }
    return writeArchiveIndex(indexPath, updated);
}

QList<LocalProduct> indexedProducts(const QList<ArchiveIndexEntry> &entries)
{
    QList<const ArchiveIndexEntry *> byAge;
    for (const ArchiveIndexEntry &entry : entries)
        byAge << &entry;
    std::stable_sort(byAge.begin(), byAge.end(),
                     [](const ArchiveIndexEntry *a, const ArchiveIndexEntry *b) { return a->scanned > b->scanned; });
    QList<LocalProduct> products;
    QSet<QString> seen;
    for (const ArchiveIndexEntry *entry : std::as_const(byAge)) {
        for (const LocalProduct &product : entry->products) {
            if (!seen.contains(product.path)) {
                seen.insert(product.path);
                products << product;
            }
        }
    }
    return products;
}

} // namespace eoc

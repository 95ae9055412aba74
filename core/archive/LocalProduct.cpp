#include "core/archive/LocalProduct.h"

#include "core/archive/DownloadRecords.h"
#include "core/download/queue/ArchiveReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>


#include <memory>

namespace eoc {

namespace {

// The scene id a product's file or folder name carries (.zip, .SAFE, .SEN3 and .tar suffixes are
// dropped by the parser).
Result<SceneId> sceneOfName(const QString &path)
{
    return parseSceneId(QFileInfo(path).fileName());
}

// A zip's member names, read from its entries without extracting them.
Result<QStringList> zipMembers(const QString &path)
{
    ArchiveReader reader(ArchiveReader::Format::Zip);
    if (!reader.open(path)) {
        return Error(ErrorClass::Integrity, QCoreApplication::translate("LocalArchive", "not a readable zip: %1")
                                                .arg(reader.errorText()));
    }
    QStringList members;
    for (;;) {
        const ArchiveReader::Next next = reader.next();
        if (next == ArchiveReader::Next::End)
            break;
        if (next == ArchiveReader::Next::Damaged) {
            // A zip cut short often ends without libarchive saying why.
            const QString why = reader.errorText();
            const QString reason = !why.isEmpty() ? why : QCoreApplication::translate("LocalArchive", "it ends early (cut short?)");
            return Error(ErrorClass::Integrity, QCoreApplication::translate("LocalArchive", "the zip is damaged after %1 member(s): %2")
                                                    .arg(members.size())
                                                    .arg(reason));
        }
        if (reader.memberIsFile())
            members << reader.memberName();
    }
    if (members.isEmpty())
        return Error(ErrorClass::Integrity, QCoreApplication::translate("LocalArchive", "the zip holds no file"));
    return members;
}

QStringList folderMembers(const QString &folder, qint64 &bytes)
{
    QStringList members;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        members << root.relativeFilePath(it.filePath());
        bytes += it.fileInfo().size();
    }
    return members;
}

// A zipped SAFE holds one top folder (<id>.SAFE/): the collection rules see the members below it.
QString commonTopFolder(const QStringList &members)
{
    if (members.isEmpty() || !members.first().contains(QLatin1Char('/')))
        return {};
    const QString top = members.first().section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
    for (const QString &m : members) {
        if (!m.startsWith(top))
            return {};
    }
    return top;
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Sorts `relative` (members below `root`, whose GDAL form is `gdalRoot`) into the product's bands
// and assets.
void sortMembers(LocalProduct &product, const QString &gdalRoot, const QStringList &relative)
{
    const ProductFiles files = sortProductFiles(product.scene, relative);
    for (auto it = files.bands.begin(); it != files.bands.end(); ++it)
        product.bands.insert(it.key(), gdalRoot + it.value());
    for (auto it = files.assets.begin(); it != files.assets.end(); ++it)
        product.assets.insert(it.key(), gdalRoot + it.value());
    if (product.bands.isEmpty())
        product.problems << QCoreApplication::translate("LocalArchive", "no band file found");
}

// The loose files of scene `sceneId` in `folder`.
QStringList looseFilesOf(const QString &folder, const QString &sceneId, const DownloadRecords *records)
{
    QStringList files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!entry.isSymLink() && looseFileScene(entry.absoluteFilePath(), records) == sceneId)
            files << entry.absoluteFilePath();
    }
    return files;
}

} // namespace

QString looseFileScene(const QString &filePath, const DownloadRecords *records)
{
    const QString name = QFileInfo(filePath).fileName();
    // A file still being fetched is no part of its product yet.
    if (name.endsWith(QLatin1String(".part")) || looksLikeProduct(filePath))
        return {};
    if (records) {
        if (const auto recorded = parseSceneId(records->sceneOf(filePath)))
            return recorded->id;
    }
    // The shortest prefix that is a whole scene id: LC09_…_T1 of LC09_…_T1_SR_B4.TIF.
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c != QLatin1Char('_') && c != QLatin1Char('.'))
            continue;
        if (const auto scene = parseSceneId(name.left(i)))
            return scene->id;
    }
    return {};
}

LocalProduct looseProduct(const QString &folder, const SceneId &scene, const QStringList &files)
{
    LocalProduct product;
    const QString root = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    product.path = root + QLatin1Char('/') + scene.id;
    product.loose = true;
    product.scene = scene;
    QStringList names;
    for (const QString &file : files) {
        const QFileInfo info(file);
        product.files << info.absoluteFilePath();
        product.bytes += info.size();
        names << info.fileName();
    }
    sortMembers(product, root + QLatin1Char('/'), names);
    return product;
}

bool looksLikeProduct(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isFile() && !name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return false;
    return sceneOfName(path).ok();
}

Result<LocalProduct> readLocalProduct(const QString &path, const DownloadRecords *records)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        // <folder>/<scene id>: that scene's loose files in the folder.
        const auto scene = sceneOfName(path);
        const QString folder = info.absolutePath();
        const QStringList files = scene && QFileInfo(folder).isDir() ? looseFilesOf(folder, scene->id, records) : QStringList();
        if (files.isEmpty())
            return Error(ErrorClass::NotFound, QCoreApplication::translate("LocalArchive", "%1 does not exist").arg(path));
        return looseProduct(folder, *scene, files);
    }
    const auto scene = sceneOfName(path);
    if (!scene || (info.isFile() && !info.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("LocalArchive", "%1 is not a product: its name is no scene id "
                                                                       "(a zip, a .SAFE folder or a scene folder is expected)")
                                               .arg(path));
    }
    LocalProduct product;
    product.path = info.absoluteFilePath();
    product.scene = *scene;
    QStringList members;
    QString gdalRoot;
    if (info.isFile()) {
        product.zipped = true;
        product.bytes = info.size();
        auto listed = zipMembers(product.path);
        if (!listed) {
            product.problems << listed.error().message;
            return product;
        }
        members = *listed;
        gdalRoot = QStringLiteral("/vsizip/") + product.path + QLatin1Char('/');
    } else {
        members = folderMembers(product.path, product.bytes);
        gdalRoot = product.path + QLatin1Char('/');
    }
    const QString top = commonTopFolder(members);
    QStringList relative;
    for (const QString &m : std::as_const(members))
        relative << m.mid(top.size());
    sortMembers(product, gdalRoot + top, relative);
    return product;
}

QJsonObject LocalProduct::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("zipped"), zipped);
    if (loose) {
        o.insert(QStringLiteral("loose"), true);
        o.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    }
    o.insert(QStringLiteral("scene_id"), scene.id);
    o.insert(QStringLiteral("family"), scene.family);
    o.insert(QStringLiteral("level"), scene.level);
    o.insert(QStringLiteral("tile"), scene.tile.isEmpty() ? QJsonValue() : QJsonValue(scene.tile));
    o.insert(QStringLiteral("date"), scene.sensingStart ? QJsonValue(scene.sensingStart->date().toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("bytes"), bytes);
    o.insert(QStringLiteral("bands"), mapJson(bands));
    o.insert(QStringLiteral("assets"), mapJson(assets));
    o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    o.insert(QStringLiteral("sound"), problems.isEmpty());
    o.insert(QStringLiteral("checksums_verified"), checksumsVerified);
    return o;
}

QString LocalProduct::folder() const
{
    return zipped || loose ? QFileInfo(path).absolutePath() : path;
}

} // namespace eoc

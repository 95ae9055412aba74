#include "core/archive/DownloadRecords.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/FileVerifier.h"
#include "core/download/queue/QueueTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace eoc {

namespace {

Error journalError(const QString &path, const QString &why)
{
    return Error(ErrorClass::LocalDisk, QCoreApplication::translate("LocalArchive", "The download journal %1 cannot be read: %2")
                                            .arg(path, why));
}

// One digest per file is enough to tell whether it changed: the strongest one recorded.
QString strongestAlgorithm(const Checksums &checksums)
{
    for (const char *name : {"sha256", "sha512", "blake3", "sha1", "md5"}) {
        const QString algorithm = QLatin1String(name);
        if (checksums.contains(algorithm) && isKnownChecksumAlgorithm(algorithm))
            return algorithm;
    }
    return {};
}

// Adds the result of comparing `file` with what was recorded for it to `product`.
void compareFile(LocalProduct &product, const QString &file, const Checksums &checksums)
{
    const QString algorithm = strongestAlgorithm(checksums);
    if (algorithm.isEmpty() || !QFileInfo(file).isFile())
        return;   // a file gone since is no checksum question: the band check says what is missing
    const QString actual = fileDigest(file, algorithm);
    if (actual == checksums.value(algorithm).trimmed().toLower()) {
        ++product.checksumsVerified;
        return;
    }
    const QString shown = product.zipped || product.loose ? QFileInfo(file).fileName() : QDir(product.path).relativeFilePath(file);
    product.problems << QCoreApplication::translate("LocalArchive", "the checksum of %1 no longer matches the %2 recorded "
                                                                    "when it was downloaded")
                            .arg(shown, algorithm);
}

} // namespace

Result<DownloadRecords> DownloadRecords::read(const QString &journalPath)
{
    DownloadRecords recorded;
    if (!QFileInfo(journalPath).isFile())
        return recorded;
    const QString name = QStringLiteral("eoc-archive-records-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<DownloadRecords> result = recorded;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(journalPath);
        // The queue's process may be committing: wait for it rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = journalError(journalPath, db.lastError().text());
        } else {
            QSqlQuery q(db);
            // Later downloads of the same path come last and win.
            if (!q.exec(QStringLiteral("SELECT f.final_path, f.checksums, i.scene_json FROM files f"
                                       " JOIN items i ON i.id = f.item_id WHERE f.done = 1 ORDER BY f.item_id, f.idx"))) {
                result = journalError(journalPath, q.lastError().text());
            } else {
                while (q.next()) {
                    const QJsonObject scene = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
                    recorded.insert(q.value(0).toString(), checksumsFromJournalText(q.value(1).toString()),
                                    scene.value(QStringLiteral("scene_id")).toString());
                }
                result = recorded;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<DownloadRecords> DownloadRecords::readFor(const QString &folder, const QString &programJournal)
{
    QStringList journals{programJournal};
    for (QDir dir(QFileInfo(folder).absoluteFilePath());; ) {
        journals << dir.filePath(DownloadQueue::folderJournalName());
        if (!dir.cdUp())
            break;
    }
    DownloadRecords all;
    for (const QString &journal : std::as_const(journals)) {
        auto one = read(journal);
        if (!one)
            return one;
        all.merge(*one);
    }
    return all;
}

void DownloadRecords::merge(const DownloadRecords &other)
{
    for (auto it = other.m_byPath.begin(); it != other.m_byPath.end(); ++it)
        m_byPath.insert(it.key(), it.value());
}

void DownloadRecords::insert(const QString &path, const Checksums &checksums, const QString &sceneId)
{
    if (!path.isEmpty() && (!checksums.isEmpty() || !sceneId.isEmpty()))
        m_byPath.insert(QDir::cleanPath(path), Record{checksums, sceneId});
}

Checksums DownloadRecords::of(const QString &path) const
{
    return m_byPath.value(QDir::cleanPath(path)).checksums;
}

QString DownloadRecords::sceneOf(const QString &path) const
{
    return m_byPath.value(QDir::cleanPath(path)).sceneId;
}

QMap<QString, Checksums> DownloadRecords::inside(const QString &folder) const
{
    QMap<QString, Checksums> found;
    const QString prefix = QDir::cleanPath(folder) + QLatin1Char('/');
    // The map is sorted: the paths inside the folder are one run starting at its prefix.
    for (auto it = m_byPath.lowerBound(prefix); it != m_byPath.end() && it.key().startsWith(prefix); ++it) {
        if (!it.value().checksums.isEmpty())
            found.insert(it.key(), it.value().checksums);
    }
    return found;
}

void compareRecordedChecksums(LocalProduct &product, const DownloadRecords &recorded)
{
    if (recorded.isEmpty())
        return;
    if (product.zipped) {
        compareFile(product, product.path, recorded.of(product.path));
        return;
    }
    if (product.loose) {
        for (const QString &file : std::as_const(product.files))
            compareFile(product, file, recorded.of(file));
        return;
    }
    const QMap<QString, Checksums> files = recorded.inside(product.path);
    for (auto it = files.begin(); it != files.end(); ++it)
        compareFile(product, it.key(), it.value());
}

} // namespace eoc

#include "core/archive/RecordedChecksums.h"

#include "core/download/queue/FileVerifier.h"
#include "core/download/queue/QueueTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace eoc {

namespace {

Error journalError(const QString &path, const QString &why)
{
    return Error(ErrorClass::LocalDisk, QCoreApplication::translate("LocalArchive", "The download journal %1 cannot be read "
                                                                     "for its checksums: %2")
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
    const QString shown = product.zipped ? QFileInfo(file).fileName() : QDir(product.path).relativeFilePath(file);
    product.problems << QCoreApplication::translate("LocalArchive", "the checksum of %1 no longer matches the %2 recorded "
                                                                    "when it was downloaded")
                            .arg(shown, algorithm);
}

} // namespace

Result<RecordedChecksums> RecordedChecksums::read(const QString &journalPath)
{
    RecordedChecksums recorded;
    if (!QFileInfo(journalPath).isFile())
        return recorded;
    const QString name = QStringLiteral("eoc-archive-checksums-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<RecordedChecksums> result = recorded;
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
            if (!q.exec(QStringLiteral("SELECT final_path, checksums FROM files WHERE done = 1 AND checksums <> '{}'"
                                       " ORDER BY item_id, idx"))) {
                result = journalError(journalPath, q.lastError().text());
            } else {
                while (q.next())
                    recorded.insert(q.value(0).toString(), checksumsFromJournalText(q.value(1).toString()));
                result = recorded;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void RecordedChecksums::insert(const QString &path, const Checksums &checksums)
{
    if (!path.isEmpty() && !checksums.isEmpty())
        m_byPath.insert(QDir::cleanPath(path), checksums);
}

Checksums RecordedChecksums::of(const QString &path) const
{
    return m_byPath.value(QDir::cleanPath(path));
}

QMap<QString, Checksums> RecordedChecksums::inside(const QString &folder) const
{
    QMap<QString, Checksums> found;
    const QString prefix = QDir::cleanPath(folder) + QLatin1Char('/');
    // The map is sorted: the paths inside the folder are one run starting at its prefix.
    for (auto it = m_byPath.lowerBound(prefix); it != m_byPath.end() && it.key().startsWith(prefix); ++it)
        found.insert(it.key(), it.value());
    return found;
}

void compareRecordedChecksums(LocalProduct &product, const RecordedChecksums &recorded)
{
    if (recorded.isEmpty())
        return;
    if (product.zipped) {
        compareFile(product, product.path, recorded.of(product.path));
        return;
    }
    const QMap<QString, Checksums> files = recorded.inside(product.path);
    for (auto it = files.begin(); it != files.end(); ++it)
        compareFile(product, it.key(), it.value());
}

} // namespace eoc

#pragma once

// An archive folder with an unpacked Landsat scene (three files) and a zipped Sentinel-2 SAFE,
// and a real download journal (SqliteQueueStore) that recorded the checksums of all their files, as
// the queue does once it verified them. Shared by the core and the desktop tests of the archive.
#include "core/download/queue/FolderZip.h"
#include "core/download/queue/SqliteQueueStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace eoc::test {

inline const QString kLandsatScene = QStringLiteral("LC09_L2SP_220069_20240110_20240111_02_T1");
inline const QString kSentinel2Scene = QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745");

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ArchiveFixture
{
public:
    ArchiveFixture()
    {
        archive = m_dir.filePath(QStringLiteral("archive"));
        journalPath = m_dir.filePath(QStringLiteral("data/queue.sqlite"));
        landsat = archive + QStringLiteral("/landsat/") + kLandsatScene;
        zip = archive + QStringLiteral("/sentinel-2/") + kSentinel2Scene + QStringLiteral(".zip");
    }

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString landsatFile(const char *suffix) const { return landsat + QLatin1Char('/') + kLandsatScene + QLatin1String(suffix); }

    // Writes the products and the journal; call inside ASSERT_NO_FATAL_FAILURE.
    void build()
    {
        ASSERT_TRUE(m_dir.isValid());
        for (const char *suffix : {"_SR_B4.TIF", "_SR_B5.TIF", "_MTL.txt"})
            writeFile(landsatFile(suffix), QByteArray("bytes of ") + suffix);
        const QString safe = m_dir.filePath(QStringLiteral("build/") + kSentinel2Scene + QStringLiteral(".SAFE"));
        writeFile(safe + QStringLiteral("/GRANULE/G/IMG_DATA/R10m/T24MVV_20250731T130249_B04_10m.jp2"), "jp2");
        writeFile(safe + QStringLiteral("/MTD_MSIL2A.xml"), "<xml/>");
        QDir().mkpath(QFileInfo(zip).absolutePath());
        ASSERT_FALSE(zipFolderAndRemove(safe, zip).isError());

        SqliteQueueStore journal;
        ASSERT_TRUE(journal.open(journalPath).ok());
        QueueItemInfo landsatItem;
        landsatItem.provider = QStringLiteral("usgs");
        landsatItem.title = kLandsatScene;
        landsatItem.outputFolder = archive;
        landsatItem.state = QueueState::Done;
        for (const char *suffix : {"_SR_B4.TIF", "_SR_B5.TIF"})
            landsatItem.files << doneFile(landsatFile(suffix), QStringLiteral("sha256"), QCryptographicHash::Sha256);
        // A provider that gives md5 alone: that is what is compared.
        landsatItem.files << doneFile(landsatFile("_MTL.txt"), QStringLiteral("md5"), QCryptographicHash::Md5);
        ASSERT_TRUE(journal.insert(landsatItem).ok());
        QueueItemInfo sentinelItem = landsatItem;
        sentinelItem.provider = QStringLiteral("dataspace");
        sentinelItem.title = kSentinel2Scene;
        sentinelItem.files = {doneFile(zip, QStringLiteral("sha256"), QCryptographicHash::Sha256)};
        ASSERT_TRUE(journal.insert(sentinelItem).ok());
    }

    // Changes one byte of a file, keeping its size: only its checksum can tell.
    static void flipFirstByte(const QString &file)
    {
        QByteArray bytes = fileBytes(file);
        ASSERT_FALSE(bytes.isEmpty());
        bytes[0] = char(bytes.at(0) ^ 0x20);
        writeFile(file, bytes);
    }

    QString archive, journalPath, landsat, zip;

private:
    static QueueFileInfo doneFile(const QString &finalPath, const QString &algorithm, QCryptographicHash::Algorithm hash)
    {
        QueueFileInfo file;
        file.url = QUrl::fromLocalFile(finalPath);
        file.relativePath = QFileInfo(finalPath).fileName();
        file.finalPath = finalPath;
        file.partPath = finalPath + QStringLiteral(".part");
        file.checksums.insert(algorithm, QString::fromLatin1(QCryptographicHash::hash(fileBytes(finalPath), hash).toHex()));
        file.done = true;
        return file;
    }

    QTemporaryDir m_dir;
};

} // namespace eoc::test

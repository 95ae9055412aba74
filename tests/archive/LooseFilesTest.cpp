// Scenes whose files lie loose in one folder beside other scenes' files, as the flat download
// layout leaves them: a catalogue scene's B04.tif is grouped by the scene its download recorded in
// a real SQLite journal, a Landsat scene's band files by the scene id their names start with.
#include "core/archive/ArchiveIndex.h"
#include "core/archive/ArchiveScan.h"
#include "core/archive/DownloadRecords.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/SqliteQueueStore.h"
#include "tests/archive/ArchiveFixture.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QString kCatalogueScene = QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MUV_20250731T132745");

class LooseFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        flat = m_dir.filePath(QStringLiteral("downloads"));
        // A catalogue scene's assets, named by band alone; only its journal tells whose they are.
        for (const char *name : {"B04.tif", "B08.tif", "thumbnail.jpg"})
            ASSERT_NO_FATAL_FAILURE(writeFile(flat + QLatin1Char('/') + QLatin1String(name), QByteArray("bytes of ") + name));
        // A Landsat scene downloaded by another program: its names carry its id.
        for (const char *suffix : {"_SR_B4.TIF", "_SR_B5.TIF", "_MTL.txt"})
            ASSERT_NO_FATAL_FAILURE(writeFile(flat + QLatin1Char('/') + kLandsatScene + QLatin1String(suffix), suffix));
        // Neither a product's file nor a finished one.
        ASSERT_NO_FATAL_FAILURE(writeFile(flat + QStringLiteral("/notes.txt"), "mine"));
        ASSERT_NO_FATAL_FAILURE(writeFile(flat + QLatin1Char('/') + kLandsatScene + QStringLiteral("_SR_B6.TIF.part"), "half"));
    }

    // The journal a program built on the library keeps in the download folder, recording the
    // catalogue scene's three files as downloaded and verified.
    void recordCatalogueScene(const QString &journalPath)
    {
        SqliteQueueStore journal;
        ASSERT_TRUE(journal.open(journalPath).ok());
        QueueItemInfo item;
        item.provider = QStringLiteral("stac");
        item.title = QStringLiteral("S2B_24MUV_20250731_0_L2A");
        item.scene.sceneId = kCatalogueScene;
        item.outputFolder = flat;
        item.state = QueueState::Done;
        for (const char *name : {"B04.tif", "B08.tif", "thumbnail.jpg"}) {
            QueueFileInfo file;
            file.finalPath = flat + QLatin1Char('/') + QLatin1String(name);
            file.relativePath = QLatin1String(name);
            file.partPath = file.finalPath + QStringLiteral(".part");
            file.url = QUrl(QStringLiteral("https://example.invalid/") + QLatin1String(name));
            file.checksums.insert(QStringLiteral("sha256"),
                                  QString::fromLatin1(QCryptographicHash::hash(fileBytes(file.finalPath), QCryptographicHash::Sha256).toHex()));
            file.done = true;
            item.files << file;
        }
        ASSERT_TRUE(journal.insert(item).ok());
    }

    QHash<QString, LocalProduct> scan(const DownloadRecords *records)
    {
        ArchiveScanOptions options;
        options.checkBands = false;   // the files are no rasters; the grouping is the subject
        options.records = records;
        const auto products = scanArchive(flat, options);
        EXPECT_TRUE(products.ok()) << (products.ok() ? "" : products.error().message.toStdString());
        QHash<QString, LocalProduct> byId;
        for (const LocalProduct &p : products.value())
            byId.insert(p.scene.id, p);
        return byId;
    }

    QString folderJournal() const { return flat + QLatin1Char('/') + DownloadQueue::folderJournalName(); }

    QString flat;

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(LooseFiles, EachSceneInAFlatFolderIsOneProductWithItsOwnBands)
{
    ASSERT_NO_FATAL_FAILURE(recordCatalogueScene(folderJournal()));
    const auto records = DownloadRecords::readFor(flat, QStringLiteral("/nonexistent/queue.sqlite"));
    ASSERT_TRUE(records.ok()) << records.error().message.toStdString();

    const auto products = scan(&records.value());
    ASSERT_EQ(products.size(), 2) << QStringList(products.keys()).join(u' ').toStdString();

    const LocalProduct catalogue = products.value(kCatalogueScene);
    EXPECT_TRUE(catalogue.loose);
    EXPECT_EQ(catalogue.path, flat + QLatin1Char('/') + kCatalogueScene);
    EXPECT_EQ(catalogue.bands.keys(), (QStringList{QStringLiteral("B04"), QStringLiteral("B08")}));
    EXPECT_EQ(catalogue.bands.value(QStringLiteral("B04")), flat + QStringLiteral("/B04.tif"));
    EXPECT_EQ(catalogue.files.size(), 3);
    EXPECT_EQ(catalogue.checksumsVerified, 3);
    EXPECT_TRUE(catalogue.problems.isEmpty()) << catalogue.problems.join(u'\n').toStdString();
    EXPECT_EQ(catalogue.folder(), flat);

    const LocalProduct landsat = products.value(kLandsatScene);
    EXPECT_TRUE(landsat.loose);
    EXPECT_EQ(landsat.bands.keys(), (QStringList{QStringLiteral("SR_B4"), QStringLiteral("SR_B5")}));
    // The .part file and notes.txt belong to no product.
    EXPECT_EQ(landsat.files.size(), 3) << landsat.files.join(u' ').toStdString();
    EXPECT_FALSE(landsat.files.join(u' ').contains(QLatin1String(".part")));
}

TEST_F(LooseFiles, WithoutTheJournalFilesNamedByBandAloneAreNoProduct)
{
    const auto products = scan(nullptr);
    ASSERT_EQ(products.size(), 1);
    EXPECT_TRUE(products.contains(kLandsatScene));
}

TEST_F(LooseFiles, AChangedLooseFileIsNamedAsItsProductsProblem)
{
    ASSERT_NO_FATAL_FAILURE(recordCatalogueScene(folderJournal()));
    ArchiveFixture::flipFirstByte(flat + QStringLiteral("/B08.tif"));
    const auto records = DownloadRecords::readFor(flat, QStringLiteral("/nonexistent/queue.sqlite"));
    ASSERT_TRUE(records.ok());

    const LocalProduct catalogue = scan(&records.value()).value(kCatalogueScene);
    ASSERT_EQ(catalogue.problems.size(), 1) << catalogue.problems.join(u'\n').toStdString();
    EXPECT_EQ(catalogue.problems.first(),
              QStringLiteral("the checksum of B08.tif no longer matches the sha256 recorded when it was downloaded"));
    EXPECT_EQ(catalogue.checksumsVerified, 2);
}

TEST_F(LooseFiles, TheProgramsJournalGroupsTooAndTheProductIsReadBackByItsPath)
{
    // The desktop program's journal lives elsewhere; readFor takes it as well.
    const QString programJournal = flat + QStringLiteral("/../data/queue.sqlite");
    ASSERT_NO_FATAL_FAILURE(recordCatalogueScene(programJournal));
    const auto records = DownloadRecords::readFor(flat, programJournal);
    ASSERT_TRUE(records.ok());

    const QString path = flat + QLatin1Char('/') + kCatalogueScene;
    const auto reread = readLocalProduct(path, &records.value());
    ASSERT_TRUE(reread.ok()) << reread.error().message.toStdString();
    EXPECT_EQ(reread->bands.keys(), (QStringList{QStringLiteral("B04"), QStringLiteral("B08")}));
    EXPECT_EQ(reread->assets.value(QStringLiteral("thumbnail")), flat + QStringLiteral("/thumbnail.jpg"));

    // Without the records nothing says which files are that scene's.
    const auto unknown = readLocalProduct(path);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().errorClass, ErrorClass::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(kCatalogueScene)) << unknown.error().message.toStdString();
}

TEST_F(LooseFiles, TheIndexKeepsLooseProductsApart)
{
    ASSERT_NO_FATAL_FAILURE(recordCatalogueScene(folderJournal()));
    const auto records = DownloadRecords::readFor(flat, QStringLiteral("/nonexistent/queue.sqlite"));
    ASSERT_TRUE(records.ok());
    const auto products = scan(&records.value());
    const LocalProduct original = products.value(kCatalogueScene);

    const auto back = localProductFromJson(original.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back->loose);
    EXPECT_EQ(back->files, original.files);
    EXPECT_EQ(back->path, original.path);
    EXPECT_NE(back->path, products.value(kLandsatScene).path);
}

TEST_F(LooseFiles, AScanAskedToStopEndsCancelledRatherThanWithAPartialList)
{
    ArchiveScanOptions options;
    options.checkBands = false;
    int products = 0;
    options.onProduct = [&products](const LocalProduct &) { ++products; };
    options.cancelled = [&products] { return products >= 1; };
    ASSERT_NO_FATAL_FAILURE(writeFile(flat + QStringLiteral("/more/") + kLandsatScene + QStringLiteral("_SR_B4.TIF"), "b4"));
    const auto scanned = scanArchive(flat, options);
    ASSERT_FALSE(scanned.ok());
    EXPECT_EQ(scanned.error().errorClass, ErrorClass::Cancelled);
    EXPECT_EQ(products, 1) << "nothing is read once stopped";
    EXPECT_EQ(scanned.error().message, QStringLiteral("The scan of %1 was stopped after 1 product(s)").arg(flat));
}

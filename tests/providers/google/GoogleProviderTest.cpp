// The google provider against a local Google Cloud Storage look-alike (see GcsBucketServer.h for
// why it is built from the documentation): listing folders page by page, reading dates, orbit and
// baseline from the SAFE names, and planning a SAFE folder's download object by object.
#include "core/download/hash/Crc32c.h"
#include "core/download/hash/Digest.h"
#include "core/gcs/GcsListing.h"
#include "tests/providers/google/GoogleBucket.h"
#include "tests/providers/usgs/PluginProviderHarness.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;
using namespace eoc::test::google;

namespace {

struct GoogleProvider : ::testing::Test {
    GcsBucketServer bucket;
    LoadedProvider google{QStringLiteral("google"), Credentials{}};

    void SetUp() override
    {
        fillBucket(bucket);
        google.set(QStringLiteral("google.url"), bucket.base().toString());
    }

    SearchQuery january(const QString &collection, const QStringList &tiles) const
    {
        SearchQuery q;
        q.provider = QStringLiteral("google");
        q.collection = collection;
        q.tiles = tiles;
        q.start = QDate(2024, 1, 1);
        q.end = QDate(2024, 1, 31);
        return q;
    }

    static QStringList ids(const SearchOutcome &out)
    {
        QStringList list;
        for (const auto &r : out.results)
            list << r.sceneId;
        list.sort();
        return list;
    }
};

} // namespace

TEST(GcsListing, ReadsAPageWithItsDigestsInHex)
{
    const QByteArray page = R"({"kind":"storage#objects","nextPageToken":"CgR0aWxl",
        "prefixes":["tiles/23/L/KC/A.SAFE/"],
        "items":[{"name":"tiles/23/L/KC/A.SAFE/manifest.safe","size":"12345","md5Hash":"1B2M2Y8AsgTpgAmY7PhCfg==",
                  "crc32c":"AAAAAA==","updated":"2024-01-05T16:40:11.123Z"}]})";
    auto parsed = gcs::parseListPage(page, QStringLiteral("gs://b/tiles/"));
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->nextPageToken, QStringLiteral("CgR0aWxl"));
    EXPECT_EQ(parsed->prefixes, QStringList{QStringLiteral("tiles/23/L/KC/A.SAFE/")});
    ASSERT_EQ(parsed->objects.size(), 1);
    EXPECT_EQ(parsed->objects.first().size, 12345);
    // The MD5 of nothing, as Google writes it in base64.
    EXPECT_EQ(parsed->objects.first().checksums.value(QStringLiteral("md5")), QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"));
    EXPECT_EQ(parsed->objects.first().checksums.value(QStringLiteral("crc32c")), QStringLiteral("00000000"));
}

TEST(GcsListing, AnErrorAnswerOrGarbageIsAnErrorNamingTheListing)
{
    auto error = gcs::parseListPage(R"({"error":{"code":404,"message":"The specified bucket does not exist."}})", QStringLiteral("gs://nope/"));
    ASSERT_FALSE(error);
    EXPECT_TRUE(error.error().message.contains(QStringLiteral("The specified bucket does not exist. (404)"))) << error.error().message.toStdString();
    EXPECT_TRUE(error.error().message.contains(QStringLiteral("gs://nope/")));
    auto garbage = gcs::parseListPage("<html>maintenance</html>", QStringLiteral("gs://b/"));
    ASSERT_FALSE(garbage);
    EXPECT_EQ(garbage.error().errorClass, ErrorClass::Protocol);
    EXPECT_FALSE(gcs::parseListPage(R"({"items":{"name":"x"}})", QStringLiteral("gs://b/")));
}

TEST(GcsListing, ObjectUrlsEscapeWhatAPathMust)
{
    const QUrl url = gcs::objectUrl(QUrl(QStringLiteral("https://storage.googleapis.com")), QStringLiteral("b"),
                                    QStringLiteral("tiles/A B/x#1.jp2"));
    EXPECT_EQ(url.toString(QUrl::FullyEncoded), QStringLiteral("https://storage.googleapis.com/b/tiles/A%20B/x%231.jp2"));
}

TEST(Crc32c, MatchesTheCheckValueOfTheCastagnoliPolynomial)
{
    // The standard check value: CRC-32C of "123456789" is e3069283 (RFC 3720, appendix B.4).
    Crc32c crc;
    crc.add(QByteArrayView("123456789"));
    EXPECT_EQ(crc.value(), 0xE3069283u);
    // Fed in pieces of every size the fast path and the tail take, the same value.
    const QByteArray data = QByteArray("The quick brown fox jumps over the lazy dog").repeated(37);
    Crc32c whole;
    whole.add(data);
    Crc32c pieces;
    for (int i = 0; i < data.size(); i += 13)
        pieces.add(QByteArrayView(data.constData() + i, std::min<qsizetype>(13, data.size() - i)));
    EXPECT_EQ(pieces.value(), whole.value());
    auto digest = Digest::create(QStringLiteral("CRC32C"));
    ASSERT_TRUE(digest);
    digest->add(QByteArrayView("123456789"));
    EXPECT_EQ(digest->hex(), QStringLiteral("e3069283"));
}

TEST_F(GoogleProvider, ListsTheTilesFoldersPageByPageAndKeepsTheProductsOfTheDates)
{
    const SearchOutcome out = runSearch(google.provider->search(january(QStringLiteral("S2MSI1C"), {QStringLiteral("23LKC")})));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    EXPECT_EQ(ids(out), (QStringList{kJan10, kJan05}));
    // Four products and a placeholder in the folder, two entries a page.
    EXPECT_GE(bucket.listedPrefixes().count(QStringLiteral("tiles/23/L/KC/")), 3);
    for (const auto &r : out.results) {
        EXPECT_EQ(r.tile, QStringLiteral("23LKC"));
        EXPECT_EQ(r.collection, QStringLiteral("S2MSI1C"));
        EXPECT_EQ(r.attributes.value(QStringLiteral("relative_orbit")).toInt(), 138);
        EXPECT_EQ(r.attributes.value(QStringLiteral("baseline")).toString(), QStringLiteral("N0510"));
        EXPECT_EQ(r.remoteId, QStringLiteral("tiles/23/L/KC/") + r.sceneId + QStringLiteral(".SAFE/"));
        EXPECT_FALSE(r.footprint.isEmpty());
    }
    const auto jan05 = std::find_if(out.results.begin(), out.results.end(), [](const SceneResult &r) { return r.sceneId == kJan05; });
    ASSERT_NE(jan05, out.results.end());
    EXPECT_EQ(jan05->start, QDateTime(QDate(2024, 1, 5), QTime(13, 12, 39), Qt::UTC));
    EXPECT_EQ(jan05->attributes.value(QStringLiteral("platform")).toString(), QStringLiteral("sentinel-2b"));
}

TEST_F(GoogleProvider, PlatformAndOrbitFiltersAreAppliedToTheNames)
{
    SearchQuery q = january(QStringLiteral("S2MSI1C"), {QStringLiteral("23LKC")});
    q.platform = QStringLiteral("sentinel-2a");
    EXPECT_EQ(ids(runSearch(google.provider->search(q))), QStringList{kJan10});
    q.platform.clear();
    q.relativeOrbit = 65;
    EXPECT_TRUE(ids(runSearch(google.provider->search(q))).isEmpty());
}

TEST_F(GoogleProvider, LevelTwoAComesFromTheL2Folders)
{
    const SearchOutcome out = runSearch(google.provider->search(january(QStringLiteral("S2MSI2A"), {QStringLiteral("T23LKC")})));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    EXPECT_EQ(ids(out), QStringList{kL2A});
    EXPECT_TRUE(bucket.listedPrefixes().contains(QStringLiteral("L2/tiles/23/L/KC/")));
}

TEST_F(GoogleProvider, TheLongNamesOf2016AreReadToo)
{
    SearchQuery q = january(QStringLiteral("Sentinel-2"), {QStringLiteral("23LKC")});
    q.start = QDate(2016, 1, 1);
    q.end = QDate(2016, 1, 31);
    const SearchOutcome out = runSearch(google.provider->search(q));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    ASSERT_EQ(ids(out), QStringList{kOld2016});
    EXPECT_EQ(out.results.first().start, QDateTime(QDate(2016, 1, 10), QTime(13, 12, 39), Qt::UTC));
    EXPECT_EQ(out.results.first().tile, QStringLiteral("23LKC"));
}

TEST_F(GoogleProvider, ZonesBelowTenAreWrittenWithTwoDigits)
{
    const SearchOutcome out = runSearch(google.provider->search(january(QStringLiteral("S2MSI1C"), {QStringLiteral("5QKB")})));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    EXPECT_EQ(ids(out), QStringList{kHawaii});
    EXPECT_TRUE(bucket.listedPrefixes().contains(QStringLiteral("tiles/05/Q/KB/")));
    EXPECT_FALSE(bucket.listedPrefixes().contains(QStringLiteral("tiles/5/Q/KB/")));
}

TEST_F(GoogleProvider, LandsatIsListedByPathAndRow)
{
    SearchQuery q = january(QStringLiteral("LANDSAT_8"), {QStringLiteral("221071")});
    q.start = QDate(2020, 1, 1);
    const SearchOutcome out = runSearch(google.provider->search(q));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    EXPECT_EQ(ids(out), QStringList{kLandsat});
    EXPECT_TRUE(bucket.listedPrefixes().contains(QStringLiteral("LC08/01/221/071/")));
    EXPECT_EQ(out.results.first().tile, QStringLiteral("221071"));
}

TEST_F(GoogleProvider, NoRegionAndNoTilesIsRefusedBeforeAnyRequest)
{
    SearchQuery q = january(QStringLiteral("S2MSI1C"), {});
    const SearchOutcome out = runSearch(google.provider->search(q));
    ASSERT_TRUE(out.error);
    EXPECT_EQ(out.error->errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(out.error->message.contains(QStringLiteral("tile by tile"))) << out.error->message.toStdString();
    q.tiles = {QStringLiteral("23LKCX")};
    const SearchOutcome bad = runSearch(google.provider->search(q));
    ASSERT_TRUE(bad.error);
    EXPECT_TRUE(bad.error->message.contains(QStringLiteral("'23LKCX' is not a Sentinel-2 tile"))) << bad.error->message.toStdString();
    EXPECT_EQ(bucket.http().requestCount(), 0);
}

TEST_F(GoogleProvider, ACloudFilterIsSaidToBeIgnored)
{
    SearchQuery q = january(QStringLiteral("S2MSI1C"), {QStringLiteral("23LKC")});
    q.cloudMax = 20;
    const SearchOutcome out = runSearch(google.provider->search(q));
    ASSERT_FALSE(out.error);
    ASSERT_EQ(out.warnings.size(), 1);
    EXPECT_TRUE(out.warnings.first().contains(QStringLiteral("no cloud cover")));
}

TEST_F(GoogleProvider, AMissingBucketNamesTheListing)
{
    google.set(QStringLiteral("google.url"), bucket.base().toString() + QStringLiteral("/elsewhere"));
    const SearchOutcome out = runSearch(google.provider->search(january(QStringLiteral("S2MSI1C"), {QStringLiteral("23LKC")})));
    ASSERT_TRUE(out.error);
    EXPECT_EQ(out.error->errorClass, ErrorClass::NotFound) << out.error->message.toStdString();
    EXPECT_TRUE(out.error->message.contains(QStringLiteral("gs://gcp-public-data-sentinel-2/tiles/23/L/KC/"))) << out.error->message.toStdString();
}

TEST_F(GoogleProvider, AServiceHandingBackTheSameTokenIsNotListedForever)
{
    bucket.setLoopingToken(QStringLiteral("CgRzYW1l"));
    const SearchOutcome out = runSearch(google.provider->search(january(QStringLiteral("S2MSI1C"), {QStringLiteral("23LKC")})));
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    // The first page, then the page the token names once; the token coming back again ends it.
    EXPECT_EQ(bucket.listedPrefixes().size(), 2);
    ASSERT_EQ(out.warnings.size(), 1);
    EXPECT_TRUE(out.warnings.first().contains(QStringLiteral("kept handing out pages"))) << out.warnings.first().toStdString();
    EXPECT_TRUE(out.warnings.first().contains(QStringLiteral("gs://gcp-public-data-sentinel-2/tiles/23/L/KC/")));
}

TEST_F(GoogleProvider, ThePlanIsEveryObjectOfTheSafeFolderWithItsChecksums)
{
    const SearchOutcome found = runSearch(google.provider->lookup(QStringLiteral("S2MSI1C"), kJan05));
    ASSERT_FALSE(found.error) << found.error->message.toStdString();
    ASSERT_EQ(found.results.size(), 1);
    const PlanOutcome planned = runPlan(google.provider->resolve(found.results.first()));
    ASSERT_TRUE(planned.plan) << planned.error->message.toStdString();
    QStringList paths;
    for (const DownloadFile &f : planned.plan->files) {
        paths << f.relativePath;
        const QString object = QStringLiteral("tiles/23/L/KC/") + f.relativePath;
        const QByteArray data = contentOf(object);
        EXPECT_EQ(f.size, data.size());
        EXPECT_EQ(f.checksums.value(QStringLiteral("md5")), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
        Crc32c crc;
        crc.add(data);
        EXPECT_EQ(f.checksums.value(QStringLiteral("crc32c")), QStringLiteral("%1").arg(crc.value(), 8, 16, QLatin1Char('0')));
        EXPECT_EQ(f.url.path(), QStringLiteral("/gcp-public-data-sentinel-2/") + object);
    }
    paths.sort();
    QStringList expected;
    for (const QString &file : safeFiles(kJan05))
        expected << kJan05 + QStringLiteral(".SAFE/") + file;
    expected.sort();
    EXPECT_EQ(paths, expected) << "every file, the placeholder left out, the SAFE layout kept";
    EXPECT_TRUE(planned.plan->packFolder.isEmpty());

    google.set(QStringLiteral("google.zip_safe"), QStringLiteral("true"));
    const PlanOutcome zipped = runPlan(google.provider->resolve(found.results.first()));
    ASSERT_TRUE(zipped.plan);
    EXPECT_EQ(zipped.plan->packFolder, kJan05 + QStringLiteral(".SAFE"));
}

// Any CMR collection is searchable: SHORTNAME, SHORTNAME.VERSION, a short name that has a dot of
// its own (SWOT_L2_HR_RiverSP_reach_2.0) and concept ids.

#include "tests/providers/earthdata/CmrReplay.h"
#include "tests/providers/usgs/PluginProviderHarness.h"

#include "providers/earthdata/EarthdataCollections.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QString kSwot = QStringLiteral("SWOT_L2_HR_RiverSP_reach_2.0");

bool isCollectionSearch(const RecordedRequest &request)
{
    return request.url().path().endsWith(QLatin1String("/collections.json"));
}

// The recorded SWOT collection record for the collection search; the recorded granule pages for
// the granule search (no SWOT granule page was recorded, see tests/data/earthdata/PROVENANCE.md).
struct CmrReplay {
    LocalHttpServer cmr;
    LoadedProvider loaded{QStringLiteral("earthdata"), Credentials{}};
    QByteArray collectionAnswer = readTestData(kCmrSwotCollection);
    CmrReplay()
    {
        loaded.set(QStringLiteral("earthdata.cmr_url"), cmr.url(QStringLiteral("/search")).toString());
        loaded.set(QStringLiteral("earthdata.page_size"), QStringLiteral("2"));
        cmr.setHandler([this](const RecordedRequest &request) {
            if (isCollectionSearch(request))
                return CannedResponse::json(collectionAnswer);
            if (request.header("CMR-Search-After").isEmpty())
                return recordedCmr(kCmrPage1);
            return recordedCmr(kCmrPage2);
        });
    }
    QList<QUrlQuery> granuleQueries() const
    {
        QList<QUrlQuery> out;
        const auto all = cmr.requests();
        for (const auto &r : all) {
            if (!isCollectionSearch(r))
                out.append(QUrlQuery(r.url()));
        }
        return out;
    }
};

SearchQuery queryFor(const QString &collection)
{
    SearchQuery q;
    q.collection = collection;
    q.start = QDate(2024, 1, 1);
    q.end = QDate(2024, 1, 31);
    q.limit = 4;
    return q;
}

} // namespace

TEST(CmrOpenCollections, DottedShortNameIsResolvedThroughTheCollectionSearch)
{
    CmrReplay replay;
    const auto outcome = runSearch(replay.loaded.provider->search(queryFor(kSwot)));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    const auto requests = replay.cmr.requests();
    ASSERT_GE(requests.size(), 2);
    ASSERT_TRUE(isCollectionSearch(requests.first()));
    EXPECT_EQ(QUrlQuery(requests.first().url()).queryItemValue(QStringLiteral("short_name")), kSwot);
    // The recorded record's concept id, not short_name=SWOT_L2_HR_RiverSP_reach_2 with version 0.
    const auto granules = replay.granuleQueries();
    ASSERT_EQ(granules.size(), 2);
    EXPECT_EQ(granules.first().queryItemValue(QStringLiteral("collection_concept_id")), QStringLiteral("C2799438303-POCLOUD"));
    EXPECT_FALSE(granules.first().hasQueryItem(QStringLiteral("short_name")));
    EXPECT_FALSE(granules.first().hasQueryItem(QStringLiteral("version")));
    ASSERT_EQ(outcome.results.size(), 4);
    EXPECT_EQ(outcome.results.first().collection, kSwot);
}

TEST(CmrOpenCollections, UnknownWholeNameFallsBackToShortNameAndVersion)
{
    CmrReplay replay;
    // An empty collection feed as CMR writes it (shape of the recorded page_size=0 answer).
    replay.collectionAnswer = R"({"feed":{"id":"x","title":"ECHO dataset metadata","entry":[]}})";
    const auto outcome = runSearch(replay.loaded.provider->search(queryFor(QStringLiteral("VNP46A2.001"))));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    const auto granules = replay.granuleQueries();
    ASSERT_FALSE(granules.isEmpty());
    EXPECT_EQ(granules.first().queryItemValue(QStringLiteral("short_name")), QStringLiteral("VNP46A2"));
    EXPECT_EQ(granules.first().queryItemValue(QStringLiteral("version")), QStringLiteral("001"));
    EXPECT_FALSE(granules.first().hasQueryItem(QStringLiteral("collection_concept_id")));
}

TEST(CmrOpenCollections, ConceptIdIsSearchedDirectly)
{
    CmrReplay replay;
    const auto outcome = runSearch(replay.loaded.provider->search(queryFor(QStringLiteral("C2799438303-POCLOUD"))));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    for (const auto &r : replay.cmr.requests())
        EXPECT_FALSE(isCollectionSearch(r));
    const auto granules = replay.granuleQueries();
    ASSERT_FALSE(granules.isEmpty());
    EXPECT_EQ(granules.first().queryItemValue(QStringLiteral("collection_concept_id")), QStringLiteral("C2799438303-POCLOUD"));
    EXPECT_FALSE(granules.first().hasQueryItem(QStringLiteral("short_name")));
    EXPECT_FALSE(granules.first().hasQueryItem(QStringLiteral("provider")));
    EXPECT_EQ(outcome.results.first().collection, QStringLiteral("C2799438303-POCLOUD"));
}

TEST(CmrOpenCollections, ProviderDeclaresItsCollectionsOpen)
{
    CmrReplay replay;
    EXPECT_TRUE(replay.loaded.provider->capabilities().openCollections);
    EXPECT_FALSE(replay.loaded.provider->findCollection(kSwot));   // not listed, still searchable
    const auto ref = earthdata::parseCollectionName(QStringLiteral("C2799438303-POCLOUD"));
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->conceptId, QStringLiteral("C2799438303-POCLOUD"));
    const auto bad = earthdata::parseCollectionName(QStringLiteral("MOD13Q1 061"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().errorClass, ErrorClass::BadInput);
}

TEST(CmrCollectionSearch, FoundCollectionsJoinTheListAndAreSearchable)
{
    CmrReplay replay;
    replay.cmr.setHandler([](const RecordedRequest &request) {
        if (request.url().path().endsWith(QLatin1String("/collections.umm_json")))
            return recordedCmr(kCmrMurCollections);
        return recordedCmr(kCmrPage1);
    });
    Provider *provider = replay.loaded.provider;
    EXPECT_TRUE(provider->capabilities().canRefreshCollections);
    const auto refreshed = runRefresh(provider->refreshCollections({{QStringLiteral("keyword"), QStringLiteral("mur sst")}}));
    ASSERT_TRUE(refreshed.collections);
    const QList<CollectionInfo> found = *refreshed.collections;
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().name, QStringLiteral("C1996881146-POCLOUD"));
    const QUrlQuery sent(replay.cmr.requests().first().url());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("keyword"), QUrl::FullyDecoded), QStringLiteral("mur sst"));

    // Found by its short name from now on, and searched by its concept id.
    const auto info = provider->findCollection(QStringLiteral("MUR-JPL-L4-GLOB-v4.1"));
    ASSERT_TRUE(info);
    EXPECT_EQ(info->name, QStringLiteral("C1996881146-POCLOUD"));
    ASSERT_FALSE(runSearch(provider->search(queryFor(info->name))).error);
    EXPECT_EQ(replay.granuleQueries().last().queryItemValue(QStringLiteral("collection_concept_id")),
              QStringLiteral("C1996881146-POCLOUD"));
}

TEST(CmrCollectionSearch, UnknownFilterIsRefusedWithTheAcceptedOnes)
{
    CmrReplay replay;
    const auto refreshed = runRefresh(replay.loaded.provider->refreshCollections({{QStringLiteral("platform"), QStringLiteral("SWOT")}}));
    const auto &error = refreshed.error;
    ASSERT_TRUE(error);
    EXPECT_EQ(error->errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(error->message.contains(QStringLiteral("platform")));
    EXPECT_TRUE(error->message.contains(QStringLiteral("keyword")));
    EXPECT_EQ(replay.cmr.requestCount(), 0);
}

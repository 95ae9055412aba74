// CMR paging faults the PageGuard ends: a CMR-Search-After token handed out again, a page full of
// one granule, pages that add nothing. The answers are the recorded MOD02QKM granules arranged as
// such faults look (built by the tests; no recording of a misbehaving CMR exists).

#include "tests/providers/earthdata/CmrReplay.h"
#include "tests/providers/usgs/PluginProviderHarness.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

QJsonArray recordedItems()
{
    return QJsonDocument::fromJson(readTestData(kCmrPage1)).object().value(QStringLiteral("items")).toArray();
}

QByteArray pageOf(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
}

struct Replay {
    LocalHttpServer cmr;
    LoadedProvider loaded{QStringLiteral("earthdata"), Credentials{}};
    QStringList warnings;
    Replay()
    {
        loaded.set(QStringLiteral("earthdata.cmr_url"), cmr.url(QStringLiteral("/search")).toString());
        // Paging of one search: its pages one after the other, not date ranges side by side.
        loaded.set(QStringLiteral("earthdata.search_connections"), QStringLiteral("1"));
    }

    SearchOutcome search()
    {
        SearchQuery q;
        q.collection = QStringLiteral("MOD02QKM");
        q.start = QDate(2000, 2, 24);
        q.end = QDate(2000, 2, 25);
        SearchJob *job = loaded.provider->search(q);
        QObject::connect(job, &SearchJob::warning, job, [this](const QString &w) { warnings << w; });
        return runSearch(job);
    }
};

} // namespace

TEST(CmrPaging, RepeatedSearchAfterTokenWithoutHitsEnds)
{
    Replay replay;
    // No CMR-Hits header, and the same token on every answer.
    replay.cmr.setHandler([](const RecordedRequest &) {
        return CannedResponse::json(pageOf(recordedItems())).withHeader("CMR-Search-After", R"(["laads",951351000000,1462754407])");
    });
    const auto outcome = replay.search();
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    EXPECT_EQ(outcome.results.size(), 2);
    // The first page, then the page for the token; the token coming back again ends the search.
    EXPECT_EQ(replay.cmr.requestCount(), 2);
    ASSERT_EQ(replay.warnings.size(), 1);
    EXPECT_TRUE(replay.warnings.first().contains(QStringLiteral("already sent"))) << replay.warnings.first().toStdString();
}

TEST(CmrPaging, HundredCopiesOfOneGranuleAreOneResult)
{
    Replay replay;
    QJsonArray copies;
    for (int i = 0; i < 100; ++i)
        copies.append(recordedItems().at(0));
    replay.cmr.setHandler([&](const RecordedRequest &) {
        return CannedResponse::json(pageOf(copies)).withHeader("CMR-Hits", "1");
    });
    const auto outcome = replay.search();
    ASSERT_FALSE(outcome.error);
    ASSERT_EQ(outcome.results.size(), 1);
    EXPECT_EQ(outcome.results.first().remoteId, QStringLiteral("G1462754234-LAADS"));
    EXPECT_EQ(replay.cmr.requestCount(), 1);
    EXPECT_TRUE(replay.warnings.isEmpty());
}

TEST(CmrPaging, PagesAddingNothingEndPagingWithAWarning)
{
    Replay replay;
    int served = 0;
    // New tokens forever, but every page repeats the first one.
    replay.cmr.setHandler([&](const RecordedRequest &) {
        ++served;
        return CannedResponse::json(pageOf(recordedItems()))
            .withHeader("CMR-Hits", "1404440")
            .withHeader("CMR-Search-After", QByteArray("[\"laads\",") + QByteArray::number(served) + "]");
    });
    const auto outcome = replay.search();
    ASSERT_FALSE(outcome.error);
    EXPECT_EQ(outcome.results.size(), 2);
    EXPECT_EQ(served, 4);   // the page with news, then three that add nothing
    ASSERT_EQ(replay.warnings.size(), 1);
    EXPECT_TRUE(replay.warnings.first().contains(QStringLiteral("without a new result"))) << replay.warnings.first().toStdString();
}

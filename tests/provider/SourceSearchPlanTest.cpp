// How `--provider a,b` and `all` become one search per source with the source's own collection
// name, against the real provider plug-ins.
#include "core/provider/SourceSearchPlan.h"

#include "core/download/queue/SqliteQueueStore.h"
#include "core/download/queue/SourceFacts.h"

#include "core/provider/CanonicalCollections.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

struct SourceSearchPlanTest : ::testing::Test {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ProviderRegistry registry;
    ProviderContext context;

    void SetUp() override
    {
        registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
        ASSERT_TRUE(registry.contains(QStringLiteral("dataspace")) && registry.contains(QStringLiteral("stac")))
            << "build the provider plug-ins first";
        context.settings = &settings;
    }

    Result<SourceSearchPlan> plan(const QString &providers, const QString &collection)
    {
        SearchQuery q;
        q.collection = collection;
        return planSourceSearches(providers, q, registry, context, &settings);
    }
};

} // namespace

TEST_F(SourceSearchPlanTest, AllMeansEverySourceThatCarriesTheCollectionAndCanSearch)
{
    const auto p = plan(QStringLiteral("all"), QStringLiteral("sentinel-2-l2a"));
    ASSERT_TRUE(p) << p.error().message.toStdString();
    QStringList planned;
    for (const auto &s : p->searches) {
        planned << s.source.text();
        const auto at = collectionAtSource(*findCanonicalCollection(QStringLiteral("sentinel-2-l2a")), s.source.text());
        ASSERT_TRUE(at);
        EXPECT_EQ(s.query.collection, at->collection) << s.source.text().toStdString();
        EXPECT_EQ(s.query.provider, s.source.provider);
        if (!s.source.preset.isEmpty()) {
            EXPECT_EQ(s.query.extra.value(QStringLiteral("catalog")).toString(), s.source.preset);
        }
    }
    EXPECT_EQ(planned.first(), QStringLiteral("dataspace"));
    EXPECT_TRUE(planned.contains(QStringLiteral("stac:earth-search")));
    EXPECT_TRUE(planned.contains(QStringLiteral("google")));
    // ONDA is closed: left out with a note, not searched.
    EXPECT_FALSE(planned.contains(QStringLiteral("onda")));
    EXPECT_TRUE(std::any_of(p->skipped.begin(), p->skipped.end(), [](const QString &s) { return s.startsWith(QLatin1String("onda")); }))
        << p->skipped.join(u'|').toStdString();
    EXPECT_EQ(p->sourceOrder(), planned);
}

TEST_F(SourceSearchPlanTest, AListKeepsItsOrderDropsRepeatsAndTranslatesOnlySharedNames)
{
    const auto p = plan(QStringLiteral(" stac:planetary-computer , dataspace,stac:planetary-computer"),
                        QStringLiteral("sentinel-1-grd"));
    ASSERT_TRUE(p) << p.error().message.toStdString();
    ASSERT_EQ(p->searches.size(), 2);
    EXPECT_EQ(p->searches[0].source.text(), QStringLiteral("stac:planetary-computer"));
    EXPECT_EQ(p->searches[0].query.collection, QStringLiteral("sentinel-1-grd"));
    EXPECT_EQ(p->searches[1].query.collection, QStringLiteral("GRD"));

    // Not a shared name: each provider gets it as it is, checked against a fixed list.
    const auto own = plan(QStringLiteral("dataspace,creodias"), QStringLiteral("SENTINEL-3"));
    ASSERT_TRUE(own) << own.error().message.toStdString();
    EXPECT_EQ(own->searches[1].query.collection, QStringLiteral("SENTINEL-3"));
    const auto unknown = plan(QStringLiteral("dataspace,creodias"), QStringLiteral("NOT-A-COLLECTION"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("NOT-A-COLLECTION")));

    const auto badName = plan(QStringLiteral("dataspace,:earth-search"), QStringLiteral("sentinel-2-l2a"));
    ASSERT_FALSE(badName);
    EXPECT_EQ(badName.error().errorClass, ErrorClass::BadInput);
    const auto nobody = plan(QStringLiteral("nobody"), QStringLiteral("sentinel-2-l2a"));
    ASSERT_FALSE(nobody);
    EXPECT_TRUE(nobody.error().message.contains(QStringLiteral("nobody")));
}

TEST_F(SourceSearchPlanTest, ThePoliciesLearnAccountsFromTheProvidersAndSpeedsFromTheJournal)
{
    const QString journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
    {
        SqliteQueueStore journal;
        ASSERT_TRUE(journal.open(journalPath).ok());
        ASSERT_TRUE(journal.addSourceSpeed(QStringLiteral("google"), 8'000'000, 1'000).ok());
        ASSERT_TRUE(journal.addSourceSpeed(QStringLiteral("google"), 2'000'000, 1'000).ok());
        ASSERT_TRUE(journal.addSourceSpeed(QStringLiteral("stac:earth-search"), 1'000'000, 2'000).ok());
    }
    const SourceFacts facts = sourceFacts(registry, context, &settings, journalPath);
    EXPECT_DOUBLE_EQ(facts.bytesPerSecond.value(QStringLiteral("google")), 5'000'000.0) << "summed over transfers";
    EXPECT_DOUBLE_EQ(facts.bytesPerSecond.value(QStringLiteral("stac:earth-search")), 500'000.0);
    ASSERT_TRUE(facts.needsAccount);
    EXPECT_TRUE(facts.needsAccount(QStringLiteral("dataspace")));
    EXPECT_FALSE(facts.needsAccount(QStringLiteral("google")));

    // Without a journal nothing was measured, and none is created by asking.
    const QString none = dir.filePath(QStringLiteral("none.sqlite"));
    EXPECT_TRUE(sourceFacts(registry, context, &settings, none).bytesPerSecond.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(none));
}

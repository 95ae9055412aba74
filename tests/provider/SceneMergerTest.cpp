// When results of different sources are the same scene, and what a merged row looks like:
// scene identity per family (renamed copies merge, reprocessings and other levels do not), the
// merger's rows and their copies' order under each source policy, and the multi-source search
// job's rows, changes and failures.
#include "core/model/SceneIdentity.h"
#include "core/provider/MultiSearchJob.h"
#include "core/provider/SceneMerger.h"
#include "core/provider/SourcePolicy.h"

#include <QPointer>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

SceneResult copy(const QString &sceneId, const QString &provider, const QString &source = {}, bool online = true)
{
    SceneResult r;
    r.sceneId = sceneId;
    r.provider = provider;
    r.source = source;
    r.remoteId = provider + QLatin1Char('/') + sceneId;
    r.online = online;
    return r;
}

bool same(const QString &a, const QString &b)
{
    return sameScene(sceneIdentity(copy(a, QStringLiteral("x"))), sceneIdentity(copy(b, QStringLiteral("y"))));
}

} // namespace

TEST(SceneIdentity, Sentinel2CopiesMergeAcrossDiscriminatorsButNotAcrossBaselinesLevelsOrTiles)
{
    const QString product = QStringLiteral("S2A_MSIL1C_20200815T005251_N0209_R002_T55PDR_20200815T022115");
    // A mirror's copy with another product discriminator (re-zipped, re-published).
    EXPECT_TRUE(same(product, QStringLiteral("S2A_MSIL1C_20200815T005251_N0209_R002_T55PDR_20200815T030000")));
    // The 2023 reprocessing of the same datatake (baseline 05.00) is another product.
    EXPECT_FALSE(same(product, QStringLiteral("S2A_MSIL1C_20200815T005251_N0500_R002_T55PDR_20230420T101112")));
    EXPECT_FALSE(same(product, QStringLiteral("S2A_MSIL2A_20200815T005251_N0209_R002_T55PDR_20200815T022115")));
    EXPECT_FALSE(same(product, QStringLiteral("S2A_MSIL1C_20200815T005251_N0209_R002_T55PDQ_20200815T022115")));
    EXPECT_FALSE(same(product, QStringLiteral("S2B_MSIL1C_20200815T005251_N0209_R002_T55PDR_20200815T022115")));
}

TEST(SceneIdentity, LandsatShortIdsMatchTheFullProductOfTheSameDayButNotAnotherProcessing)
{
    const QString full = QStringLiteral("LC08_L2SP_198025_20180131_20200902_02_T2");
    // Earth Search and Planetary Computer name items without the processing date.
    EXPECT_TRUE(same(full, QStringLiteral("LC08_L2SP_198025_20180131_02_T2")));
    EXPECT_FALSE(same(full, QStringLiteral("LC08_L2SP_198025_20180131_20210101_02_T2")));
    EXPECT_FALSE(same(full, QStringLiteral("LC08_L2SP_198025_20180131_20200902_02_T1")));
    EXPECT_FALSE(same(full, QStringLiteral("LC08_L2SR_198025_20180131_20200902_02_T2")));
    EXPECT_FALSE(same(full, QStringLiteral("LC08_L2SP_198024_20180131_20200902_02_T2")));
}

TEST(SceneIdentity, Sentinel1SlicesOfOneDatatakeStayApartAndTheUniqueIdIsOptional)
{
    const QString slice = QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E_1A2B");
    EXPECT_TRUE(same(slice, QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E")));
    EXPECT_FALSE(same(slice, QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E_FFFF")));
    EXPECT_FALSE(same(slice, QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135637_20250731T135702_060328_077F7E")));
}

TEST(SceneIdentity, ModisGranulesAndUnknownNames)
{
    // CMR and Planetary Computer both name MODIS granules in full.
    EXPECT_TRUE(same(QStringLiteral("MOD13Q1.A2024001.h13v10.061.2024018012345"),
                     QStringLiteral("MOD13Q1.A2024001.h13v10.061.2024018012345.hdf")));
    EXPECT_FALSE(same(QStringLiteral("MOD13Q1.A2024001.h13v10.061.2024018012345"),
                      QStringLiteral("MOD13Q1.A2024001.h13v10.061.2024020000000")));
    EXPECT_FALSE(same(QStringLiteral("MOD13Q1.A2024001.h13v10.061.2024018012345"),
                      QStringLiteral("MOD13Q1.A2024001.h13v11.061.2024018012345")));
    // Names no parser knows match only themselves.
    EXPECT_TRUE(same(QStringLiteral("naip_m_3008601_ne_16_060_20191115"), QStringLiteral("NAIP_M_3008601_NE_16_060_20191115")));
    EXPECT_FALSE(same(QStringLiteral("naip_m_3008601_ne_16_060_20191115"), QStringLiteral("naip_m_3008601_ne_16_060_20191116")));
}

TEST(SceneMerger, RowsKeepArrivalOrderAndCopiesTheUsersSourceOrder)
{
    const QString a = QStringLiteral("S2B_MSIL2A_20250731T131909_N0511_R095_T20EPT_20250731T143919");
    const QString b = QStringLiteral("S2B_MSIL1C_20250731T131909_N0511_R095_T20EPT_20250731T143530");
    SceneMerger merger({QStringLiteral("dataspace"), QStringLiteral("stac:earth-search")}, SourcePolicy::UserOrder, {});
    // The second source answers first.
    auto first = merger.add(copy(a, QStringLiteral("stac"), QStringLiteral("stac:earth-search")));
    EXPECT_TRUE(first.added);
    auto second = merger.add(copy(b, QStringLiteral("stac"), QStringLiteral("stac:earth-search")));
    EXPECT_EQ(second.row, 1);
    auto merged = merger.add(copy(a, QStringLiteral("dataspace")));
    EXPECT_FALSE(merged.added);
    EXPECT_TRUE(merged.changed);
    EXPECT_EQ(merged.row, 0);
    ASSERT_EQ(merger.rows().size(), 2);
    const SceneResult &row = merger.rows().at(0);
    EXPECT_EQ(row.sources(), (QStringList{QStringLiteral("dataspace"), QStringLiteral("stac:earth-search")}));
    EXPECT_EQ(row.provider, QStringLiteral("dataspace")) << "the first source named leads";
    // The same copy again (a page read twice) changes nothing.
    auto again = merger.add(copy(a, QStringLiteral("dataspace")));
    EXPECT_FALSE(again.changed);
    EXPECT_EQ(merger.rows().at(0).otherSources.size(), 1u);
}

TEST(SceneMerger, PoliciesPutOnlineAccountFreeOrFastestCopiesFirst)
{
    const QString id = QStringLiteral("S2B_MSIL2A_20250731T131909_N0511_R095_T20EPT_20250731T143919");
    const QStringList order{QStringLiteral("dataspace"), QStringLiteral("stac:earth-search"), QStringLiteral("google")};
    SourceFacts facts;
    facts.needsAccount = [](const QString &provider) { return provider == QLatin1String("dataspace"); };
    facts.bytesPerSecond.insert(QStringLiteral("google"), 9e6);
    facts.bytesPerSecond.insert(QStringLiteral("stac:earth-search"), 3e6);

    auto lead = [&](SourcePolicy policy) {
        SceneMerger merger(order, policy, facts);
        merger.add(copy(id, QStringLiteral("dataspace"), {}, false));
        merger.add(copy(id, QStringLiteral("stac"), QStringLiteral("stac:earth-search")));
        merger.add(copy(id, QStringLiteral("google")));
        return merger.rows().at(0).sources();
    };
    EXPECT_EQ(lead(SourcePolicy::UserOrder), order);
    EXPECT_EQ(lead(SourcePolicy::NoAccountFirst),
              (QStringList{QStringLiteral("stac:earth-search"), QStringLiteral("google"), QStringLiteral("dataspace")}));
    EXPECT_EQ(lead(SourcePolicy::OnlineFirst),
              (QStringList{QStringLiteral("stac:earth-search"), QStringLiteral("google"), QStringLiteral("dataspace")}));
    EXPECT_EQ(lead(SourcePolicy::Fastest),
              (QStringList{QStringLiteral("google"), QStringLiteral("stac:earth-search"), QStringLiteral("dataspace")}));
}

TEST(SourcePolicy, NamesRoundTripAndAPickedSourceLeads)
{
    for (const QString &name : sourcePolicyNames())
        EXPECT_EQ(sourcePolicyName(*sourcePolicyFromName(name)), name);
    EXPECT_FALSE(sourcePolicyFromName(QStringLiteral("cheapest")));

    const QString id = QStringLiteral("S2B_MSIL2A_20250731T131909_N0511_R095_T20EPT_20250731T143919");
    SceneResult merged = joinCopies({copy(id, QStringLiteral("dataspace")), copy(id, QStringLiteral("stac"), QStringLiteral("stac:earth-search")),
                                     copy(id, QStringLiteral("google"))});
    const SceneResult picked = preferSource(merged, QStringLiteral("google"));
    EXPECT_EQ(picked.sources(), (QStringList{QStringLiteral("google"), QStringLiteral("dataspace"), QStringLiteral("stac:earth-search")}));
    EXPECT_EQ(preferSource(merged, QStringLiteral("usgs")).sources(), merged.sources());

    // The JSON keeps every copy, and reads back the same.
    const auto back = SceneResult::fromJson(merged.toJson());
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->sources(), merged.sources());
    EXPECT_EQ(back->otherSources.at(0).remoteId, merged.otherSources.at(0).remoteId);
}

namespace {

// A provider whose searches the test drives by hand.
class ScriptedSearch final : public SearchJob
{
public:
    void start() override {}
    void cancel() override { emitFailedOnce(Error(ErrorClass::Cancelled, QStringLiteral("cancelled"))); }
    void page(const QList<SceneResult> &results) { Q_EMIT pageReady(results); }
    void finish() { emitFinishedOnce(); }
    void fail(const QString &why) { emitFailedOnce(Error(ErrorClass::Transient, why)); }
};

class ScriptedProvider final : public Provider
{
public:
    explicit ScriptedProvider(QString name) : m_name(std::move(name)) {}
    QString name() const override { return m_name; }
    QString title() const override { return m_name; }
    QList<CollectionInfo> collections() const override { return {}; }
    ProviderCapabilities capabilities() const override { return {}; }
    QList<SettingSpec> settingSpecs() const override { return {}; }
    SearchJob *search(const SearchQuery &) override
    {
        auto *job = new ScriptedSearch;
        jobs << job;
        return job;
    }
    SearchJob *lookup(const QString &, const QString &) override { return nullptr; }
    PlanJob *resolve(const SceneResult &) override { return nullptr; }
    QList<QPointer<ScriptedSearch>> jobs;

private:
    QString m_name;
};

} // namespace

TEST(MultiSearchJob, LateCopiesChangeEarlierRowsAndOneFailedSourceDoesNotFailTheSearch)
{
    ScriptedProvider dataspace(QStringLiteral("dataspace"));
    ScriptedProvider stac(QStringLiteral("stac"));
    ScriptedProvider google(QStringLiteral("google"));
    SearchQuery q;
    MultiSearchJob job({SourceSearch{{QStringLiteral("dataspace"), {}}, &dataspace, q},
                        SourceSearch{{QStringLiteral("stac"), QStringLiteral("earth-search")}, &stac, q},
                        SourceSearch{{QStringLiteral("google"), {}}, &google, q}},
                       SourcePolicy::UserOrder, {});
    QList<int> pages;
    QList<std::pair<int, QStringList>> changes;
    QStringList failedSources;
    bool finished = false;
    QObject::connect(&job, &SearchJob::pageReady, [&](const QList<SceneResult> &page) { pages << int(page.size()); });
    QObject::connect(&job, &MultiSearchJob::rowChanged,
                     [&](int row, const SceneResult &r) { changes.push_back({row, r.sources()}); });
    QObject::connect(&job, &MultiSearchJob::sourceFailed, [&](const QString &source, const Error &) { failedSources << source; });
    QObject::connect(&job, &SearchJob::finished, [&] { finished = true; });
    QObject::connect(&job, &SearchJob::failed, [&](const Error &e) { ADD_FAILURE() << e.message.toStdString(); });
    job.start();
    ASSERT_EQ(stac.jobs.size(), 1);

    const QString a = QStringLiteral("S2B_MSIL2A_20250731T131909_N0511_R095_T20EPT_20250731T143919");
    const QString b = QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MUV_20250731T132745");
    stac.jobs[0]->page({copy(a, QStringLiteral("stac")), copy(b, QStringLiteral("stac"))});
    dataspace.jobs[0]->page({copy(b, QStringLiteral("dataspace"))});
    google.jobs[0]->fail(QStringLiteral("listing refused"));
    stac.jobs[0]->finish();
    EXPECT_FALSE(finished) << "dataspace has not finished";
    dataspace.jobs[0]->finish();
    EXPECT_TRUE(finished);

    EXPECT_EQ(pages, QList<int>{2});
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].first, 1);
    EXPECT_EQ(changes[0].second, (QStringList{QStringLiteral("dataspace"), QStringLiteral("stac:earth-search")}));
    EXPECT_EQ(failedSources, QStringList{QStringLiteral("google")});
    ASSERT_EQ(job.rows().size(), 2);
    EXPECT_EQ(job.rows().at(0).sourceName(), QStringLiteral("stac:earth-search"));
    EXPECT_EQ(job.sourceErrors().size(), 1);
}

TEST(MultiSearchJob, EverySourceFailingFailsTheSearchNamingEach)
{
    ScriptedProvider one(QStringLiteral("dataspace"));
    ScriptedProvider two(QStringLiteral("creodias"));
    MultiSearchJob job({SourceSearch{{QStringLiteral("dataspace"), {}}, &one, {}}, SourceSearch{{QStringLiteral("creodias"), {}}, &two, {}}},
                       SourcePolicy::UserOrder, {});
    QString message;
    QObject::connect(&job, &SearchJob::failed, [&](const Error &e) { message = e.message; });
    job.start();
    one.jobs[0]->fail(QStringLiteral("quota used up"));
    EXPECT_TRUE(message.isEmpty());
    two.jobs[0]->fail(QStringLiteral("503"));
    EXPECT_TRUE(message.contains(QStringLiteral("dataspace: quota used up"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("creodias: 503"))) << message.toStdString();
}

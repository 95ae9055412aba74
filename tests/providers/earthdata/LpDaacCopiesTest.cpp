// LP DAAC's collections are in CMR twice (LPDAAC_ECS on premises, LPCLOUD in Earthdata Cloud) and
// the on-premises Data Pool (e4ftl01) was retired in June 2025.

#include "tests/providers/earthdata/CmrReplay.h"
#include "tests/providers/usgs/PluginProviderHarness.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QString kEcsHost = QStringLiteral("https://e4ftl01.cr.usgs.gov/MOLT/MOD02QKM.061/2000.02.24/");
const QString kCloudHost = QStringLiteral("https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/MOD02QKM.061/");

// A recorded granule re-homed at another CMR provider: provider id, concept id suffix and the
// https data/browse links as LP DAAC publishes them for each copy. Built by the test; no recording
// of LP DAAC twin granules exists.
QJsonObject copyAt(QJsonObject item, const QString &provider, const QString &linkBase)
{
    QJsonObject meta = item.value(QStringLiteral("meta")).toObject();
    meta[QStringLiteral("provider-id")] = provider;
    meta[QStringLiteral("concept-id")] =
        QString(meta.value(QStringLiteral("concept-id")).toString().section(QLatin1Char('-'), 0, 0) + QLatin1Char('-') + provider);
    QJsonObject umm = item.value(QStringLiteral("umm")).toObject();
    QJsonArray links;
    const QJsonArray recorded = umm.value(QStringLiteral("RelatedUrls")).toArray();
    for (const auto &l : recorded) {
        QJsonObject link = l.toObject();
        const QString type = link.value(QStringLiteral("Type")).toString();
        if (type == QLatin1String("GET DATA") || type == QLatin1String("GET RELATED VISUALIZATION"))
            link[QStringLiteral("URL")] = QString(linkBase + QUrl(link.value(QStringLiteral("URL")).toString()).fileName());
        links.append(link);
    }
    umm[QStringLiteral("RelatedUrls")] = links;
    item[QStringLiteral("meta")] = meta;
    item[QStringLiteral("umm")] = umm;
    return item;
}

QByteArray twinPage()
{
    const QJsonArray items = QJsonDocument::fromJson(readTestData(kCmrPage1)).object().value(QStringLiteral("items")).toArray();
    const QJsonObject first = items.at(0).toObject();
    const QJsonObject second = items.at(1).toObject();
    // The on-premises copy first (CMR sorts the twins by start date only), then its cloud twin, then
    // a granule only the retired Data Pool lists.
    const QJsonArray page{copyAt(first, QStringLiteral("LPDAAC_ECS"), kEcsHost),
                          copyAt(first, QStringLiteral("LPCLOUD"), kCloudHost),
                          copyAt(second, QStringLiteral("LPDAAC_ECS"), kEcsHost)};
    return QJsonDocument(QJsonObject{{QStringLiteral("hits"), 3}, {QStringLiteral("items"), page}}).toJson();
}

struct TwinReplay {
    LocalHttpServer cmr;
    LoadedProvider loaded{QStringLiteral("earthdata"), Credentials{}};
    TwinReplay()
    {
        loaded.set(QStringLiteral("earthdata.cmr_url"), cmr.url(QStringLiteral("/search")).toString());
        cmr.setHandler([](const RecordedRequest &) {
            return CannedResponse::json(twinPage()).withHeader("CMR-Hits", "3");
        });
    }
};

SearchQuery query(const QString &collection)
{
    SearchQuery q;
    q.collection = collection;
    q.start = QDate(2000, 2, 24);
    q.end = QDate(2000, 2, 25);
    return q;
}

} // namespace

TEST(LpDaacCopies, TableCollectionsSearchTheCloudProvider)
{
    TwinReplay replay;
    ASSERT_FALSE(runSearch(replay.loaded.provider->search(query(QStringLiteral("MOD13Q1")))).error);
    EXPECT_EQ(QUrlQuery(replay.cmr.requests().last().url()).queryItemValue(QStringLiteral("provider")), QStringLiteral("LPCLOUD"));
    ASSERT_FALSE(runSearch(replay.loaded.provider->lookup({}, QStringLiteral("MOD13Q1.A2024161.h29v09.061.2024181211247"))).error);
    EXPECT_EQ(QUrlQuery(replay.cmr.requests().last().url()).queryItemValue(QStringLiteral("provider")), QStringLiteral("LPCLOUD"));

    // The setting overrides the choice: another provider, or all of them.
    replay.loaded.set(QStringLiteral("earthdata.provider"), QStringLiteral("lpdaac_ecs"));
    ASSERT_FALSE(runSearch(replay.loaded.provider->search(query(QStringLiteral("MOD13Q1")))).error);
    EXPECT_EQ(QUrlQuery(replay.cmr.requests().last().url()).queryItemValue(QStringLiteral("provider")), QStringLiteral("LPDAAC_ECS"));
    replay.loaded.set(QStringLiteral("earthdata.provider"), QStringLiteral("all"));
    ASSERT_FALSE(runSearch(replay.loaded.provider->search(query(QStringLiteral("MOD13Q1")))).error);
    EXPECT_FALSE(QUrlQuery(replay.cmr.requests().last().url()).hasQueryItem(QStringLiteral("provider")));
}

TEST(LpDaacCopies, TwinsBecomeOneResultWithTheCloudLinks)
{
    TwinReplay replay;
    replay.loaded.set(QStringLiteral("earthdata.provider"), QStringLiteral("all"));
    const auto outcome = runSearch(replay.loaded.provider->search(query(QStringLiteral("MOD02QKM"))));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    ASSERT_EQ(outcome.results.size(), 2);
    const SceneResult &twin = outcome.results.at(0);
    EXPECT_EQ(twin.sceneId, QStringLiteral("MOD02QKM.A2000055.0005.061.2017171194850"));
    EXPECT_EQ(twin.attributes.value(QStringLiteral("cmr_provider")).toString(), QStringLiteral("LPCLOUD"));
    EXPECT_TRUE(twin.remoteId.endsWith(QLatin1String("-LPCLOUD")));
    EXPECT_TRUE(twin.link.toString().startsWith(kCloudHost)) << twin.link.toString().toStdString();
    EXPECT_EQ(outcome.results.at(1).sceneId, QStringLiteral("MOD02QKM.A2000055.0010.061.2017171195126"));
}

TEST(LpDaacCopies, RetiredDataPoolLinksAreNeverOffered)
{
    TwinReplay replay;
    replay.loaded.set(QStringLiteral("earthdata.provider"), QStringLiteral("all"));
    const auto outcome = runSearch(replay.loaded.provider->search(query(QStringLiteral("MOD02QKM"))));
    ASSERT_FALSE(outcome.error);
    for (const SceneResult &scene : outcome.results) {
        EXPECT_FALSE(scene.link.host().contains(QLatin1String("e4ftl01"))) << scene.link.toString().toStdString();
        EXPECT_FALSE(scene.quicklook.host().contains(QLatin1String("e4ftl01")));
        for (const auto &asset : scene.assets)
            EXPECT_FALSE(asset.href.host().contains(QLatin1String("e4ftl01")));
    }
    // The granule only the Data Pool listed has nothing left to download.
    ASSERT_EQ(outcome.results.size(), 2);
    EXPECT_TRUE(outcome.results.at(1).assets.isEmpty());
    EXPECT_TRUE(outcome.results.at(1).link.isEmpty());
}

// `eo-collector-cli search --provider earthdata` with a collection outside the provider's list.

#include "tests/cli/CliRunner.h"
#include "tests/providers/earthdata/CmrReplay.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

// The recorded GPolygons of the replayed granules, in the order CMR sent them.
QList<QJsonArray> recordedRings()
{
    QList<QJsonArray> rings;
    for (const QString &file : {kCmrPage1, kCmrPage2}) {
        const QJsonArray items = QJsonDocument::fromJson(readTestData(file)).object().value(QStringLiteral("items")).toArray();
        for (const auto &item : items) {
            QJsonArray ring;
            const QJsonArray points = item.toObject()
                .value(QStringLiteral("umm")).toObject().value(QStringLiteral("SpatialExtent")).toObject()
                .value(QStringLiteral("HorizontalSpatialDomain")).toObject().value(QStringLiteral("Geometry")).toObject()
                .value(QStringLiteral("GPolygons")).toArray().first().toObject()
                .value(QStringLiteral("Boundary")).toObject().value(QStringLiteral("Points")).toArray();
            for (const auto &p : points)
                ring.append(QJsonArray{p.toObject().value(QStringLiteral("Longitude")).toDouble(),
                                       p.toObject().value(QStringLiteral("Latitude")).toDouble()});
            rings.append(ring);
        }
    }
    return rings;
}

} // namespace

TEST(EarthdataCli, SearchesACollectionOutsideTheListAndPrintsEveryFootprint)
{
    LocalHttpServer cmr;
    const QByteArray tokenAfterPage1 = recordedCmrHeader(kCmrPage1, "CMR-Search-After");
    cmr.setHandler([&](const RecordedRequest &request) {
        if (request.url().path().endsWith(QLatin1String("/collections.json")))
            return recordedCmr(kCmrSwotCollection);
        const QByteArray token = request.header("CMR-Search-After");
        if (token.isEmpty())
            return recordedCmr(kCmrPage1);
        // Page 2 for page 1's token; the replay has nothing after it and repeats page 2, as a CMR
        // repeating its last page would (the search ends there with a warning).
        return recordedCmr(kCmrPage2);
    });
    const auto run = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("earthdata"),
                             QStringLiteral("--collection"), QStringLiteral("SWOT_L2_HR_RiverSP_reach_2.0"),
                             QStringLiteral("--start"), QStringLiteral("2024-01-01"),
                             QStringLiteral("--end"), QStringLiteral("2024-01-31"),
                             QStringLiteral("--bbox"), QStringLiteral("-180,-90,180,90"),
                             QStringLiteral("--set"), QStringLiteral("earthdata.cmr_url=") + cmr.url(QStringLiteral("/search")).toString(),
                             QStringLiteral("--set"), QStringLiteral("earthdata.page_size=2"),
                             QStringLiteral("--set"), QStringLiteral("earthdata.search_connections=1"),
                             QStringLiteral("--format"), QStringLiteral("geojson")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("Unknown collection"));

    // The provider searched the collection by the concept id CMR gave for the whole name.
    const auto requests = cmr.requests();
    ASSERT_GE(requests.size(), 3);
    EXPECT_EQ(QUrlQuery(requests.at(0).url()).queryItemValue(QStringLiteral("short_name")),
              QStringLiteral("SWOT_L2_HR_RiverSP_reach_2.0"));
    EXPECT_EQ(QUrlQuery(requests.at(1).url()).queryItemValue(QStringLiteral("collection_concept_id")),
              QStringLiteral("C2799438303-POCLOUD"));
    EXPECT_EQ(requests.at(2).header("CMR-Search-After"), tokenAfterPage1);

    const QJsonObject collection = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(collection.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    const auto rings = recordedRings();
    ASSERT_EQ(features.size(), rings.size());
    ASSERT_EQ(features.size(), 4);
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject geometry = features.at(i).toObject().value(QStringLiteral("geometry")).toObject();
        EXPECT_EQ(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon")) << i;
        const QJsonArray ring = geometry.value(QStringLiteral("coordinates")).toArray().first().toArray();
        ASSERT_EQ(ring.size(), rings.at(i).size()) << i;
        for (qsizetype p = 0; p < ring.size(); ++p) {
            EXPECT_DOUBLE_EQ(ring.at(p).toArray().at(0).toDouble(), rings.at(i).at(p).toArray().at(0).toDouble());
            EXPECT_DOUBLE_EQ(ring.at(p).toArray().at(1).toDouble(), rings.at(i).at(p).toArray().at(1).toDouble());
        }
    }
}

TEST(EarthdataCli, ProvidersRefreshFindsCollectionsByKeyword)
{
    LocalHttpServer cmr;
    cmr.setHandler([](const RecordedRequest &request) {
        if (request.url().path().endsWith(QLatin1String("/collections.umm_json")))
            return recordedCmr(kCmrMurCollections);
        return CannedResponse::text("not a collection search", 404);
    });
    const auto run = runCli({QStringLiteral("providers"), QStringLiteral("earthdata"), QStringLiteral("--json"),
                             QStringLiteral("--refresh"), QStringLiteral("--filter"), QStringLiteral("keyword=sea surface temperature"),
                             QStringLiteral("--set"), QStringLiteral("earthdata.cmr_url=") + cmr.url(QStringLiteral("/search")).toString()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(cmr.requestCount(), 1);
    const QUrlQuery query(cmr.requests().first().url());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("keyword"), QUrl::FullyDecoded), QStringLiteral("sea surface temperature"));

    const QJsonArray providers = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(providers.size(), 1);
    const QJsonObject earthdata = providers.first().toObject();
    EXPECT_TRUE(earthdata.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("refresh_collections")).toBool());
    QJsonObject mur;
    const QJsonArray collections = earthdata.value(QStringLiteral("collections")).toArray();
    for (const auto &c : collections) {
        if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("C1996881146-POCLOUD"))
            mur = c.toObject();
    }
    ASSERT_FALSE(mur.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(mur.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("MUR-JPL-L4-GLOB-v4.1")));
    EXPECT_TRUE(mur.value(QStringLiteral("title")).toString().startsWith(QLatin1String("GHRSST Level 4 MUR Global Foundation")));
    EXPECT_TRUE(mur.value(QStringLiteral("title")).toString().endsWith(QLatin1String("[POCLOUD]")));
}

TEST(EarthdataCli, ProvidersFilterMustBeKeyValue)
{
    const auto run = runCli({QStringLiteral("providers"), QStringLiteral("earthdata"), QStringLiteral("--filter"),
                             QStringLiteral("swot")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("key=value"));
}

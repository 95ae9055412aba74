// `search --place`: the real CLI finds the place offline and sends its area to a local STAC API
// replaying recorded Earth Search answers.
#include "tests/cli/CliRunner.h"
#include "tests/support/EarthSearchReplay.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace eoc::test;

namespace {

struct PlaceCli : ::testing::Test {
    LocalHttpServer server;

    void SetUp() override
    {
        serveEarthSearchPage(server);
    }

    CliRun search(const QStringList &extra)
    {
        return runCli(QStringList{QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"), QStringLiteral("--set"),
                                  QStringLiteral("stac.url=") + server.url(QString()).toString(), QStringLiteral("--collection"),
                                  QStringLiteral("sentinel-2-l2a"), QStringLiteral("--limit"), QStringLiteral("1"),
                                  QStringLiteral("--format"), QStringLiteral("ids")}
                      + extra);
    }

    // The area of the first search request (STAC POST body: intersects).
    QJsonObject sentArea() const
    {
        for (const auto &r : server.requests()) {
            if (r.url().path() == QLatin1String("/search") && r.method == "POST")
                return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("intersects")).toObject();
        }
        return {};
    }
};

} // namespace

TEST_F(PlaceCli, ACityBecomesACircleAroundItInTheRequest)
{
    const CliRun run = search({QStringLiteral("--place"), QStringLiteral("recife"), QStringLiteral("--place-buffer"), QStringLiteral("10")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("Place: Recife (city, Pernambuco, Brazil), 10 km around it")) << run.err.toStdString();
    const QJsonObject area = sentArea();
    ASSERT_EQ(area.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon")) << QJsonDocument(area).toJson().toStdString();
    const QJsonArray ring = area.value(QStringLiteral("coordinates")).toArray().first().toArray();
    double west = 180, east = -180, south = 90, north = -90;
    for (const auto &v : ring) {
        const QJsonArray p = v.toArray();
        west = std::min(west, p.at(0).toDouble());
        east = std::max(east, p.at(0).toDouble());
        south = std::min(south, p.at(1).toDouble());
        north = std::max(north, p.at(1).toDouble());
    }
    EXPECT_NEAR((west + east) / 2, -34.9, 0.1);
    EXPECT_NEAR((south + north) / 2, -8.05, 0.1);
    EXPECT_NEAR(north - south, 0.18, 0.01) << "10 km each way";
}

TEST_F(PlaceCli, AnAmbiguousNameListsTheCandidatesAndSendsNothing)
{
    const CliRun run = search({QStringLiteral("--place"), QStringLiteral("Springfield")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("Springfield (city, Illinois, United States of America)")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("Springfield, ")) << run.err.toStdString();
    EXPECT_TRUE(sentArea().isEmpty());
}

TEST_F(PlaceCli, APlaceAndABoxTogetherAreRefused)
{
    const CliRun run = search({QStringLiteral("--place"), QStringLiteral("Recife"), QStringLiteral("--bbox"), QStringLiteral("-35,-9,-34,-8")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--place")) << run.err.toStdString();
}

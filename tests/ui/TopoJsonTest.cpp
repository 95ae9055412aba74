#include "ui/app/Resources.h"
#include "ui/map/TopoJson.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace eoc::ui;

TEST(TopoJson, DecodesQuantizedDeltaArcsAndReversedArcs)
{
    // Two arcs; the square is arc 0 followed by arc 1 reversed (~1 == -2).
    const QByteArray json = R"({"type":"Topology",
        "transform":{"scale":[0.5,0.25],"translate":[10,20]},
        "objects":{"shape":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0,-2]],"properties":{"name":"square"}}]}},
        "arcs":[[[0,0],[2,0],[0,4]], [[0,0],[0,4],[2,0]]]})";
    const auto features = readTopoJson(json, QStringLiteral("shape"));
    ASSERT_TRUE(features.ok()) << features.error().message.toStdString();
    ASSERT_EQ(features->size(), 1);
    EXPECT_EQ(features->first().name, QStringLiteral("square"));
    const eoc::Ring ring = features->first().polygons.first().outer;
    // Arc 0: (10,20) (11,20) (11,21); arc 1 reversed: (11,21) (10,21) (10,20), joined once.
    const eoc::Ring expected = {{10, 20}, {11, 20}, {11, 21}, {10, 21}, {10, 20}};
    EXPECT_EQ(ring, expected);
}

TEST(TopoJson, ReportsAnArcThatDoesNotExist)
{
    const QByteArray json = R"({"type":"Topology","objects":{"o":{"type":"Polygon","arcs":[[5]]}},"arcs":[]})";
    const auto features = readTopoJson(json, QStringLiteral("o"));
    ASSERT_FALSE(features.ok());
    EXPECT_EQ(features.error().errorClass, eoc::ErrorClass::BadInput);
}

TEST(TopoJson, ShippedBasemapHasTheWorldsCountries)
{
    initResources();
    QFile file(QStringLiteral(":/basemap/countries-110m.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto countries = readTopoJson(file.readAll(), QStringLiteral("countries"));
    ASSERT_TRUE(countries.ok());
    EXPECT_EQ(countries->size(), 177);
    const auto brazil = std::find_if(countries->begin(), countries->end(),
                                     [](const TopoFeature &f) { return f.name == QStringLiteral("Brazil"); });
    ASSERT_NE(brazil, countries->end());
    double west = 180, east = -180, south = 90, north = -90;
    for (const eoc::Polygon &p : brazil->polygons)
        for (const eoc::GeoPoint &g : p.outer) {
            west = std::min(west, g.lon); east = std::max(east, g.lon);
            south = std::min(south, g.lat); north = std::max(north, g.lat);
        }
    EXPECT_NEAR(west, -73.9, 0.5);
    EXPECT_NEAR(east, -34.8, 0.5);
    EXPECT_NEAR(south, -33.7, 0.5);
    EXPECT_NEAR(north, 5.2, 0.5);
}

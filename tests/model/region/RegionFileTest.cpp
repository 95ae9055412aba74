// Vector files written with GDAL inside the test and read back with Region::fromFile.
#include "core/model/Region.h"
#include "tests/model/region/RegionTestSupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

using eoc::BoundingBox;
using eoc::GeoPoint;
using eoc::Region;
using eoc::test::describe;
using eoc::test::writeVectorFile;

namespace {

const QString fieldWithHole = QStringLiteral(
    "POLYGON((-47.2 -15.9,-47.0 -15.9,-47.0 -15.7,-47.2 -15.7,-47.2 -15.9),"
    "(-47.15 -15.85,-47.15 -15.8,-47.1 -15.8,-47.1 -15.85,-47.15 -15.85))");
const QString secondField = QStringLiteral("POLYGON((-46.5 -15.5,-46.4 -15.5,-46.45 -15.4,-46.5 -15.5))");

void expectTwoFields(const eoc::Result<Region> &region)
{
    ASSERT_TRUE(region.ok()) << describe(region);
    ASSERT_EQ(region->polygons().size(), 2);
    EXPECT_EQ(region->polygons().at(0).holes.size(), 1);
    const BoundingBox b = region->bounds();
    EXPECT_NEAR(b.west, -47.2, 1e-9);
    EXPECT_NEAR(b.south, -15.9, 1e-9);
    EXPECT_NEAR(b.east, -46.4, 1e-9);
    EXPECT_NEAR(b.north, -15.4, 1e-9);
}

} // namespace

TEST(RegionFile, ShapefileIsRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fields.shp"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("ESRI Shapefile"), path, 4326, {fieldWithHole, secondField}), QString());
    expectTwoFields(Region::fromFile(path));
}

TEST(RegionFile, ZippedShapefileIsReadWithoutUnpacking)
{
    QTemporaryDir dir;
    const QString shp = dir.filePath(QStringLiteral("fields.shp"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("ESRI Shapefile"), shp, 4326, {fieldWithHole, secondField}), QString());
    QStringList parts;
    for (const char *ext : {"shp", "shx", "dbf", "prj"})
        parts.append(dir.filePath(QStringLiteral("fields.") + QLatin1String(ext)));
    const QString zip = dir.filePath(QStringLiteral("download.zip"));
    ASSERT_EQ(eoc::test::zipFiles(zip, parts), QString());
    for (const QString &part : parts)
        QFile::remove(part);   // only the zip is left to read
    expectTwoFields(Region::fromFile(zip));
}

TEST(RegionFile, KmlIsRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fields.kml"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("KML"), path, 4326, {fieldWithHole, secondField}), QString());
    expectTwoFields(Region::fromFile(path));
}

TEST(RegionFile, KmzIsRead)
{
    QTemporaryDir dir;
    const QString kml = dir.filePath(QStringLiteral("doc.kml"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("KML"), kml, 4326, {fieldWithHole, secondField}), QString());
    const QString kmz = dir.filePath(QStringLiteral("fields.kmz"));
    ASSERT_EQ(eoc::test::zipFiles(kmz, {kml}), QString());
    QFile::remove(kml);
    expectTwoFields(Region::fromFile(kmz));
}

TEST(RegionFile, FilesCanBeReadFromSeveralThreadsAtOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fields.gpkg"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("GPKG"), path, 4326, {fieldWithHole, secondField}), QString());
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            const auto region = Region::fromFile(path);
            if (region && region->polygons().size() == 2)
                ++good;
        });
    }
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(good.load(), 4);
}

TEST(RegionFile, GeoPackageInUtmIsReprojectedToLonLat)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utm.gpkg"));
    // UTM zone 23 south (EPSG:32723): easting 500000 is the central meridian, 45 degrees west;
    // northing 7400000 is 2600 km south of the equator, about 23.5 degrees south.
    ASSERT_EQ(writeVectorFile(QStringLiteral("GPKG"), path, 32723,
                              {QStringLiteral("POLYGON((500000 7400000,520000 7400000,520000 7420000,"
                                              "500000 7420000,500000 7400000))")}),
              QString());
    const auto region = Region::fromFile(path);
    ASSERT_TRUE(region.ok()) << describe(region);
    const BoundingBox b = region->bounds();
    EXPECT_NEAR(b.west, -45.0, 1e-7);              // longitude first, not latitude
    EXPECT_NEAR(b.east, -44.8, 0.05);
    EXPECT_NEAR(b.south, -23.5, 0.1);
    EXPECT_NEAR(b.north - b.south, 0.18, 0.01);    // 20 km
}

TEST(RegionFile, GeoJsonFileIsReadThroughOgr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fields.geojson"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("GeoJSON"), path, 4326, {fieldWithHole, secondField}), QString());
    expectTwoFields(Region::fromFile(path));
}

TEST(RegionFile, PointFileIsRefusedNamingTheType)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("points.shp"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("ESRI Shapefile"), path, 4326, {QStringLiteral("POINT(1 2)")}), QString());
    const auto region = Region::fromFile(path);
    ASSERT_FALSE(region.ok());
    EXPECT_TRUE(region.error().message.contains(QStringLiteral("a region needs polygons, but the geometry is a Point")))
        << region.error().message.toStdString();
}

TEST(RegionFile, FileWithoutFeaturesIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.gpkg"));
    ASSERT_EQ(writeVectorFile(QStringLiteral("GPKG"), path, 4326, {}), QString());
    const auto region = Region::fromFile(path);
    ASSERT_FALSE(region.ok());
    EXPECT_TRUE(region.error().message.contains(QStringLiteral("no features"))) << region.error().message.toStdString();
}

TEST(RegionFile, MissingEmptyAndUnknownFilesAreRefused)
{
    QTemporaryDir dir;
    const auto missing = Region::fromFile(dir.filePath(QStringLiteral("nothing.shp")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("file not found")));

    const QString emptyPath = dir.filePath(QStringLiteral("empty.kml"));
    QFile(emptyPath).open(QIODevice::WriteOnly);
    const auto empty = Region::fromFile(emptyPath);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("the file is empty")));

    const QString textPath = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(textPath);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("these are not coordinates\n");
    text.close();
    const auto unknown = Region::fromFile(textPath);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("not a vector format")))
        << unknown.error().message.toStdString();
}

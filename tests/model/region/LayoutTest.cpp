#include "core/model/layout/CollectionLayout.h"
#include "core/model/layout/VersionFolder.h"

#include <gtest/gtest.h>

using namespace eoc::layout;

namespace {

eoc::SceneId scene(const QString &id, const QString &family, const QString &tile, QDate date, QTime time = {12, 0})
{
    eoc::SceneId s;
    s.id = id;
    s.family = family;
    s.tile = tile;
    s.sensingStart = QDateTime(date, time, Qt::UTC);
    return s;
}

const QString s2Id = QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255");
const QString landsatId = QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1");
const QString s1Id = QStringLiteral("S1A_IW_GRDH_1SDV_20190827T175044_20190827T175109_028758_0341BF_2193");
const QString s3Id = QStringLiteral("S3A_OL_1_EFR____20191220T135127_20191220T135427_20191220T153134_0179_053_010_2700_LN1_O_NR_002");
const QString modisId = QStringLiteral("MOD13Q1.A2018113.h14v10.006.2018130000342");

eoc::SceneId s2() { return scene(s2Id, QStringLiteral("sentinel-2"), QStringLiteral("21LZG"), {2020, 2, 23}, {13, 51, 9}); }
eoc::SceneId landsat() { return scene(landsatId, QStringLiteral("landsat"), QStringLiteral("223064"), {2020, 8, 31}); }
eoc::SceneId s1() { return scene(s1Id, QStringLiteral("sentinel-1"), {}, {2019, 8, 27}, {17, 50, 44}); }
eoc::SceneId s3() { return scene(s3Id, QStringLiteral("sentinel-3"), {}, {2019, 12, 20}, {13, 51, 27}); }
eoc::SceneId modis() { return scene(modisId, QStringLiteral("modis"), QStringLiteral("h14v10"), {2018, 4, 23}); }

LayoutOptions at(const QString &prefix, bool month = false)
{
    LayoutOptions o;
    o.prefix = prefix;
    o.monthFolder = month;
    return o;
}

SceneLocation locate(const Collection &c, const eoc::SceneId &s, const LayoutOptions &o)
{
    const auto location = sceneLocation(c, s, o);
    EXPECT_TRUE(location.ok()) << location.error().message.toStdString();
    return location ? *location : SceneLocation{};
}

} // namespace

TEST(CollectionLayout, Sentinel2ReferenceExample)
{
    const auto l = locate({QStringLiteral("S2_L1C"), QStringLiteral("1")}, s2(), at(QStringLiteral("/data")));
    EXPECT_EQ(l.layout, LayoutKind::Sentinel2);
    EXPECT_EQ(l.directory, QStringLiteral("/data/S2_L1C/v001/21/L/ZG/2020/") + s2Id);
    EXPECT_EQ(l.archivePath, QStringLiteral("/data/S2_L1C/v001/21/L/ZG/2020/") + s2Id + QStringLiteral("/") + s2Id
                                 + QStringLiteral(".zip"));
}

TEST(CollectionLayout, Sentinel2MonthFolderIsZeroPaddedInFolderAndArchive)
{
    const auto l = locate({QStringLiteral("S2_L1C"), QStringLiteral("1")}, s2(), at(QStringLiteral("/data"), true));
    EXPECT_EQ(l.directory, QStringLiteral("/data/S2_L1C/v001/21/L/ZG/2020/02/") + s2Id);
    EXPECT_TRUE(l.archivePath.startsWith(l.directory + QStringLiteral("/")));
}

TEST(CollectionLayout, LandsatReferenceExample)
{
    const auto l = locate({QStringLiteral("LC8_DN"), QStringLiteral("1")}, landsat(), at(QStringLiteral("/data"), true));
    EXPECT_EQ(l.layout, LayoutKind::Landsat);
    EXPECT_EQ(l.directory, QStringLiteral("/data/LC8_DN/v001/223/064/2020/") + landsatId);   // month ignored
    EXPECT_EQ(l.archivePath, l.directory + QStringLiteral("/") + landsatId + QStringLiteral(".tar.gz"));
}

TEST(CollectionLayout, Sentinel1AndSentinel3UseDayFoldersAndThePaddedVersion)
{
    const auto one = locate({QStringLiteral("S1_GRD"), QStringLiteral("1")}, s1(), at(QStringLiteral("/data"), true));
    EXPECT_EQ(one.layout, LayoutKind::Sentinel1);
    EXPECT_EQ(one.directory, QStringLiteral("/data/S1_GRD/v001/2019/08/27"));
    EXPECT_EQ(one.archivePath, QStringLiteral("/data/S1_GRD/v001/2019/08/27/") + s1Id + QStringLiteral(".zip"));

    const auto three = locate({QStringLiteral("S3_OLCI"), QStringLiteral("2")}, s3(), at(QStringLiteral("/data")));
    EXPECT_EQ(three.layout, LayoutKind::Sentinel3);
    EXPECT_EQ(three.directory, QStringLiteral("/data/S3_OLCI/v002/2019/12/20"));
    EXPECT_EQ(three.archivePath, three.directory + QStringLiteral("/") + s3Id + QStringLiteral(".zip"));
}

TEST(CollectionLayout, ModisKeepsTheGranuleBesideTheSceneFolder)
{
    const auto l = locate({QStringLiteral("MOD13Q1"), QStringLiteral("6")}, modis(), at(QStringLiteral("/data")));
    EXPECT_EQ(l.layout, LayoutKind::Modis);
    EXPECT_EQ(l.directory, QStringLiteral("/data/MOD13Q1/v006/h14/v10/2018/") + modisId);
    EXPECT_EQ(l.archivePath, QStringLiteral("/data/MOD13Q1/v006/h14/v10/2018/") + modisId + QStringLiteral(".hdf"));
}

TEST(CollectionLayout, DgiUsesYearMonthFolderWithoutArchive)
{
    const auto l = locate({QStringLiteral("PREC"), QStringLiteral("1")},
                          scene(QStringLiteral("PREC.2021030112"), QStringLiteral("dgi"), {}, {2021, 3, 1}),
                          at(QStringLiteral("/data")));
    EXPECT_EQ(l.layout, LayoutKind::Dgi);
    EXPECT_EQ(l.directory, QStringLiteral("/data/PREC/v001/2021-03"));
    EXPECT_TRUE(l.archivePath.isEmpty());
}

TEST(CollectionLayout, OtherFamiliesUseTheDefaultLayout)
{
    const auto withTile = locate({QStringLiteral("VNP09GA"), QStringLiteral("1")},
                                 scene(QStringLiteral("VNP09GA.A2023001.h12v09.002.2023002084522"), QStringLiteral("viirs"),
                                       QStringLiteral("h12v09"), {2023, 1, 1}),
                                 at(QStringLiteral("/data")));
    EXPECT_EQ(withTile.layout, LayoutKind::Default);
    EXPECT_EQ(withTile.directory, QStringLiteral("/data/VNP09GA/2023-01/h12v09/VNP09GA.A2023001.h12v09.002.2023002084522"));
    EXPECT_TRUE(withTile.archivePath.isEmpty());

    const auto noTile = locate({QStringLiteral("S5P"), QStringLiteral("1")},
                               scene(QStringLiteral("S5P_OFFL_L2__NO2____20240101T000000"), QStringLiteral("sentinel-5p"),
                                     {}, {2024, 1, 1}),
                               at(QStringLiteral("/data")));
    EXPECT_EQ(noTile.directory, QStringLiteral("/data/S5P/2024-01/S5P_OFFL_L2__NO2____20240101T000000"));
}

TEST(CollectionLayout, FlatLayoutIsPrefixAndSceneId)
{
    LayoutOptions flat = at(QStringLiteral("/downloads/"));
    flat.flat = true;
    const auto l = locate({}, s2(), flat);   // no collection needed
    EXPECT_EQ(l.layout, LayoutKind::Flat);
    EXPECT_EQ(l.directory, QStringLiteral("/downloads/") + s2Id);
    EXPECT_EQ(l.archivePath, l.directory + QStringLiteral("/") + s2Id + QStringLiteral(".zip"));
    const auto l8 = locate({}, landsat(), flat);
    EXPECT_TRUE(l8.archivePath.endsWith(QStringLiteral(".tar.gz")));
}

TEST(CollectionLayout, EmptyPrefixGivesARelativePath)
{
    const auto l = locate({QStringLiteral("LC8_DN"), QStringLiteral("1")}, landsat(), at({}));
    EXPECT_EQ(l.directory, QStringLiteral("LC8_DN/v001/223/064/2020/") + landsatId);
    const auto root = locate({QStringLiteral("LC8_DN"), QStringLiteral("1")}, landsat(), at(QStringLiteral("/")));
    EXPECT_EQ(root.directory, QStringLiteral("/LC8_DN/v001/223/064/2020/") + landsatId);
}

TEST(CollectionLayout, VersionFolders)
{
    EXPECT_EQ(*versionFolder(QStringLiteral("1")), QStringLiteral("v001"));
    EXPECT_EQ(*versionFolder(QStringLiteral("v1")), QStringLiteral("v001"));
    EXPECT_EQ(*versionFolder(QStringLiteral("61")), QStringLiteral("v061"));
    EXPECT_EQ(*versionFolder(QStringLiteral("1234")), QStringLiteral("v1234"));
    EXPECT_EQ(*versionFolder(QStringLiteral("1.0")), QStringLiteral("v1.0"));
    const auto decimal = locate({QStringLiteral("S2_L2A"), QStringLiteral("1.0")}, s2(), at(QStringLiteral("/d")));
    EXPECT_EQ(decimal.directory, QStringLiteral("/d/S2_L2A/v1.0/21/L/ZG/2020/") + s2Id);
    const auto bad = versionFolder(QStringLiteral("one"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("collection version 'one'")));
}

TEST(CollectionLayout, BadInputsAreNamed)
{
    const auto slash = sceneLocation({QStringLiteral("S2/L1C"), QStringLiteral("1")}, s2(), at(QStringLiteral("/d")));
    ASSERT_FALSE(slash.ok());
    EXPECT_TRUE(slash.error().message.contains(QStringLiteral("collection name 'S2/L1C'")));

    eoc::SceneId undated = s2();
    undated.sensingStart.reset();
    const auto noDate = sceneLocation({QStringLiteral("S2_L1C"), QStringLiteral("1")}, undated, at(QStringLiteral("/d")));
    ASSERT_FALSE(noDate.ok());
    EXPECT_TRUE(noDate.error().message.contains(QStringLiteral("no sensing date")));

    eoc::SceneId badTile = landsat();
    badTile.tile = QStringLiteral("22306");
    const auto tile = sceneLocation({QStringLiteral("LC8_DN"), QStringLiteral("1")}, badTile, at(QStringLiteral("/d")));
    ASSERT_FALSE(tile.ok());
    EXPECT_TRUE(tile.error().message.contains(QStringLiteral("tile '22306'")));

    const auto unknown = sceneLocation({QStringLiteral("X"), QStringLiteral("1")}, QStringLiteral("not-a-scene"), at({}));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().errorClass, eoc::ErrorClass::BadInput);
}

// Needs the scene-id parsers (parseSceneId): the reference examples from their text form.
TEST(CollectionLayout, ParsesIdsForTheReferenceExamples)
{
    const auto sentinel2 = sceneLocation({QStringLiteral("S2_L1C"), QStringLiteral("1")}, s2Id, at(QStringLiteral("/data")));
    ASSERT_TRUE(sentinel2.ok()) << sentinel2.error().message.toStdString();
    EXPECT_EQ(sentinel2->directory, QStringLiteral("/data/S2_L1C/v001/21/L/ZG/2020/") + s2Id);
    const auto l8 = sceneLocation({QStringLiteral("LC8_DN"), QStringLiteral("1")}, landsatId, at(QStringLiteral("/data")));
    ASSERT_TRUE(l8.ok()) << l8.error().message.toStdString();
    EXPECT_EQ(l8->directory, QStringLiteral("/data/LC8_DN/v001/223/064/2020/") + landsatId);
    const auto m = sceneLocation({QStringLiteral("MOD13Q1"), QStringLiteral("6")}, modisId, at(QStringLiteral("/data")));
    ASSERT_TRUE(m.ok()) << m.error().message.toStdString();
    EXPECT_EQ(m->directory, QStringLiteral("/data/MOD13Q1/v006/h14/v10/2018/") + modisId);
}

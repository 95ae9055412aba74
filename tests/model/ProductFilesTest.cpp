// The collection rules that sort a product's files into bands and assets (get_files/get_assets of
// BDC-Collectors), on the member names real products have.
#include "core/archive/ProductFiles.h"

#include <gtest/gtest.h>

using namespace eoc;

namespace {

SceneId parsed(const QString &id)
{
    auto scene = parseSceneId(id);
    EXPECT_TRUE(scene.ok()) << id.toStdString();
    return scene.ok() ? *scene : SceneId{};
}

} // namespace

TEST(ProductFiles, Sentinel2L1CBandsAreTheLastTokenAndL2AKeepsTheFinestResolution)
{
    const ProductFiles l1c = sortProductFiles(
        parsed(QStringLiteral("S2A_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255")),
        {QStringLiteral("GRANULE/L1C_T21LZG_A024339_20200223T135111/IMG_DATA/T21LZG_20200223T135109_B8A.jp2"),
         QStringLiteral("GRANULE/L1C_T21LZG_A024339_20200223T135111/IMG_DATA/T21LZG_20200223T135109_B02.jp2"),
         QStringLiteral("GRANULE/L1C_T21LZG_A024339_20200223T135111/IMG_DATA/T21LZG_20200223T135109_TCI.jp2"),
         QStringLiteral("MTD_MSIL1C.xml"), QStringLiteral("GRANULE/L1C_T21LZG_A024339_20200223T135111/MTD_TL.xml"),
         QStringLiteral("DATASTRIP/DS_EPAE_20200223T153255_S20200223T135111/MTD_DS.xml")});
    EXPECT_EQ(l1c.bands.keys(), (QStringList{QStringLiteral("B02"), QStringLiteral("B8A")}));
    EXPECT_EQ(l1c.assets.keys(), (QStringList{QStringLiteral("MTD_MSIL1C"), QStringLiteral("MTD_TL"), QStringLiteral("TCI")}));

    // Listed coarse first: the sorted order still gives the 10 m B02.
    const ProductFiles l2a = sortProductFiles(
        parsed(QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745")),
        {QStringLiteral("GRANULE/G/IMG_DATA/R60m/T24MVV_20250731T130249_B02_60m.jp2"),
         QStringLiteral("GRANULE/G/IMG_DATA/R20m/T24MVV_20250731T130249_B02_20m.jp2"),
         QStringLiteral("GRANULE/G/IMG_DATA/R10m/T24MVV_20250731T130249_B02_10m.jp2"),
         QStringLiteral("GRANULE/G/IMG_DATA/R20m/T24MVV_20250731T130249_AOT_20m.jp2"),
         QStringLiteral("GRANULE/G/IMG_DATA/R20m/T24MVV_20250731T130249_SCL_20m.jp2"),
         QStringLiteral("GRANULE/G/QI_DATA/MSK_CLDPRB_20m.jp2")});
    EXPECT_EQ(l2a.bands.value(QStringLiteral("B02")), QStringLiteral("GRANULE/G/IMG_DATA/R10m/T24MVV_20250731T130249_B02_10m.jp2"));
    EXPECT_EQ(l2a.bands.keys(), (QStringList{QStringLiteral("B02"), QStringLiteral("SCL")}));
    EXPECT_EQ(l2a.assets.keys(), QStringList{QStringLiteral("AOT")});
}

TEST(ProductFiles, Sentinel2SceneFoldersOfCatalogueFilesAreSortedByTheirBandNames)
{
    const SceneId scene = parsed(QStringLiteral("S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745"));
    // Earth Search's cloud-optimised files as a download puts them in the scene's folder.
    const ProductFiles earthSearch = sortProductFiles(
        scene, {QStringLiteral("B04.tif"), QStringLiteral("B8A.tif"), QStringLiteral("SCL.tif"), QStringLiteral("TCI.tif"),
                QStringLiteral("AOT.tif"), QStringLiteral("L2A_PVI.jpg"), QStringLiteral("granule_metadata.xml"),
                QStringLiteral("red-band-notes.tif")});
    EXPECT_EQ(earthSearch.bands.keys(), (QStringList{QStringLiteral("B04"), QStringLiteral("B8A"), QStringLiteral("SCL")}));
    EXPECT_EQ(earthSearch.assets.keys(), (QStringList{QStringLiteral("AOT"), QStringLiteral("TCI"),
                                                      QStringLiteral("granule_metadata"), QStringLiteral("thumbnail")}));
    // Planetary Computer's names keep the SAFE's file names.
    const ProductFiles planetary = sortProductFiles(
        scene, {QStringLiteral("T24MVV_20250731T130249_B04_10m.tif"), QStringLiteral("T24MVV_20250731T130249_B11_20m.tif")});
    EXPECT_EQ(planetary.bands.keys(), (QStringList{QStringLiteral("B04"), QStringLiteral("B11")}));
}

TEST(ProductFiles, LandsatBandsMatchTheirNamesWholeNotAsPiecesOfTheSeedsFusedList)
{
    const QString id = QStringLiteral("LC08_L2SP_220069_20240102_20240109_02_T1");
    const ProductFiles files = sortProductFiles(
        parsed(id), {id + QStringLiteral("_SR_B4.TIF"), id + QStringLiteral("_ST_QA.TIF"), id + QStringLiteral("_QA_PIXEL.TIF"),
                     // Pieces of the seed's fused entries ("ST_ATRANST_B10"...) are not bands.
                     id + QStringLiteral("_ATRAN.TIF"), id + QStringLiteral("_B1.TIF"),
                     id + QStringLiteral("_SR_AEROSOL.TIF"), id + QStringLiteral("_MTL.txt"), id + QStringLiteral("_MTL.xml"),
                     QStringLiteral("subfolder/") + id + QStringLiteral("_SR_B5.TIF")});
    EXPECT_EQ(files.bands.keys(), (QStringList{QStringLiteral("B1"), QStringLiteral("QA_PIXEL"), QStringLiteral("SR_B4"),
                                               QStringLiteral("ST_QA")}));
    EXPECT_EQ(files.assets.keys(), (QStringList{QStringLiteral("ATRAN"), QStringLiteral("MTL.txt"), QStringLiteral("MTL.xml"),
                                                QStringLiteral("SR_AEROSOL")}));
    // Landsat 7 has no B10 or SR_QA_AEROSOL, but its own B6_VCID_1.
    const QString le07 = QStringLiteral("LE07_L1TP_220069_20200101_20200201_02_T1");
    const ProductFiles l7 = sortProductFiles(parsed(le07), {le07 + QStringLiteral("_B10.TIF"), le07 + QStringLiteral("_B6_VCID_1.TIF")});
    EXPECT_EQ(l7.bands.keys(), QStringList{QStringLiteral("B6_VCID_1")});
}

TEST(ProductFiles, Sentinel1MeasurementsAreKeyedBySwathAndPolarisation)
{
    const ProductFiles files = sortProductFiles(
        parsed(QStringLiteral("S1A_IW_GRDH_1SDV_20200101T090000_20200101T090025_030600_038188_ABCD")),
        {QStringLiteral("measurement/s1a-iw-grd-vh-20200101t090000-20200101t090025-030600-038188-002.tiff"),
         QStringLiteral("measurement/s1a-iw-grd-vv-20200101t090000-20200101t090025-030600-038188-001.tiff"),
         QStringLiteral("annotation/s1a-iw-grd-vv-20200101t090000-20200101t090025-030600-038188-001.xml"),
         QStringLiteral("annotation/calibration/calibration-s1a-iw-grd-vv-20200101t090000-20200101t090025-030600-038188-001.xml"),
         QStringLiteral("preview/quick-look.png"), QStringLiteral("manifest.safe")});
    EXPECT_EQ(files.bands.keys(), (QStringList{QStringLiteral("iw-vh"), QStringLiteral("iw-vv")}));
    EXPECT_EQ(files.assets.keys(), (QStringList{QStringLiteral("manifest"),
                                                QStringLiteral("s1a-iw-grd-vv-20200101t090000-20200101t090025-030600-038188-001.xml"),
                                                QStringLiteral("thumbnail")}));
}

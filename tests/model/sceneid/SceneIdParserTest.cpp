// Behaviour of the parsers beyond the real-id table: the BDC-Collectors defects they fix, future
// satellites, suffixes, malformed dates and unknown ids. Ids marked "constructed" follow the
// family's published naming convention but are not products that exist.
#include "core/model/SceneId.h"

#include <gtest/gtest.h>

namespace eoc {
namespace {

SceneId parsed(const QString &id)
{
    const auto result = parseSceneId(id);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? result.value() : SceneId{};
}

QString iso(const std::optional<QDateTime> &t)
{
    return t ? t->toString(Qt::ISODate) : QStringLiteral("unset");
}

// --- BDC-Collectors defects (bdc-collectors-reference.md section 5, item 1) ---------------------

TEST(SceneIdParser, Sentinel1PaddedProductTypesParse)
{
    // Real ids whose product type is padded with '_' (BDC-Collectors rejected them).
    const auto slc = parsed(QStringLiteral("S1A_IW_SLC__1SDV_20141023T172123_20141023T172150_002960_0035D1_9743"));
    EXPECT_EQ(slc.productType, QStringLiteral("SLC"));
    EXPECT_EQ(slc.level, QStringLiteral("L1"));
    const auto raw = parsed(QStringLiteral("S1A_IW_RAW__0SDV_20151204T181000_20151204T181033_008896_00CB98_FE34"));
    EXPECT_EQ(raw.productType, QStringLiteral("RAW"));
    EXPECT_EQ(raw.level, QStringLiteral("L0"));
    const auto ocn = parsed(QStringLiteral("S1A_WV_OCN__2SSV_20151204T054733_20151204T060821_008888_00CB63_5EDF"));
    EXPECT_EQ(ocn.productType, QStringLiteral("OCN"));
    EXPECT_EQ(ocn.level, QStringLiteral("L2"));
    EXPECT_EQ(ocn.extra.value(QStringLiteral("beam_mode")).toString(), QStringLiteral("WV"));
}

TEST(SceneIdParser, Sentinel1OrbitIsNotATileAndStopIsNotAProcessingDate)
{
    const auto s = parsed(QStringLiteral("S1A_IW_GRDH_1SDV_20190827T175044_20190827T175109_028758_0341BF_2193"));
    EXPECT_TRUE(s.tile.isEmpty());
    EXPECT_EQ(s.absoluteOrbit, 28758);
    EXPECT_FALSE(s.processingDate.has_value());
    EXPECT_EQ(iso(s.sensingEnd), QStringLiteral("2019-08-27T17:51:09Z"));
    EXPECT_EQ(s.extra.value(QStringLiteral("mission_data_take_id")).toString(), QStringLiteral("0341BF"));
    EXPECT_EQ(s.extra.value(QStringLiteral("polarisation")).toString(), QStringLiteral("DV"));
}

TEST(SceneIdParser, Sentinel1RelativeOrbitMatchesProviderMetadata)
{
    // relativeorbitnumber as recorded from SciHub (scihub_opensearch) and Earth Search (sat:relative_orbit).
    EXPECT_EQ(parsed(QStringLiteral("S1A_IW_RAW__0SDV_20151201T174541_20151201T174614_008852_00CA51_6B9F")).relativeOrbit, 30);
    EXPECT_EQ(parsed(QStringLiteral("S1A_IW_SLC__1SDV_20151203T050546_20151203T050616_008873_00CAEC_3212")).relativeOrbit, 51);
    EXPECT_EQ(parsed(QStringLiteral("S1A_WV_OCN__2SSV_20151204T054733_20151204T060821_008888_00CB63_5EDF")).relativeOrbit, 66);
    EXPECT_EQ(parsed(QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135608_20250731T135637_060328_077F7E_E763")).relativeOrbit, 56);
    // S1B: (abs - 27) % 175 + 1; a public listing of CODE-DE products gives relative orbit 107 for
    // this one.
    EXPECT_EQ(parsed(QStringLiteral("S1B_IW_SLC__1SDV_20190102T004408_20190102T004435_014308_01A9F3_A75C.zip")).relativeOrbit, 107);
    EXPECT_EQ(parsed(QStringLiteral("S1B_IW_SLC__1SDV_20210704T135937_20210704T140004_027645_034CB0_4B2C")).relativeOrbit, 144);
}

TEST(SceneIdParser, Sentinel1cRelativeOrbitIsLeftUnset)
{
    const auto s = parsed(QStringLiteral("S1C_IW_GRDH_1SDV_20251230T043952_20251230T044017_005676_00B568_561F.SAFE"));
    EXPECT_EQ(s.platform, QStringLiteral("sentinel-1c"));
    EXPECT_EQ(s.absoluteOrbit, 5676);
    EXPECT_FALSE(s.relativeOrbit.has_value());
}

TEST(SceneIdParser, LandsatLevelIsTheCorrectionLevelNotTheCollection)
{
    const auto s = parsed(QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1"));
    EXPECT_EQ(s.level, QStringLiteral("L1TP"));
    EXPECT_EQ(s.collection, QStringLiteral("01"));
    EXPECT_EQ(s.tier, QStringLiteral("T1"));
    EXPECT_EQ(s.tile, QStringLiteral("223064"));
}

TEST(SceneIdParser, ModisProductionDateIsYearAndDayOfYear)
{
    // BDC-Collectors read 2018130000342 as 2018-01-30 00:03:42; day 130 of 2018 is 10 May.
    const auto s = parsed(QStringLiteral("MOD13Q1.A2018113.h14v10.006.2018130000342"));
    EXPECT_EQ(iso(s.processingDate), QStringLiteral("2018-05-10T00:03:42Z"));
    EXPECT_EQ(iso(s.sensingStart), QStringLiteral("2018-04-23T00:00:00Z"));
    // BDC-Collectors raised on this one (month 16 when read as a calendar date).
    EXPECT_EQ(iso(parsed(QStringLiteral("MOD13Q1.A2024161.h29v09.061.2024181211247")).processingDate),
              QStringLiteral("2024-06-29T21:12:47Z"));
}

TEST(SceneIdParser, Sentinel2LevelIsKnown)
{
    EXPECT_EQ(parsed(QStringLiteral("S2B_MSIL2A_20200930T135119_N0214_R024_T21KXA_20200930T175714")).level, QStringLiteral("L2A"));
    EXPECT_EQ(parsed(QStringLiteral("S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255")).level, QStringLiteral("L1C"));
}

// --- Satellites not launched yet and less common forms --------------------------------------------

TEST(SceneIdParser, AcceptsFutureSatelliteLetters)
{
    // Constructed: the names Sentinel-2E, -1E and -3C products will have.
    EXPECT_EQ(parsed(QStringLiteral("S2E_MSIL2A_20310301T111031_N0600_R137_T31UCU_20310301T152054")).platform,
              QStringLiteral("sentinel-2e"));
    EXPECT_EQ(parsed(QStringLiteral("S1E_IW_GRDH_1SDV_20310101T000000_20310101T000025_000123_0001AB_1A2B")).platform,
              QStringLiteral("sentinel-1e"));
    EXPECT_EQ(parsed(QStringLiteral("S3C_OL_1_EFR____20300101T100000_20300101T100300_20300101T120000_0179_001_010_2700_PS3_O_NR_004")).platform,
              QStringLiteral("sentinel-3c"));
}

TEST(SceneIdParser, Sentinel2ProductDiscriminatorAndBaseline)
{
    const auto s = parsed(QStringLiteral("S2C_MSIL2A_20250301T111031_N0511_R137_T31UCU_20250301T152054.SAFE"));
    EXPECT_EQ(s.id, QStringLiteral("S2C_MSIL2A_20250301T111031_N0511_R137_T31UCU_20250301T152054"));
    EXPECT_EQ(s.platform, QStringLiteral("sentinel-2c"));
    EXPECT_EQ(s.baseline, QStringLiteral("N0511"));
    EXPECT_EQ(s.relativeOrbit, 137);
    EXPECT_EQ(s.tile, QStringLiteral("31UCU"));
    EXPECT_EQ(iso(s.processingDate), QStringLiteral("2025-03-01T15:20:54Z"));
}

TEST(SceneIdParser, Sentinel3IsReadByPosition)
{
    const auto frame = parsed(QStringLiteral(
        "S3A_OL_1_EFR____20191220T135127_20191220T135427_20191220T153134_0179_053_010_2700_LN1_O_NR_002"));
    EXPECT_EQ(frame.extra.value(QStringLiteral("instance_kind")).toString(), QStringLiteral("frame"));
    EXPECT_EQ(frame.extra.value(QStringLiteral("cycle")).toInt(), 53);
    EXPECT_EQ(frame.extra.value(QStringLiteral("frame")).toInt(), 2700);
    EXPECT_EQ(frame.extra.value(QStringLiteral("timeliness")).toString(), QStringLiteral("NR"));
    EXPECT_EQ(frame.relativeOrbit, 10);

    const auto stripe = parsed(QStringLiteral(
        "S3A_SR_1_SRA____20230309T204558_20230309T204623_20230309T225028_0024_096_214______PS1_O_NR_004.SEN3"));
    EXPECT_EQ(stripe.extra.value(QStringLiteral("instance_kind")).toString(), QStringLiteral("stripe"));
    EXPECT_EQ(stripe.extra.value(QStringLiteral("cycle")).toInt(), 96);
    EXPECT_EQ(stripe.relativeOrbit, 214);
    EXPECT_FALSE(stripe.extra.contains(QStringLiteral("frame")));

    const auto tile = parsed(QStringLiteral(
        "S3B_SY_2_VG1____20211222T000000_20211222T235959_20211228T125214_EUROPE____________LN2_O_NT_002"));
    EXPECT_EQ(tile.extra.value(QStringLiteral("instance")).toString(), QStringLiteral("EUROPE"));
    EXPECT_FALSE(tile.relativeOrbit.has_value());
    EXPECT_EQ(tile.extra.value(QStringLiteral("timeliness")).toString(), QStringLiteral("NT"));

    // One character short: not a Sentinel-3 name, whatever '_' splitting would make of it.
    EXPECT_FALSE(parseSceneId(QStringLiteral(
        "S3A_OL_1_EFR___20191220T135127_20191220T135427_20191220T153134_0179_053_010_2700_LN1_O_NR_002")).ok());
}

TEST(SceneIdParser, Sentinel5pFields)
{
    const auto s = parsed(QStringLiteral("S5P_OFFL_L2__NO2____20230101T000000_20230101T014130_27156_03_020400_20230102T162355"));
    EXPECT_EQ(s.extra.value(QStringLiteral("stream")).toString(), QStringLiteral("OFFL"));
    EXPECT_EQ(s.extra.value(QStringLiteral("processor_version")).toString(), QStringLiteral("020400"));
    EXPECT_EQ(s.productType, QStringLiteral("NO2"));
    EXPECT_EQ(s.level, QStringLiteral("L2"));
    EXPECT_EQ(s.absoluteOrbit, 27156);
    EXPECT_EQ(s.collection, QStringLiteral("03"));
    // Constructed: a level-1B radiance product keeps its inner '_'.
    const auto l1b = parsed(QStringLiteral("S5P_RPRO_L1B_RA_BD3_20180430T001950_20180430T020120_02818_03_020100_20221201T101010"));
    EXPECT_EQ(l1b.level, QStringLiteral("L1B"));
    EXPECT_EQ(l1b.productType, QStringLiteral("RA_BD3"));
}

TEST(SceneIdParser, LandsatSensorsOfEverySatellite)
{
    // Constructed where no real product is at hand: OLI-only and TIRS-only Landsat-8/9 products,
    // MSS of Landsat-1 and TM of Landsat-4.
    EXPECT_EQ(parsed(QStringLiteral("LO08_L1GT_029030_20151209_20160131_01_T2")).sensor, QStringLiteral("oli"));
    EXPECT_EQ(parsed(QStringLiteral("LT08_L1GT_029030_20151209_20160131_01_T2")).sensor, QStringLiteral("tirs"));
    EXPECT_EQ(parsed(QStringLiteral("LO09_L1TP_029030_20221209_20221210_02_T1")).platform, QStringLiteral("landsat-9"));
    const auto mss = parsed(QStringLiteral("LM01_L1GS_032031_19720729_20200909_02_T2"));
    EXPECT_EQ(mss.sensor, QStringLiteral("mss"));
    EXPECT_EQ(mss.platform, QStringLiteral("landsat-1"));
    EXPECT_EQ(parsed(QStringLiteral("LT04_L1TP_220076_19881030_20200917_02_T1")).sensor, QStringLiteral("tm"));
}

TEST(SceneIdParser, LandsatEntityIdMatchesItsProductId)
{
    // The same scene in both forms (recorded from Earth Search: landsat:scene_id of the item).
    const auto entity = parsed(QStringLiteral("LC80330322023281LGN00"));
    const auto product = parsed(QStringLiteral("LC08_L2SP_033032_20231008_20231017_02_T1"));
    EXPECT_EQ(entity.tile, product.tile);
    EXPECT_EQ(entity.sensingStart, product.sensingStart);
    EXPECT_EQ(entity.platform, product.platform);
    EXPECT_EQ(entity.sensor, product.sensor);
    EXPECT_EQ(entity.extra.value(QStringLiteral("station")).toString(), QStringLiteral("LGN"));
    EXPECT_EQ(entity.extra.value(QStringLiteral("archive_version")).toString(), QStringLiteral("00"));
}

TEST(SceneIdParser, ModisSwathGranuleHasTimeInsteadOfTile)
{
    const auto s = parsed(QStringLiteral("MOD02QKM.A2020001.0000.061.2020001134423.hdf"));
    EXPECT_TRUE(s.tile.isEmpty());
    EXPECT_EQ(iso(s.sensingStart), QStringLiteral("2020-01-01T00:00:00Z"));
    EXPECT_EQ(s.extra.value(QStringLiteral("granule_kind")).toString(), QStringLiteral("swath"));
    EXPECT_EQ(iso(parsed(QStringLiteral("VJ102IMG.A2021145.1912.002.2021146004551.nc")).sensingStart),
              QStringLiteral("2021-05-25T19:12:00Z"));
}

TEST(SceneIdParser, ViirsNoaa21)
{
    // Constructed: the NOAA-21 twin of a NOAA-20 granule name.
    const auto s = parsed(QStringLiteral("VJ209GA.A2024045.h08v05.002.2024046104455.h5"));
    EXPECT_EQ(s.family, QStringLiteral("viirs"));
    EXPECT_EQ(s.platform, QStringLiteral("noaa-21"));
}

TEST(SceneIdParser, HlsHasNoPlatform)
{
    const auto s = parsed(QStringLiteral("HLS.S30.T17SLU.2020209T160031.v2.0"));
    EXPECT_TRUE(s.platform.isEmpty());
    EXPECT_EQ(s.productType, QStringLiteral("HLSS30"));
    EXPECT_EQ(s.collection, QStringLiteral("2.0"));
    EXPECT_EQ(iso(s.sensingStart), QStringLiteral("2020-07-27T16:00:31Z"));
}

TEST(SceneIdParser, CbersAndAmazoniaForms)
{
    const auto item = parsed(QStringLiteral("CBERS4A_WFI_20230406_209_132_L4"));
    EXPECT_EQ(item.platform, QStringLiteral("cbers-4a"));
    EXPECT_EQ(item.level, QStringLiteral("L4"));
    const auto catalogue = parsed(QStringLiteral("CBERS4_MUX15212320190112CB11"));
    EXPECT_EQ(catalogue.platform, QStringLiteral("cbers-4"));
    EXPECT_EQ(catalogue.tile, QStringLiteral("152123"));
    EXPECT_EQ(catalogue.extra.value(QStringLiteral("suffix")).toString(), QStringLiteral("CB11"));
    const auto amazonia = parsed(QStringLiteral("AMAZONIA_1_WFI_20220807_038_015_L4"));
    EXPECT_EQ(amazonia.family, QStringLiteral("amazonia"));
    EXPECT_EQ(amazonia.platform, QStringLiteral("amazonia-1"));
    // Constructed: the compact DGI form of an Amazonia-1 scene and a PAN10M sensor whose name has digits.
    EXPECT_EQ(parsed(QStringLiteral("AMAZONIA1_WFI03801520220807")).tile, QStringLiteral("038015"));
    EXPECT_EQ(parsed(QStringLiteral("CBERS4_PAN10M15212320190112")).sensor, QStringLiteral("pan10m"));
}

TEST(SceneIdParser, DgiCatalogueIdsCarryPathRowSensorAndDate)
{
    // Ids of INPE's DGI catalogue: one from a recorded stac-compose answer (CBERS-4 AWFI, no station
    // suffix) and the catalogue's documented examples.
    const auto awfi = parsed(QStringLiteral("CBERS4_AWFI17909920200206"));
    EXPECT_EQ(awfi.family, QStringLiteral("cbers"));
    EXPECT_EQ(awfi.platform, QStringLiteral("cbers-4"));
    EXPECT_EQ(awfi.sensor, QStringLiteral("awfi"));
    EXPECT_EQ(awfi.tile, QStringLiteral("179099"));
    EXPECT_EQ(awfi.extra.value(QStringLiteral("path")).toInt(), 179);
    EXPECT_EQ(awfi.extra.value(QStringLiteral("row")).toInt(), 99);
    EXPECT_FALSE(awfi.extra.contains(QStringLiteral("suffix")));
    EXPECT_EQ(iso(awfi.sensingStart).left(10), QStringLiteral("2020-02-06"));

    const auto mux = parsed(QStringLiteral("CBERS4_MUX15212320190112CB11"));
    EXPECT_EQ(mux.sensor, QStringLiteral("mux"));
    EXPECT_EQ(iso(mux.sensingStart).left(10), QStringLiteral("2019-01-12"));

    const auto wpm = parsed(QStringLiteral("CBERS4A_WPM20113820240904"));
    EXPECT_EQ(wpm.platform, QStringLiteral("cbers-4a"));
    EXPECT_EQ(wpm.sensor, QStringLiteral("wpm"));
    EXPECT_EQ(wpm.tile, QStringLiteral("201138"));
    EXPECT_EQ(iso(wpm.sensingStart).left(10), QStringLiteral("2024-09-04"));

    const auto amazonia = parsed(QStringLiteral("AMAZONIA1_WFI03801520220807"));
    EXPECT_EQ(amazonia.platform, QStringLiteral("amazonia-1"));
    EXPECT_EQ(amazonia.sensor, QStringLiteral("wfi"));
}

TEST(SceneIdParser, StripsContainerSuffixes)
{
    EXPECT_EQ(parsed(QStringLiteral("S2A_MSIL1C_20200129T134641_N0208_R024_T22LCM_20200129T153004.SAFE.zip")).id,
              QStringLiteral("S2A_MSIL1C_20200129T134641_N0208_R024_T22LCM_20200129T153004"));
    EXPECT_EQ(parsed(QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1.tar.gz")).id,
              QStringLiteral("LC08_L1TP_223064_20200831_20200906_01_T1"));
    EXPECT_EQ(parsed(QStringLiteral("MOD13Q1.A2018113.h14v10.006.2018130000342.hdf.xml")).id,
              QStringLiteral("MOD13Q1.A2018113.h14v10.006.2018130000342"));
}

// --- Errors ------------------------------------------------------------------------------------

void expectBadInput(const QString &id, const QString &mentions)
{
    const auto result = parseSceneId(id);
    ASSERT_FALSE(result.ok()) << id.toStdString();
    EXPECT_EQ(result.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(result.error().message.contains(id)) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(mentions)) << result.error().message.toStdString();
}

TEST(SceneIdParser, MalformedDatesAreErrors)
{
    expectBadInput(QStringLiteral("S2B_MSIL1C_20201323T135109_N0209_R024_T21LZG_20200223T153255"), QStringLiteral("sensing start"));
    expectBadInput(QStringLiteral("S1A_IW_GRDH_1SDV_20190827T255044_20190827T175109_028758_0341BF_2193"), QStringLiteral("sensing start"));
    expectBadInput(QStringLiteral("LC08_L1TP_223064_20200831_20201306_01_T1"), QStringLiteral("processing date"));
    expectBadInput(QStringLiteral("LC82250692019366LGN00"), QStringLiteral("day of year"));   // 2019 has 365 days
    expectBadInput(QStringLiteral("MOD13Q1.A2018000.h14v10.006.2018130000342"), QStringLiteral("acquisition date"));
    expectBadInput(QStringLiteral("MOD13Q1.A2018113.h14v10.006.2018130250342"), QStringLiteral("production date"));
    expectBadInput(QStringLiteral("HLS.S30.T17SLU.2020367T160031.v2.0"), QStringLiteral("sensing time"));
    expectBadInput(QStringLiteral("CBERS4A_WFI_20231306_209_132_L4"), QStringLiteral("acquisition date"));
    expectBadInput(QStringLiteral("S5P_OFFL_L2__NO2____20230101T000000_20230101T014130_27156_03_020400_20230132T162355"),
                   QStringLiteral("processing date"));
    expectBadInput(QStringLiteral("S3A_OL_1_EFR____20191220T135127_20191220T135427_20191320T153134_0179_053_010_2700_LN1_O_NR_002"),
                   QStringLiteral("creation date"));
}

TEST(SceneIdParser, DayOfYear366IsValidInLeapYears)
{
    EXPECT_EQ(iso(parsed(QStringLiteral("LC82250692020366LGN00")).sensingStart), QStringLiteral("2020-12-31T00:00:00Z"));
}

TEST(SceneIdParser, UnknownIdNamesTheIdAndTheFamiliesTried)
{
    const QString id = QStringLiteral("S2A_OPER_MSI_L1C_TL_SGS__20160101T000000_A002750_T31UDQ_N02.01");
    const auto result = parseSceneId(id);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(result.error().message.contains(id));
    const auto families = knownSceneIdFamilies();
    for (const auto &family : families)
        EXPECT_TRUE(result.error().message.contains(family)) << family.toStdString();
    EXPECT_FALSE(parseSceneId(QString()).ok());
    EXPECT_FALSE(parseSceneId(QStringLiteral("   ")).ok());
}

TEST(SceneIdParser, KnownFamiliesInOrder)
{
    EXPECT_EQ(knownSceneIdFamilies(),
              (QStringList{QStringLiteral("sentinel-1"), QStringLiteral("sentinel-2"), QStringLiteral("sentinel-3"),
                           QStringLiteral("sentinel-5p"), QStringLiteral("landsat"), QStringLiteral("modis"),
                           QStringLiteral("viirs"), QStringLiteral("hls"), QStringLiteral("cbers"),
                           QStringLiteral("amazonia")}));
}

} // namespace
} // namespace eoc

#pragma once
// The Sentinel-2 and Landsat products the Google tests find in the look-alike bucket: a few SAFE
// folders of tile 23LKC (east of Brasília) in and around January 2024, one of 2016 under its long name, a
// Level-2A one, a far-away tile, and a Landsat 8 Collection 1 scene.
#include "tests/support/GcsBucketServer.h"

namespace eoc::test::google {

inline const QString kS2Bucket = QStringLiteral("gcp-public-data-sentinel-2");
inline const QString kLandsatBucket = QStringLiteral("gcp-public-data-landsat");

inline const QString kJan05 = QStringLiteral("S2B_MSIL1C_20240105T131239_N0510_R138_T23LKC_20240105T150530");
inline const QString kJan10 = QStringLiteral("S2A_MSIL1C_20240110T131241_N0510_R138_T23LKC_20240110T165432");
inline const QString kDec25 = QStringLiteral("S2A_MSIL1C_20231225T131241_N0510_R138_T23LKC_20231225T165432");
inline const QString kOld2016 = QStringLiteral("S2A_OPER_PRD_MSIL1C_PDMC_20160110T183539_R138_V20160110T131239_20160110T131239");
inline const QString kL2A = QStringLiteral("S2B_MSIL2A_20240105T131239_N0510_R138_T23LKC_20240105T170000");
inline const QString kFarAway = QStringLiteral("S2A_MSIL1C_20240106T102401_N0510_R065_T33UUP_20240106T121212");
inline const QString kHawaii = QStringLiteral("S2A_MSIL1C_20240107T211911_N0510_R086_T05QKB_20240107T230000");
inline const QString kLandsat = QStringLiteral("LC08_L1TP_221071_20200105_20200113_01_T1");

// The files of one SAFE folder: names as ESA writes them, contents made up (distinct per file).
inline QStringList safeFiles(const QString &product)
{
    return {QStringLiteral("manifest.safe"), QStringLiteral("MTD_MSIL1C.xml"),
            QStringLiteral("GRANULE/L1C_T23LKC_A035581_20240105T131234/IMG_DATA/") + product.left(3) + QStringLiteral("_B04.jp2")};
}

inline QByteArray contentOf(const QString &objectName)
{
    QByteArray data = objectName.toUtf8();
    while (data.size() < 70000)
        data += data;
    return data.left(70000 + objectName.size());
}

inline void putSafe(GcsBucketServer &bucket, const QString &folder, const QString &product)
{
    const QString root = folder + product + QStringLiteral(".SAFE");
    // The placeholder some upload tools leave beside a folder: not a file of the product.
    bucket.put(kS2Bucket, root + QStringLiteral("_$folder$"), QByteArray());
    for (const QString &file : safeFiles(product))
        bucket.put(kS2Bucket, root + QLatin1Char('/') + file, contentOf(root + QLatin1Char('/') + file));
}

inline void fillBucket(GcsBucketServer &bucket)
{
    putSafe(bucket, QStringLiteral("tiles/23/L/KC/"), kJan05);
    putSafe(bucket, QStringLiteral("tiles/23/L/KC/"), kJan10);
    putSafe(bucket, QStringLiteral("tiles/23/L/KC/"), kDec25);
    putSafe(bucket, QStringLiteral("tiles/23/L/KC/"), kOld2016);
    putSafe(bucket, QStringLiteral("L2/tiles/23/L/KC/"), kL2A);
    putSafe(bucket, QStringLiteral("tiles/33/U/UP/"), kFarAway);
    putSafe(bucket, QStringLiteral("tiles/05/Q/KB/"), kHawaii);
    const QString landsat = QStringLiteral("LC08/01/221/071/") + kLandsat + QLatin1Char('/');
    for (const QString &file : {QStringLiteral("_B1.TIF"), QStringLiteral("_MTL.txt")})
        bucket.put(kLandsatBucket, landsat + kLandsat + file, contentOf(landsat + file));
    // Small pages, so every folder above takes several.
    bucket.setPageSizeCap(2);
}

} // namespace eoc::test::google

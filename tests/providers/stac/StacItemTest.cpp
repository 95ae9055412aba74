#include "core/stac/StacItem.h"
#include "tests/providers/stac/StacTestSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::stac;
using namespace eoc::test;

namespace {

QJsonObject feature(const QString &file, int index)
{
    return fixtureObject(file).value(QStringLiteral("features")).toArray().at(index).toObject();
}

const SceneAsset *assetNamed(const SceneResult &r, const QString &key)
{
    for (const auto &a : r.assets) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

} // namespace

TEST(StacItem, MultihashPrefixesAreDecoded)
{
    const QString sha256 = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    auto d = decodeMultihash(QStringLiteral("1220") + sha256);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->first, QStringLiteral("sha256"));
    EXPECT_EQ(d->second, sha256);

    // md5 is code 0xd5, a two-byte varint (d5 01), then length 0x10.
    d = decodeMultihash(QStringLiteral("d50110d41d8cd98f00b204e9800998ecf8427e"));
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->first, QStringLiteral("md5"));
    EXPECT_EQ(d->second, QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"));

    d = decodeMultihash(QStringLiteral("1114da39a3ee5e6b4b0d3255bfef95601890afd80709"));
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->first, QStringLiteral("sha1"));

    EXPECT_FALSE(decodeMultihash(QStringLiteral("1220abcd")).has_value());   // wrong length
    EXPECT_FALSE(decodeMultihash(QStringLiteral("9901ff")).has_value());     // unknown code
}

TEST(StacItem, S3UrlsBecomeHttps)
{
    EXPECT_EQ(s3ToHttps(QUrl(QStringLiteral("s3://sentinel-cogs/sentinel-s2-l2a-cogs/13/T/DE/B04.tif")), QStringLiteral("us-west-2")),
              QUrl(QStringLiteral("https://sentinel-cogs.s3.us-west-2.amazonaws.com/sentinel-s2-l2a-cogs/13/T/DE/B04.tif")));
    EXPECT_EQ(s3ToHttps(QUrl(QStringLiteral("s3://copernicus-dem-30m/a/b.tif")), QString()),
              QUrl(QStringLiteral("https://copernicus-dem-30m.s3.amazonaws.com/a/b.tif")));
}

TEST(StacItem, EarthSearchSentinel2Item)
{
    const auto scene = itemToScene(feature(QStringLiteral("stac_earth_search/v1_search_two_collections_p1.json"), 0),
                                   QStringLiteral("stac"));
    ASSERT_TRUE(scene.ok());
    EXPECT_EQ(scene->sceneId, QStringLiteral("S2A_MSIL2A_20231008T175231_N0509_R141_T13TDE_20231008T233154"));
    EXPECT_EQ(scene->remoteId, QStringLiteral("S2A_13TDE_20231008_0_L2A"));
    EXPECT_EQ(scene->collection, QStringLiteral("sentinel-2-l2a"));
    ASSERT_TRUE(scene->cloudCover.has_value());
    EXPECT_DOUBLE_EQ(*scene->cloudCover, 0.000299);
    EXPECT_EQ(scene->tile, QStringLiteral("13TDE"));
    EXPECT_EQ(scene->start, QDateTime(QDate(2023, 10, 8), QTime(18, 2, 55, 276), Qt::UTC));
    EXPECT_EQ(scene->end, scene->start);
    EXPECT_EQ(scene->quicklook.host(), QStringLiteral("sentinel-cogs.s3.us-west-2.amazonaws.com"));
    EXPECT_FALSE(scene->link.isValid());   // no product archive on Earth Search
    EXPECT_EQ(scene->attributes.value(QStringLiteral("s2:product_type")).toString(), QStringLiteral("S2MSI2A"));
    // JP2 copies live in the requester-pays bucket: kept as s3:// and listed.
    const SceneAsset *jp2 = assetNamed(scene.value(), QStringLiteral("red-jp2"));
    ASSERT_NE(jp2, nullptr);
    EXPECT_EQ(jp2->href.scheme(), QStringLiteral("s3"));
    EXPECT_TRUE(scene->attributes.value(kRequesterPaysAssets).toArray().contains(QStringLiteral("red-jp2")));
    const SceneAsset *red = assetNamed(scene.value(), QStringLiteral("red"));
    ASSERT_NE(red, nullptr);
    EXPECT_EQ(red->href.scheme(), QStringLiteral("https"));
    EXPECT_EQ(red->roles, (QStringList{QStringLiteral("data"), QStringLiteral("reflectance")}));
    if (regionAvailable()) {
        EXPECT_FALSE(scene->footprint.isEmpty());
    }
}

TEST(StacItem, SentinelOneAndLandsatIds)
{
    const auto s1 = itemToScene(feature(QStringLiteral("stac_earth_search/v1_search_cql2_filter_p1.json"), 0), QStringLiteral("stac"));
    ASSERT_TRUE(s1.ok());
    EXPECT_EQ(s1->sceneId, QStringLiteral("S1A_IW_GRDH_1SSH_20250731T135702_20250731T135722_060328_077F7E_0C44"));
    EXPECT_EQ(s1->start, QDateTime(QDate(2025, 7, 31), QTime(13, 57, 2, 256), Qt::UTC));
    EXPECT_EQ(s1->end, QDateTime(QDate(2025, 7, 31), QTime(13, 57, 22, 145), Qt::UTC));
    EXPECT_FALSE(s1->cloudCover.has_value());

    const auto landsat = itemToScene(feature(QStringLiteral("stac_planetary_computer/items_landsat_c2_l2_p1.json"), 0),
                                     QStringLiteral("stac"));
    ASSERT_TRUE(landsat.ok());
    EXPECT_EQ(landsat->sceneId, QStringLiteral("LC09_L2SR_084082_20250722_02_T1"));
    EXPECT_EQ(landsat->tile, QStringLiteral("084082"));
    EXPECT_DOUBLE_EQ(*landsat->cloudCover, 41.51);
    // No thumbnail asset: the rendered preview is the quicklook.
    EXPECT_EQ(landsat->quicklook.path(), QStringLiteral("/api/data/v1/item/preview.png"));
}

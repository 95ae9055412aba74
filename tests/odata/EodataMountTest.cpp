// Where a product lies in a mounted eodata store.
#include "core/odata/EodataMount.h"

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::odata;

TEST(EodataMount, TheS3PathIsReadUnderTheMountAndCannotLeaveIt)
{
    SceneResult scene;
    scene.attributes.insert(QStringLiteral("S3Path"), QStringLiteral("/eodata/Sentinel-2/MSI/L1C/2024/06/01/X.SAFE"));
    EXPECT_EQ(eodataPath(scene, QStringLiteral("/mnt/eodata")), QStringLiteral("/mnt/eodata/Sentinel-2/MSI/L1C/2024/06/01/X.SAFE"));
    EXPECT_TRUE(eodataPath(scene, QString()).isEmpty()) << "no mount: download";
    scene.attributes.insert(QStringLiteral("S3Path"), QStringLiteral("/eodata/../../etc/passwd"));
    EXPECT_EQ(eodataPath(scene, QStringLiteral("/mnt/eodata")), QStringLiteral("/mnt/eodata/etc/passwd"));
    scene.attributes.remove(QStringLiteral("S3Path"));
    EXPECT_TRUE(eodataPath(scene, QStringLiteral("/mnt/eodata")).isEmpty());
    // Not in the mount: no copy plan, the product is downloaded.
    scene.attributes.insert(QStringLiteral("S3Path"), QStringLiteral("/eodata/Sentinel-2/none.SAFE"));
    EXPECT_FALSE(eodataCopyPlan(scene, QStringLiteral("/nonexistent-mount"), QStringLiteral("creodias")).has_value());
}

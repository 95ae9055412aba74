// The queue's settings read from a real settings file: defaults, and values that cannot be used
// named in the error.
#include "core/download/queue/QueueSettings.h"
#include "core/settings/Settings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

class QueueSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        registerQueueDefaults(settings);
    }
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
};

} // namespace

TEST_F(QueueSettingsTest, TheLocalJournalAndASixtySecondLeaseByDefault)
{
    EXPECT_TRUE(settings.value(QLatin1String(kQueueUrlSetting)).isEmpty());
    const auto lease = readQueueLeaseSeconds(settings);
    ASSERT_TRUE(lease.ok());
    EXPECT_EQ(lease.value(), 60);
}

TEST_F(QueueSettingsTest, ALeaseOutsideItsRangeIsRefusedByName)
{
    ASSERT_TRUE(settings.applyAssignment(QStringLiteral("queue.lease_seconds=5")).ok());
    EXPECT_EQ(readQueueLeaseSeconds(settings).value(), 5);
    for (const char *bad : {"2", "100000", "soon", "-1"}) {
        ASSERT_TRUE(settings.applyAssignment(QStringLiteral("queue.lease_seconds=") + QLatin1String(bad)).ok());
        const auto lease = readQueueLeaseSeconds(settings);
        ASSERT_FALSE(lease.ok()) << bad;
        EXPECT_EQ(lease.error().errorClass, ErrorClass::BadInput);
        EXPECT_TRUE(lease.error().message.contains(QLatin1String("queue.lease_seconds"))) << lease.error().message.toStdString();
        EXPECT_TRUE(lease.error().message.contains(QLatin1String(bad))) << lease.error().message.toStdString();
    }
}

TEST_F(QueueSettingsTest, MaxAttemptsAndFormatChangeReachTheOptions)
{
    ASSERT_TRUE(settings.applyAssignment(QStringLiteral("download.max_attempts=3")).ok());
    ASSERT_TRUE(settings.applyAssignment(QStringLiteral("download.allow_format_change=yes")).ok());
    DownloadQueue::Options options;
    ASSERT_TRUE(applyQueueSettings(settings, options).ok());
    EXPECT_EQ(options.maxFileAttempts, 3);
    EXPECT_TRUE(options.allowFormatChange);
    ASSERT_TRUE(settings.applyAssignment(QStringLiteral("download.max_attempts=0")).ok());
    const Status refused = applyQueueSettings(settings, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("download.max_attempts")));
}

TEST_F(QueueSettingsTest, WatchOnlyIsOffByDefaultAndRefusesAnythingButASwitch)
{
    EXPECT_FALSE(readQueueWatchOnly(settings).value());
    ASSERT_TRUE(settings.applyAssignment(QStringLiteral("queue.watch_only=true")).ok());
    EXPECT_TRUE(readQueueWatchOnly(settings).value());
    ASSERT_TRUE(settings.applyAssignment(QStringLiteral("queue.watch_only=sometimes")).ok());
    const auto refused = readQueueWatchOnly(settings);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("queue.watch_only"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("sometimes"))) << refused.error().message.toStdString();
}

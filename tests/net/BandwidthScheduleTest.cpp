// network.bandwidth_schedule: the rules as written, the rate in force at given times, and the
// limiter switching rates at a rule's boundary (the wall clock injected, the switch awaited).
#include "core/net/BandwidthLimiter.h"
#include "core/net/BandwidthSchedule.h"
#include "core/net/NetworkAccess.h"
#include "core/net/NetworkSettings.h"
#include "core/settings/SettingsView.h"

#include <QHash>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Friday 4 December 2026 at the given local time.
QDateTime friday(int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 12, 4), QTime(hour, minute, second, ms));
}

class MapSettings final : public SettingsView
{
public:
    QString value(const QString &key) const override { return m_values.value(key); }
    QHash<QString, QString> m_values;
};

} // namespace

TEST(BandwidthSchedule, ReadsDaysTimesAndRates)
{
    const auto schedule = BandwidthSchedule::parse(QStringLiteral(" Mon-Fri 08:00-18:00 2M ;sat,SUN 00:00-24:00 0; Fri-Mon 22:30-24:00 512K;"));
    ASSERT_TRUE(schedule.ok()) << schedule.error().message.toStdString();
    const auto &rules = schedule->rules();
    ASSERT_EQ(rules.size(), 3);
    EXPECT_EQ(rules.at(0).days, 0x1f);
    EXPECT_EQ(rules.at(0).fromMinute, 8 * 60);
    EXPECT_EQ(rules.at(0).toMinute, 18 * 60);
    EXPECT_EQ(rules.at(0).bytesPerSecond, 2 * kMiB);
    EXPECT_EQ(rules.at(1).days, 0x60);
    EXPECT_EQ(rules.at(1).toMinute, 24 * 60);
    EXPECT_EQ(rules.at(1).bytesPerSecond, 0);
    EXPECT_EQ(rules.at(2).days, 0x71);              // Fri, Sat, Sun, Mon: the range wraps
    EXPECT_EQ(rules.at(2).bytesPerSecond, 512 * 1024);
    EXPECT_EQ(BandwidthSchedule::parse(QStringLiteral("daily 00:00-06:00 1M"))->rules().first().days, 0x7f);
    // Written back, it reads the same.
    EXPECT_EQ(schedule->toString(), QStringLiteral("Mon-Fri 08:00-18:00 2M; Sat,Sun 00:00-24:00 0; Mon,Fri-Sun 22:30-24:00 512K"));
    EXPECT_EQ(BandwidthSchedule::parse(schedule->toString())->rules(), rules);
    EXPECT_TRUE(BandwidthSchedule::parse(QString())->isEmpty());
    EXPECT_TRUE(BandwidthSchedule::parse(QStringLiteral("  ; "))->isEmpty());
}

TEST(BandwidthSchedule, ErrorsNameTheRuleAndTheBadPart)
{
    const auto expectError = [](const QString &text, const QString &part) {
        const auto schedule = BandwidthSchedule::parse(text);
        ASSERT_FALSE(schedule.ok()) << text.toStdString();
        EXPECT_EQ(schedule.error().errorClass, ErrorClass::BadInput);
        EXPECT_TRUE(schedule.error().message.contains(part))
            << text.toStdString() << " -> " << schedule.error().message.toStdString();
    };
    expectError(QStringLiteral("Mon-Fri 08:00-18:00 2M; Sat-Sum 00:00-24:00 0"), QStringLiteral("rule 2 (\"Sat-Sum 00:00-24:00 0\"): \"Sat-Sum\""));
    expectError(QStringLiteral("Mon 25:00-26:00 1M"), QStringLiteral("\"25:00-26:00\""));
    expectError(QStringLiteral("Mon 08:60-09:00 1M"), QStringLiteral("\"08:60-09:00\""));
    expectError(QStringLiteral("Mon 8-9 1M"), QStringLiteral("\"8-9\""));
    expectError(QStringLiteral("Mon 22:00-06:00 1M"), QStringLiteral("ends before it starts"));
    expectError(QStringLiteral("Mon 08:00-08:00 1M"), QStringLiteral("ends before it starts"));
    expectError(QStringLiteral("Mon 08:00-09:00 fast"), QStringLiteral("\"fast\""));
    expectError(QStringLiteral("Mon 08:00-09:00"), QStringLiteral("three parts"));
    expectError(QStringLiteral("Mon-Tue-Wed 08:00-09:00 1M"), QStringLiteral("\"Mon-Tue-Wed\""));
}

TEST(BandwidthSchedule, FirstMatchingRuleDecidesTheRateAtAGivenTime)
{
    const auto schedule = BandwidthSchedule::parse(QStringLiteral("Mon-Fri 08:00-18:00 2M; Fri 12:00-20:00 1M; Sat-Sun 00:00-24:00 0"));
    ASSERT_TRUE(schedule.ok());
    EXPECT_EQ(schedule->rateAt(friday(7, 59, 59)), std::nullopt);      // outside every rule
    EXPECT_EQ(schedule->rateAt(friday(8, 0)), 2 * kMiB);
    EXPECT_EQ(schedule->rateAt(friday(13, 0)), 2 * kMiB);             // both match: the first wins
    EXPECT_EQ(schedule->rateAt(friday(17, 59, 59)), 2 * kMiB);
    EXPECT_EQ(schedule->rateAt(friday(18, 0)), 1 * kMiB);             // the end is not part of a rule
    EXPECT_EQ(schedule->rateAt(friday(20, 0)), std::nullopt);
    EXPECT_EQ(schedule->rateAt(friday(23, 59).addDays(1)), 0);         // Saturday
    EXPECT_EQ(schedule->rateAt(friday(10, 0).addDays(3)), 2 * kMiB);   // Monday
    // Given in UTC, read in local time.
    EXPECT_EQ(schedule->rateAt(friday(9, 0).toUTC()), 2 * kMiB);

    EXPECT_EQ(schedule->nextChangeAfter(friday(7, 0)), friday(8, 0));
    EXPECT_EQ(schedule->nextChangeAfter(friday(8, 0)), friday(12, 0));
    EXPECT_EQ(schedule->nextChangeAfter(friday(19, 0)), friday(20, 0));
    EXPECT_EQ(schedule->nextChangeAfter(friday(21, 0)), QDateTime(QDate(2026, 12, 5), QTime(0, 0)));
    EXPECT_FALSE(BandwidthSchedule().nextChangeAfter(friday(8, 0)).isValid());
}

TEST(BandwidthSchedule, TheLimiterSwitchesRatesAtTheBoundary)
{
    BandwidthLimiter limiter;
    QDateTime now = friday(17, 59, 59, 900);
    limiter.setClock([&now] { return now; });
    limiter.setLimit(300 * 1024);
    EXPECT_EQ(limiter.limit(), 300 * 1024);
    EXPECT_EQ(limiter.msUntilNextSwitch(), -1);     // no schedule, no timer

    limiter.setSchedule(BandwidthSchedule::parse(QStringLiteral("Mon-Fri 08:00-18:00 2M")).value());
    EXPECT_EQ(limiter.limit(), 2 * kMiB);
    EXPECT_EQ(limiter.baseLimit(), 300 * 1024);
    const int wait = limiter.msUntilNextSwitch();
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, 100);                           // a single shot at 18:00, not a poll

    QSignalSpy switched(&limiter, &BandwidthLimiter::limitChanged);
    now = friday(18, 0);
    ASSERT_TRUE(switched.wait(5000));
    EXPECT_EQ(switched.first().first().toLongLong(), 300 * 1024);
    EXPECT_EQ(limiter.limit(), 300 * 1024);
    // Next: Monday 08:00, more than an hour away: looked at again within the hour.
    EXPECT_GT(limiter.msUntilNextSwitch(), 3500 * 1000);
    EXPECT_LE(limiter.msUntilNextSwitch(), 3600 * 1000);

    // Clearing the schedule leaves network.bandwidth_limit and no timer.
    limiter.setSchedule({});
    EXPECT_EQ(limiter.limit(), 300 * 1024);
    EXPECT_EQ(limiter.msUntilNextSwitch(), -1);
}

TEST(BandwidthSchedule, AppliedFromTheSettingNamingItsErrors)
{
    NetworkAccess network;
    QDateTime now = friday(9, 0);
    network.bandwidth()->setClock([&now] { return now; });
    MapSettings settings;
    settings.m_values = {{QLatin1String(network_settings::kBandwidthLimit), QStringLiteral("100K")},
                         {QLatin1String(network_settings::kBandwidthSchedule), QStringLiteral("Mon-Fri 08:00-18:00 1M")}};
    EXPECT_FALSE(applyNetworkSettings(network, settings).isError());
    EXPECT_EQ(network.bandwidth()->limit(), kMiB);

    // A bad schedule is refused and named; the one in force stays.
    settings.m_values.insert(QLatin1String(network_settings::kBandwidthSchedule), QStringLiteral("Mon-Fri 08:00-18:00 1M; Sun 9:00-8:00 0"));
    const Error error = applyNetworkSettings(network, settings);
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(error.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(error.message.contains(QLatin1String("network.bandwidth_schedule"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QLatin1String("rule 2"))) << error.message.toStdString();
    EXPECT_EQ(network.bandwidth()->schedule().rules().size(), 1);

    // Emptied: network.bandwidth_limit again.
    settings.m_values.insert(QLatin1String(network_settings::kBandwidthSchedule), QStringLiteral(""));
    EXPECT_FALSE(applyNetworkSettings(network, settings).isError());
    EXPECT_EQ(network.bandwidth()->limit(), 100 * 1024);
}

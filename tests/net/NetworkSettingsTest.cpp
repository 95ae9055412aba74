#include "core/net/NetworkAccess.h"
#include "core/net/BandwidthLimiter.h"
#include "core/net/NetworkSettings.h"
#include "core/settings/SettingsView.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

class MapSettings final : public SettingsView
{
public:
    QString value(const QString &key) const override { return m_values.value(key); }
    QHash<QString, QString> m_values;
};

} // namespace

TEST(NetworkSettings, ByteRates)
{
    EXPECT_EQ(parseByteRate(QStringLiteral("0")), 0);
    EXPECT_EQ(parseByteRate(QStringLiteral("250000")), 250000);
    EXPECT_EQ(parseByteRate(QStringLiteral("512K")), 512 * 1024);
    EXPECT_EQ(parseByteRate(QStringLiteral("2m")), 2 * 1024 * 1024);
    EXPECT_EQ(parseByteRate(QStringLiteral("1.5 MB")), 1536 * 1024);
    EXPECT_FALSE(parseByteRate(QStringLiteral("fast")));
    EXPECT_FALSE(parseByteRate(QStringLiteral("-1")));
    EXPECT_FALSE(parseByteRate(QString()));
}

TEST(NetworkSettings, DefaultsAreValidAndApplied)
{
    MapSettings settings;
    const auto specs = networkSettingSpecs();
    ASSERT_EQ(specs.size(), 10);
    for (const auto &spec : specs) {
        EXPECT_TRUE(spec.key.startsWith(QStringLiteral("network."))) << spec.key.toStdString();
        EXPECT_FALSE(spec.description.isEmpty());
        settings.m_values.insert(spec.key, spec.defaultValue);
    }
    NetworkAccess network;
    EXPECT_FALSE(applyNetworkSettings(network, settings).isError());
    EXPECT_EQ(network.limiter()->globalConnectionCap(), 8);
    EXPECT_EQ(network.bandwidth()->limit(), 0);
    EXPECT_EQ(network.policy().stallTimeoutMs, 30000);
    EXPECT_EQ(network.policy().maxAnswerBytes, qint64(256) * 1024 * 1024);
    EXPECT_EQ(network.policy().minSpeedBytesPerSecond, 100);
    EXPECT_EQ(network.policy().minSpeedTimeMs, 30000);
    EXPECT_EQ(network.policy().apiDeadlineMs, 120000);
}

TEST(NetworkSettings, AnswerLimitsAcceptFractionsAndNameBadValues)
{
    MapSettings settings;
    settings.m_values = {{QStringLiteral("network.max_answer_bytes"), QStringLiteral("1G")},
                         {QStringLiteral("network.min_speed"), QStringLiteral("1K")},
                         {QStringLiteral("network.min_speed_time"), QStringLiteral("0.25")},
                         {QStringLiteral("network.api_deadline"), QStringLiteral("0")}};
    NetworkAccess network;
    EXPECT_FALSE(applyNetworkSettings(network, settings).isError());
    EXPECT_EQ(network.policy().maxAnswerBytes, qint64(1024) * 1024 * 1024);
    EXPECT_EQ(network.policy().minSpeedBytesPerSecond, 1024);
    EXPECT_EQ(network.policy().minSpeedTimeMs, 250);
    EXPECT_EQ(network.policy().apiDeadlineMs, 0) << "0 turns the deadline off";

    for (const char *key : {"network.max_answer_bytes", "network.min_speed_time", "network.api_deadline"}) {
        settings.m_values = {{QLatin1String(key), QStringLiteral("-3")}};
        const Error error = applyNetworkSettings(network, settings);
        EXPECT_EQ(error.errorClass, ErrorClass::BadInput) << key;
        EXPECT_TRUE(error.message.contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(network.policy().maxAnswerBytes, qint64(1024) * 1024 * 1024) << "a bad value keeps the previous one";
}

TEST(NetworkSettings, ValuesAreAppliedAndBadOnesNamed)
{
    MapSettings settings;
    settings.m_values = {{QStringLiteral("network.max_connections"), QStringLiteral("3")},
                         {QStringLiteral("network.bandwidth_limit"), QStringLiteral("1M")},
                         {QStringLiteral("network.stall_timeout"), QStringLiteral("12")}};
    NetworkAccess network;
    EXPECT_FALSE(applyNetworkSettings(network, settings).isError());
    EXPECT_EQ(network.limiter()->globalConnectionCap(), 3);
    EXPECT_EQ(network.bandwidth()->limit(), 1024 * 1024);
    EXPECT_EQ(network.policy().stallTimeoutMs, 12000);

    settings.m_values = {{QStringLiteral("network.max_connections"), QStringLiteral("many")},
                         {QStringLiteral("network.bandwidth_limit"), QStringLiteral("2K")}};
    const Error error = applyNetworkSettings(network, settings);
    EXPECT_EQ(error.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(error.message.contains(QStringLiteral("network.max_connections")));
    EXPECT_EQ(network.limiter()->globalConnectionCap(), 3) << "a bad value keeps the previous one";
    EXPECT_EQ(network.bandwidth()->limit(), 2048) << "the good values are still applied";

    settings.m_values = {{QStringLiteral("network.proxy"), QStringLiteral("proxy:3128")}};
    EXPECT_TRUE(applyNetworkSettings(network, settings).message.contains(QStringLiteral("network.proxy")));
}

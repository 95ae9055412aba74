#include "core/net/NetworkSettings.h"

#include <QCoreApplication>
#include <QFile>

#include "core/net/BandwidthLimiter.h"
#include "core/net/BandwidthSchedule.h"
#include "core/net/NetworkAccess.h"
#include "core/settings/SettingsView.h"

namespace eoc {

namespace {

const QString kProxy = QLatin1String(network_settings::kProxy);
const QString kMaxConnections = QStringLiteral("network.max_connections");
const QString kBandwidth = QLatin1String(network_settings::kBandwidthLimit);
const QString kSchedule = QLatin1String(network_settings::kBandwidthSchedule);
const QString kStall = QStringLiteral("network.stall_timeout");
const QString kMaxAnswer = QStringLiteral("network.max_answer_bytes");
const QString kMinSpeed = QStringLiteral("network.min_speed");
const QString kMinSpeedTime = QStringLiteral("network.min_speed_time");
const QString kApiDeadline = QStringLiteral("network.api_deadline");
const QString kTrusted = QStringLiteral("network.trusted_certificates");

Error badValue(const QString &key, const QString &value, const QString &expected)
{
    return Error(ErrorClass::BadInput, QCoreApplication::translate("NetworkSettings", "%1 must be %2; got \"%3\"").arg(key, expected, value));
}

// Seconds (fractions allowed, so tests can use short limits) as milliseconds.
std::optional<int> secondsToMs(const QString &text, bool zeroAllowed)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 86400 || (seconds == 0 && !zeroAllowed))
        return std::nullopt;
    const int ms = int(seconds * 1000);
    if (ms == 0 && !zeroAllowed)
        return 1;
    return ms;
}

// The certificates of the PEM files listed in `text` (separated by ';'), all of them or an error
// naming the file that could not be used.
Result<QByteArray> readTrustedCertificates(const QString &text)
{
    QByteArray pem;
    const QStringList paths = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &entry : paths) {
        const QString path = entry.trimmed();
        if (path.isEmpty())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("NetworkSettings", "%1: cannot read %2: %3")
                                                   .arg(kTrusted, path, file.errorString()));
        }
        const QByteArray content = file.read(1024 * 1024);
        if (!content.contains("-----BEGIN CERTIFICATE-----")) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("NetworkSettings", "%1: %2 holds no PEM certificate "
                                                                                              "(-----BEGIN CERTIFICATE-----)")
                                                   .arg(kTrusted, path));
        }
        pem += content;
        if (!pem.endsWith('\n'))
            pem += '\n';
    }
    return pem;
}

} // namespace

QList<SettingSpec> networkSettingSpecs()
{
    return {
        {kProxy, QStringLiteral("system"),
         QCoreApplication::translate("NetworkSettings", "Proxy: \"system\" (the platform's settings), \"none\", \"http://host:port\" or "
                        "\"socks5://host:port\"")},
        {kMaxConnections, QStringLiteral("8"),
         QCoreApplication::translate("NetworkSettings", "Connections open at once over all providers (0: no cap)")},
        {kBandwidth, QStringLiteral("0"),
         QCoreApplication::translate("NetworkSettings", "Download rate limit in bytes per second, K and M allowed (0: unlimited)")},
        {kSchedule, QStringLiteral(""),
         QCoreApplication::translate("NetworkSettings", "Download rates by day and time, first matching rule wins, e.g. "
                        "\"Mon-Fri 08:00-18:00 2M; Sat-Sun 00:00-24:00 0\" (0: unlimited); outside every rule "
                        "network.bandwidth_limit applies")},
        {kStall, QStringLiteral("30"),
         QCoreApplication::translate("NetworkSettings", "Seconds without data before a download is reconnected and resumed")},
        {kMaxAnswer, QStringLiteral("256M"),
         QCoreApplication::translate("NetworkSettings", "Largest answer of a search or API call held in memory, K, M and G allowed")},
        {kMinSpeed, QStringLiteral("100"),
         QCoreApplication::translate("NetworkSettings", "Bytes per second below which a search or API call is cut and retried (0: no minimum)")},
        {kMinSpeedTime, QStringLiteral("30"),
         QCoreApplication::translate("NetworkSettings", "Seconds a search or API call may stay below network.min_speed")},
        {kApiDeadline, QStringLiteral("120"),
         QCoreApplication::translate("NetworkSettings", "Seconds a search or API call may take in all, retries included (0: no deadline)")},
        {kTrusted, QStringLiteral(""),
         QCoreApplication::translate("NetworkSettings", "PEM certificate files trusted besides the system's authorities, separated "
                                                        "by ';' (an FTPS server with a certificate of its own making)")},
    };
}

std::optional<qint64> parseByteRate(const QString &text)
{
    QString value = text.trimmed().toUpper();
    if (value.endsWith(QLatin1Char('B')))
        value.chop(1);
    double factor = 1;
    if (value.endsWith(QLatin1Char('K'))) {
        factor = 1024;
        value.chop(1);
    } else if (value.endsWith(QLatin1Char('M'))) {
        factor = 1024 * 1024;
        value.chop(1);
    } else if (value.endsWith(QLatin1Char('G'))) {
        factor = 1024.0 * 1024 * 1024;
        value.chop(1);
    }
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || number < 0 || number * factor > 1e15)
        return std::nullopt;
    return qint64(number * factor);
}

Error applyNetworkSettings(NetworkAccess &network, const SettingsView &settings)
{
    Error first;
    auto keep = [&first](const Error &error) {
        if (error.isError() && !first.isError())
            first = error;
    };

    if (settings.contains(kProxy))
        keep(network.setProxy(settings.value(kProxy)));

    if (settings.contains(kMaxConnections)) {
        const QString text = settings.value(kMaxConnections);
        bool ok = false;
        const int cap = text.trimmed().toInt(&ok);
        if (ok && cap >= 0)
            network.setGlobalConnectionCap(cap);
        else
            keep(badValue(kMaxConnections, text, QCoreApplication::translate("NetworkSettings", "a whole number, 0 for no cap")));
    }

    if (settings.contains(kBandwidth)) {
        const QString text = settings.value(kBandwidth);
        if (const auto rate = parseByteRate(text))
            network.setBandwidthLimit(*rate);
        else
            keep(badValue(kBandwidth, text, QCoreApplication::translate("NetworkSettings", "bytes per second such as 500000, 512K or 2M (0: unlimited)")));
    }

    if (settings.contains(kSchedule) && network.bandwidth()) {
        const QString text = settings.value(kSchedule);
        if (auto schedule = BandwidthSchedule::parse(text))
            network.bandwidth()->setSchedule(schedule.value());
        else
            keep(Error(ErrorClass::BadInput, QStringLiteral("%1: %2").arg(kSchedule, schedule.error().message)));
    }

    if (settings.contains(kStall)) {
        const QString text = settings.value(kStall);
        bool ok = false;
        const double seconds = text.trimmed().toDouble(&ok);
        if (ok && seconds >= 1 && seconds <= 3600) {
            auto policy = network.policy();
            policy.stallTimeoutMs = int(seconds * 1000);
            network.setPolicy(policy);
        } else {
            keep(badValue(kStall, text, QCoreApplication::translate("NetworkSettings", "a number of seconds from 1 to 3600")));
        }
    }

    auto policy = network.policy();
    if (settings.contains(kMaxAnswer)) {
        const QString text = settings.value(kMaxAnswer);
        const auto bytes = parseByteRate(text);
        if (bytes && *bytes > 0)
            policy.maxAnswerBytes = *bytes;
        else
            keep(badValue(kMaxAnswer, text, QCoreApplication::translate("NetworkSettings", "a size in bytes such as 268435456, 256M or 1G")));
    }
    if (settings.contains(kMinSpeed)) {
        const QString text = settings.value(kMinSpeed);
        if (const auto rate = parseByteRate(text))
            policy.minSpeedBytesPerSecond = *rate;
        else
            keep(badValue(kMinSpeed, text, QCoreApplication::translate("NetworkSettings", "bytes per second such as 100 or 1K (0: no minimum)")));
    }
    if (settings.contains(kMinSpeedTime)) {
        const QString text = settings.value(kMinSpeedTime);
        if (const auto ms = secondsToMs(text, false))
            policy.minSpeedTimeMs = *ms;
        else
            keep(badValue(kMinSpeedTime, text, QCoreApplication::translate("NetworkSettings", "a number of seconds above 0, at most 86400")));
    }
    if (settings.contains(kApiDeadline)) {
        const QString text = settings.value(kApiDeadline);
        if (const auto ms = secondsToMs(text, true))
            policy.apiDeadlineMs = *ms;
        else
            keep(badValue(kApiDeadline, text, QCoreApplication::translate("NetworkSettings", "a number of seconds up to 86400 (0: no deadline)")));
    }
    network.setPolicy(policy);

    if (settings.contains(kTrusted)) {
        if (auto pem = readTrustedCertificates(settings.value(kTrusted)))
            network.setTrustedCertificates(pem.value());
        else
            keep(pem.error());
    }
    return first;
}

} // namespace eoc

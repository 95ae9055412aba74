#include "core/download/queue/QueueSettings.h"

#include "core/settings/Settings.h"
#include "core/settings/SettingsView.h"

#include <QCoreApplication>

namespace eoc {

void registerQueueDefaults(Settings &settings)
{
    settings.registerDefault(QString::fromLatin1(kBdcVersionSetting), QStringLiteral("1"));
    settings.registerDefault(QString::fromLatin1(kSourcePolicySetting), sourcePolicyName(SourcePolicy::UserOrder));
    settings.registerDefault(QString::fromLatin1(kAllowFormatChangeSetting), QStringLiteral("false"));
    settings.registerDefault(QString::fromLatin1(kMaxAttemptsSetting),
                             QString::number(DownloadQueue::Options{}.maxFileAttempts));
    settings.registerDefault(QString::fromLatin1(kQueueUrlSetting), QString());
    settings.registerDefault(QString::fromLatin1(kQueueLeaseSecondsSetting), QString::number(kDefaultQueueLeaseSeconds));
    settings.registerDefault(QString::fromLatin1(kQueueWatchOnlySetting), QStringLiteral("false"));
}

Status applyQueueSettings(const SettingsView &settings, DownloadQueue::Options &options)
{
    // Items in the "bdc" layout land where `download` would have put them, whoever runs them.
    if (const QString version = settings.value(QString::fromLatin1(kBdcVersionSetting)).trimmed(); !version.isEmpty())
        options.bdcVersion = version;
    auto allowFormatChange = readAllowFormatChange(settings);
    if (!allowFormatChange)
        return allowFormatChange.error();
    options.allowFormatChange = allowFormatChange.value();
    const auto leaseSeconds = readQueueLeaseSeconds(settings);
    if (!leaseSeconds)
        return leaseSeconds.error();
    options.leaseSeconds = leaseSeconds.value();
    const QString text = settings.value(QString::fromLatin1(kMaxAttemptsSetting)).trimmed();
    if (text.isEmpty())
        return success();
    bool ok = false;
    const int attempts = text.toInt(&ok);
    if (!ok || attempts < 1 || attempts > 1000) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueSettings", "%1 needs a whole number from 1 to 1000, not '%2'")
                                               .arg(QString::fromLatin1(kMaxAttemptsSetting), text));
    }
    options.maxFileAttempts = attempts;
    return success();
}

Result<SourcePolicy> readSourcePolicy(const SettingsView &settings)
{
    const QString text = settings.value(QString::fromLatin1(kSourcePolicySetting)).trimmed();
    if (text.isEmpty())
        return SourcePolicy::UserOrder;
    if (const auto policy = sourcePolicyFromName(text))
        return *policy;
    return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueSettings", "%1 is '%2'; use one of: %3")
                                           .arg(QString::fromLatin1(kSourcePolicySetting), text,
                                                sourcePolicyNames().join(QStringLiteral(", "))));
}

namespace {

// A true/false setting (also 1/0, yes/no); empty is false.
Result<bool> readSwitch(const SettingsView &settings, const char *key)
{
    const QString text = settings.value(QString::fromLatin1(key)).trimmed().toLower();
    if (text.isEmpty() || text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no"))
        return false;
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
        return true;
    return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueSettings", "%1 must be true or false, not '%2'")
                                           .arg(QString::fromLatin1(key), text));
}

} // namespace

Result<bool> readAllowFormatChange(const SettingsView &settings)
{
    return readSwitch(settings, kAllowFormatChangeSetting);
}

Result<bool> readQueueWatchOnly(const SettingsView &settings)
{
    return readSwitch(settings, kQueueWatchOnlySetting);
}

Result<int> readQueueLeaseSeconds(const SettingsView &settings)
{
    const QString text = settings.value(QString::fromLatin1(kQueueLeaseSecondsSetting)).trimmed();
    if (text.isEmpty())
        return kDefaultQueueLeaseSeconds;
    bool ok = false;
    const int seconds = text.toInt(&ok);
    // Heartbeats come every third of the lease: under 3 s a busy machine could miss its own.
    if (!ok || seconds < 3 || seconds > 86400) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueSettings", "%1 needs a whole number of seconds from 3 to 86400, not '%2'")
                                               .arg(QString::fromLatin1(kQueueLeaseSecondsSetting), text));
    }
    return seconds;
}

} // namespace eoc

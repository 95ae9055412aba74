#include "core/download/queue/QueueSettings.h"

#include "core/settings/Settings.h"
#include "core/settings/SettingsView.h"

#include <QCoreApplication>

namespace eoc {

void registerQueueDefaults(Settings &settings)
{
    settings.registerDefault(QString::fromLatin1(kBdcVersionSetting), QStringLiteral("1"));
    settings.registerDefault(QString::fromLatin1(kMaxAttemptsSetting),
                             QString::number(DownloadQueue::Options{}.maxFileAttempts));
}

Status applyQueueSettings(const SettingsView &settings, DownloadQueue::Options &options)
{
    // Items in the "bdc" layout land where `download` would have put them, whoever runs them.
    if (const QString version = settings.value(QString::fromLatin1(kBdcVersionSetting)).trimmed(); !version.isEmpty())
        options.bdcVersion = version;
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

} // namespace eoc

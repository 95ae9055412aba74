#include "core/download/queue/QueueStoreAccess.h"

#include "core/download/queue/QueuePassword.h"
#include "core/download/queue/QueueSettings.h"
#include "core/settings/SettingsView.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc {

void readQueueStoreAccess(const SettingsView &settings, QObject *context,
                          std::function<void(const Result<QueueStoreAccess> &)> callback)
{
    auto location = QueueStoreLocation::parse(settings.value(QLatin1String(kQueueUrlSetting)));
    if (!location) {
        const Error error(ErrorClass::BadInput, QCoreApplication::translate("QueueStoreAccess", "%1: %2")
                                                    .arg(QLatin1String(kQueueUrlSetting), location.error().message));
        QTimer::singleShot(0, context, [error, callback] { callback(error); });
        return;
    }
    if (location->isLocal()) {
        QTimer::singleShot(0, context, [location = *location, callback] { callback(QueueStoreAccess{location, {}}); });
        return;
    }
    readQueuePassword(location->user, context, [location = *location, callback](const Result<QString> &password) {
        if (!password) {
            callback(password.error());
            return;
        }
        callback(QueueStoreAccess{location, password.value()});
    });
}

} // namespace eoc

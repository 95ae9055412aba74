#pragma once

#include "core/download/queue/QueueStoreLocation.h"
#include "core/model/Result.h"

#include <QObject>

#include <functional>

namespace eoc {

class SettingsView;

// What a program needs to open the queue the settings name (queue.url): the location and, for a
// shared queue, the database password from EOC_QUEUE_PASSWORD or the keychain. The one place both
// programs turn the setting into DownloadQueue::Options::store and storePassword.
struct QueueStoreAccess {
    QueueStoreLocation location;
    QString password;            // memory only; empty for the local journal
};

// Reads queue.url and, for a shared queue, its password; `callback` runs once, guarded by
// `context` (at once for the local journal). A URL that cannot be used is a BadInput error naming
// queue.url; a missing password an Auth error saying where to put one.
void readQueueStoreAccess(const SettingsView &settings, QObject *context,
                          std::function<void(const Result<QueueStoreAccess> &)> callback);

} // namespace eoc

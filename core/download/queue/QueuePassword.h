#pragma once

#include "core/model/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace eoc {

// The password of the shared queue's database user. Never in the settings (queue.url refuses
// one) nor on a command line: the environment (EOC_QUEUE_PASSWORD, for scripts, services and CI)
// or else the keychain, under the account "queue" with the database user's name
// (`eo-collector-cli account add queue --account USER`, or Settings → Queue in the desktop
// program). Each machine has its own keychain or environment; the database holds no secret.
inline constexpr char kQueuePasswordVariable[] = "EOC_QUEUE_PASSWORD";
inline constexpr char kQueueAccountProvider[] = "queue";

using QueuePasswordCallback = std::function<void(const Result<QString> &)>;

// Asynchronous because keychains are; `callback` runs once, guarded by `context`. No password
// anywhere is an Auth error saying where to put one.
void readQueuePassword(const QString &user, QObject *context, QueuePasswordCallback callback);

// Keeps `password` in the keychain for `user` (the desktop program's Settings → Queue).
void storeQueuePassword(const QString &user, const QString &password, QObject *context,
                        std::function<void(const Status &)> callback);

} // namespace eoc

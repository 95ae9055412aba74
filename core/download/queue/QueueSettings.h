#pragma once

#include "core/download/queue/DownloadQueue.h"
#include "core/model/Result.h"
#include "core/provider/SourcePolicy.h"

namespace eoc {

class Settings;
class SettingsView;

// The settings of the download queue.

// The collection version of the "bdc" layout ("1" by default).
inline constexpr char kBdcVersionSetting[] = "download.bdc_version";
// Failed attempts of one file (cuts, server errors, restarts from zero) in a row without new
// bytes, across the transfers and runs of its item, before the item fails.
// Default: DownloadQueue::Options::maxFileAttempts.
inline constexpr char kMaxAttemptsSetting[] = "download.max_attempts";

// Which copy of a scene offered by several sources is fetched first: order, no-account, online or
// fastest (core/provider/SourcePolicy.h). Default: order.
inline constexpr char kSourcePolicySetting[] = "download.source_policy";
// "true": when every source of the item's format failed, try a source with another format
// (a SAFE zip instead of COG assets). Default: false.
inline constexpr char kAllowFormatChangeSetting[] = "download.allow_format_change";

// Where the queue lives: empty for this machine's journal (DownloadQueue::defaultJournalPath()), or
// postgresql://USER@HOST:PORT/DB for a queue shared by several machines. Never a password: that
// comes from EOC_QUEUE_PASSWORD or the keychain (QueuePassword.h).
inline constexpr char kQueueUrlSetting[] = "queue.url";
// How long a worker of a shared queue holds an item without renewing its lease (heartbeats every
// third of it); an item whose worker died is taken over after that. Default 60 seconds.
inline constexpr char kQueueLeaseSecondsSetting[] = "queue.lease_seconds";
inline constexpr int kDefaultQueueLeaseSeconds = 60;

// "true": the desktop application never runs a shared queue on this machine; it shows it and
// passes requests on while workers elsewhere run it. The command-line program's `download`,
// `queue run` and `queue worker` are asked to download, and do. Default: false, the desktop
// application runs the queue when nothing else does.
inline constexpr char kQueueWatchOnlySetting[] = "queue.watch_only";

// Declares the queue's settings with their defaults, so they are known keys.
void registerQueueDefaults(Settings &settings);

// Reads download.bdc_version and download.max_attempts into `options`; an unusable value is a BadInput error naming it.
Status applyQueueSettings(const SettingsView &settings, DownloadQueue::Options &options);

} // namespace eoc

namespace eoc {
// download.source_policy; an unknown name is a BadInput error listing the known ones.
Result<SourcePolicy> readSourcePolicy(const SettingsView &settings);
// download.allow_format_change; anything but true/false is a BadInput error.
Result<bool> readAllowFormatChange(const SettingsView &settings);
// queue.lease_seconds: a whole number from 3 to 86400, or a BadInput error naming the setting.
Result<int> readQueueLeaseSeconds(const SettingsView &settings);
// queue.watch_only; anything but true/false is a BadInput error.
Result<bool> readQueueWatchOnly(const SettingsView &settings);
} // namespace eoc

#pragma once

#include "core/download/queue/DownloadQueue.h"
#include "core/model/Result.h"

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

// Declares the queue's settings with their defaults, so they are known keys.
void registerQueueDefaults(Settings &settings);

// Reads download.bdc_version and download.max_attempts into `options`; an unusable value is a BadInput error naming it.
Status applyQueueSettings(const SettingsView &settings, DownloadQueue::Options &options);

} // namespace eoc

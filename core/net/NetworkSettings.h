#pragma once

#include "core/model/Error.h"
#include "core/provider/Provider.h"

#include <QList>
#include <QString>

#include <optional>

namespace eoc {

class NetworkAccess;
class SettingsView;

// The network core's own settings (registered with their defaults like any provider's):
//   network.proxy            "system" | "none" | "http://host:port" | "socks5://host:port"
//   network.max_connections  global connection cap, 0 = none
//   network.bandwidth_limit  download rate in bytes/s with an optional K or M (KiB, MiB), 0 = none
//   network.bandwidth_schedule  rates by day and time of day, first matching rule wins, e.g.
//                            "Mon-Fri 08:00-18:00 2M; Sat-Sun 00:00-24:00 0" (BandwidthSchedule.h);
//                            outside every rule network.bandwidth_limit applies
//   network.stall_timeout    seconds without body bytes before a transfer is cut and resumed
//   network.max_answer_bytes largest answer of an API call held in memory (K, M, G allowed)
//   network.min_speed        bytes/s below which an API call is cut and retried (0: no minimum)
//   network.min_speed_time   seconds an API call may stay below network.min_speed
//   network.api_deadline     seconds an API call may take, retries included (0: none)
//   network.trusted_certificates  PEM files (';'-separated) trusted besides the system's
//                            authorities; FTPS servers with certificates of their own making
QList<SettingSpec> networkSettingSpecs();

// The keys the Settings dialog edits.
namespace network_settings {
inline constexpr char kProxy[] = "network.proxy";
inline constexpr char kBandwidthLimit[] = "network.bandwidth_limit";
inline constexpr char kBandwidthSchedule[] = "network.bandwidth_schedule";
} // namespace network_settings

// Applies every valid value; returns the first bad one as BadInput naming its key (that setting
// keeps its previous value).
Error applyNetworkSettings(NetworkAccess &network, const SettingsView &settings);

// "0", "250000", "512K", "2M", "1.5M", "1G" -> bytes (per second).
std::optional<qint64> parseByteRate(const QString &text);

} // namespace eoc

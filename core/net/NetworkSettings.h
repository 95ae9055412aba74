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
//   network.stall_timeout    seconds without body bytes before a transfer is cut and resumed
QList<SettingSpec> networkSettingSpecs();

// Applies every valid value; returns the first bad one as BadInput naming its key (that setting
// keeps its previous value).
Error applyNetworkSettings(NetworkAccess &network, const SettingsView &settings);

// "0", "250000", "512K", "2M", "1.5M" -> bytes per second.
std::optional<qint64> parseByteRate(const QString &text);

} // namespace eoc

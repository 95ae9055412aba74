#pragma once

#include <QString>

namespace eoc {
class Settings;
}

namespace eoc::ui {

// The keys of the desktop program's own settings, and their defaults. The network's (proxy,
// bandwidth) are core's: core/net/NetworkSettings.h.
namespace ui_settings {
inline constexpr char kTileUrl[] = "map.tile_url";
inline constexpr char kTilesEnabled[] = "map.tiles";            // "on" | "off"
inline constexpr char kTileCacheMb[] = "map.tile_cache_mb";
inline constexpr char kLanguage[] = "ui.language";              // "" (system), "en", "pt_BR"
inline constexpr char kOutputFolder[] = "download.output_folder";
inline constexpr char kLayout[] = "download.layout";            // "flat" | "scene-folder" | "bdc"
// Declared by core (core/download/queue/QueueSettings.h); the dialog edits it.
inline constexpr char kBdcVersion[] = "download.bdc_version";
inline constexpr char kDefaultTileUrl[] = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
}

void registerUiDefaults(Settings &settings);
QString settingValue(const Settings &settings, const char *key);
// The template points at OpenStreetMap's own tile servers.
bool isOpenStreetMapTiles(const QString &tileUrl);
// The credit line for a tile server URL: OpenStreetMap's own for its servers.
QString tileAttribution(const QString &tileUrl);

} // namespace eoc::ui

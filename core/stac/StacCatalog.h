#pragma once

#include "core/model/Result.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace eoc {
class SettingsView;
}

namespace eoc::stac {

// A public STAC API the provider knows by name, with what is particular about it.
struct StacPreset {
    QString name;                  // "earth-search"
    QString title;
    QString defaultUrl;            // the public endpoint (overridable by the setting urlSettingKey())
    int maxPageSize = 0;           // 0: no known cap
    bool sortBreaksPaging = false; // LandsatLook: sortby makes next links skip items
    bool signsAssetsWithSas = false; // Planetary Computer: blob hrefs need a SAS token

    QString urlSettingKey() const { return QStringLiteral("stac.%1.url").arg(name); }
};

const QList<StacPreset> &stacPresets();
std::optional<StacPreset> presetByName(const QString &name);
// The preset whose public endpoint has this host (so a hand-typed URL still gets its behaviour).
std::optional<StacPreset> presetForUrl(const QUrl &url);

// Which catalogue a search talks to, and with which behaviour.
//
// How the choice is made, first match wins:
//   1. SearchQuery::extra["catalog"]: a preset name or an http(s) URL, for this search only;
//   2. the setting stac.url when it is set to something other than its default: an explicit
//      URL wins over stac.preset, so `--set stac.url=...` always talks to that server;
//   3. the setting stac.preset (default earth-search), whose URL is stac.<preset>.url.
// The preset's behaviour (property names, SAS signing, page cap) follows stac.preset when it is set
// explicitly, otherwise the preset whose public host the URL has, otherwise none (a generic server).
struct StacEndpoint {
    QUrl url;                      // the API root (landing page), without a trailing slash
    std::optional<StacPreset> preset;
};

inline const QString kDefaultPreset = QStringLiteral("earth-search");

Result<StacEndpoint> resolveEndpoint(const SettingsView *settings, const QVariantMap &extra);

// A setting's value, or `fallback` when the settings do not have it (tests, no registry).
QString settingOr(const SettingsView *settings, const QString &key, const QString &fallback);

} // namespace eoc::stac

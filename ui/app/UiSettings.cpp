#include "ui/app/UiSettings.h"

#include "core/download/queue/QueueSettings.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace eoc::ui {

void registerUiDefaults(Settings &settings)
{
    using namespace ui_settings;
    settings.registerDefault(QLatin1String(kTileUrl), QLatin1String(kDefaultTileUrl));
    settings.registerDefault(QLatin1String(kTilesEnabled), QStringLiteral("on"));
    settings.registerDefault(QLatin1String(kTileCacheMb), QStringLiteral("200"));
    settings.registerDefault(QLatin1String(kLanguage), QString());
    settings.registerDefault(QLatin1String(kLayout), QStringLiteral("flat"));
    // The queue's own settings (the BDC version the dialog edits), declared by core.
    registerQueueDefaults(settings);
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    settings.registerDefault(QLatin1String(kOutputFolder),
                             QDir(downloads.isEmpty() ? QDir::homePath() : downloads).filePath(QStringLiteral("eo-collector")));
}

QString settingValue(const Settings &settings, const char *key)
{
    return settings.value(QLatin1String(key));
}

namespace {
QString tileHost(const QString &tileUrl)
{
    return QUrl(tileUrl.section(QLatin1Char('{'), 0, 0)).host();
}
} // namespace

bool isOpenStreetMapTiles(const QString &tileUrl)
{
    return tileHost(tileUrl).endsWith(QLatin1String("openstreetmap.org"));
}

QString tileAttribution(const QString &tileUrl)
{
    const QString host = tileHost(tileUrl);
    if (isOpenStreetMapTiles(tileUrl))
        return QCoreApplication::translate("eoc::ui::MapWidget", "© OpenStreetMap contributors");
    return QCoreApplication::translate("eoc::ui::MapWidget", "Tiles: %1").arg(host);
}

} // namespace eoc::ui

#pragma once

#include "core/model/Error.h"
#include "core/model/Result.h"

#include <QMenu>

namespace eoc {
class Settings;
}

namespace eoc::ui {

// What the map draws under the overlays.
enum class Basemap {
    NaturalEarth,    // the offline outlines only (map.tiles = off)
    OpenStreetMap,   // OpenStreetMap's tiles over them
    Custom,          // tiles from the XYZ template in map.tile_url
};

// The choice the settings make: tiles off → Natural Earth; OpenStreetMap's template → OpenStreetMap;
// any other template → Custom.
Basemap basemapIn(const Settings &settings);
// Empty, or why `url` is no XYZ tile template (naming what is missing).
QString tileTemplateProblem(const QString &url);
// Stores the choice. Natural Earth switches tiles off and keeps the template; OpenStreetMap puts
// its template back; Custom needs an http(s) template with {z}, {x} and {y}.
Status chooseBasemap(Settings &settings, Basemap basemap, const QString &customTemplate = {});

// Map → Basemap: the three choices, the current one checked. A custom server is asked for with
// its template, prefilled with the one in use.
class BasemapMenu final : public QMenu
{
    Q_OBJECT
public:
    BasemapMenu(Settings *settings, QWidget *parent = nullptr);
    QAction *action(Basemap basemap) const;
    // Checks the choice the settings make now.
    void sync();

Q_SIGNALS:
    // The settings changed: the map should apply them.
    void basemapChanged();
    void failed(const eoc::Error &error);

private:
    void choose(Basemap basemap);

    Settings *m_settings = nullptr;
    QAction *m_naturalEarth = nullptr;
    QAction *m_openStreetMap = nullptr;
    QAction *m_custom = nullptr;
};

} // namespace eoc::ui

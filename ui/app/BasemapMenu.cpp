#include "ui/app/BasemapMenu.h"

#include "ui/app/UiSettings.h"

#include "core/settings/Settings.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QUrl>

namespace eoc::ui {

Basemap basemapIn(const Settings &settings)
{
    if (settingValue(settings, ui_settings::kTilesEnabled) == QLatin1String("off"))
        return Basemap::NaturalEarth;
    return isOpenStreetMapTiles(settingValue(settings, ui_settings::kTileUrl)) ? Basemap::OpenStreetMap : Basemap::Custom;
}

QString tileTemplateProblem(const QString &url)
{
    const QUrl parsed(url.section(QLatin1Char('{'), 0, 0));
    if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        return QStringLiteral("The tile server template '%1' must start with https:// or http://").arg(url);
    if (parsed.host().isEmpty())
        return QStringLiteral("The tile server template '%1' names no server").arg(url);
    QStringList missing;
    for (const char *placeholder : {"{z}", "{x}", "{y}"})
        if (!url.contains(QLatin1String(placeholder)))
            missing << QLatin1String(placeholder);
    if (!missing.isEmpty())
        return QStringLiteral("The tile server template '%1' lacks %2; it needs {z}, {x} and {y}, as in "
                              "https://tile.example.org/{z}/{x}/{y}.png").arg(url, missing.join(QStringLiteral(", ")));
    return {};
}

Status chooseBasemap(Settings &settings, Basemap basemap, const QString &customTemplate)
{
    const QString tiles = QLatin1String(ui_settings::kTilesEnabled);
    const QString url = QLatin1String(ui_settings::kTileUrl);
    switch (basemap) {
    case Basemap::NaturalEarth:
        return settings.setValue(tiles, QStringLiteral("off"));
    case Basemap::OpenStreetMap:
        if (const Status stored = settings.setValue(url, QLatin1String(ui_settings::kDefaultTileUrl)); !stored)
            return stored;
        return settings.setValue(tiles, QStringLiteral("on"));
    case Basemap::Custom:
        break;
    }
    const QString trimmed = customTemplate.trimmed();
    if (const QString problem = tileTemplateProblem(trimmed); !problem.isEmpty())
        return Error(ErrorClass::BadInput, problem);
    if (const Status stored = settings.setValue(url, trimmed); !stored)
        return stored;
    return settings.setValue(tiles, QStringLiteral("on"));
}

BasemapMenu::BasemapMenu(Settings *settings, QWidget *parent)
    : QMenu(tr("Base&map"), parent)
    , m_settings(settings)
{
    auto *group = new QActionGroup(this);
    m_naturalEarth = addAction(tr("&Natural Earth (offline)"));
    m_naturalEarth->setToolTip(tr("Country outlines shipped with the program: no network needed"));
    m_openStreetMap = addAction(tr("&OpenStreetMap"));
    m_custom = addAction(tr("&Custom tile server..."));
    m_custom->setToolTip(tr("Tiles from any XYZ server, given as a URL template with {z}, {x} and {y}"));
    for (QAction *choice : {m_naturalEarth, m_openStreetMap, m_custom}) {
        choice->setCheckable(true);
        group->addAction(choice);
    }
    connect(m_naturalEarth, &QAction::triggered, this, [this] { choose(Basemap::NaturalEarth); });
    connect(m_openStreetMap, &QAction::triggered, this, [this] { choose(Basemap::OpenStreetMap); });
    connect(m_custom, &QAction::triggered, this, [this] { choose(Basemap::Custom); });
    // The toolbar's tile switch and the settings dialog change the same settings.
    connect(this, &QMenu::aboutToShow, this, &BasemapMenu::sync);
    sync();
}

QAction *BasemapMenu::action(Basemap basemap) const
{
    switch (basemap) {
    case Basemap::NaturalEarth: return m_naturalEarth;
    case Basemap::OpenStreetMap: return m_openStreetMap;
    case Basemap::Custom: return m_custom;
    }
    return nullptr;
}

void BasemapMenu::sync()
{
    if (m_settings)
        action(basemapIn(*m_settings))->setChecked(true);
}

void BasemapMenu::choose(Basemap basemap)
{
    if (!m_settings)
        return;
    QString customTemplate;
    if (basemap == Basemap::Custom) {
        const QString current = settingValue(*m_settings, ui_settings::kTileUrl);
        bool ok = false;
        customTemplate = QInputDialog::getText(parentWidget(), tr("Custom tile server"),
                                               tr("XYZ tile URL template, with {z}, {x} and {y}:"), QLineEdit::Normal,
                                               isOpenStreetMapTiles(current) ? QStringLiteral("https://") : current, &ok);
        if (!ok) {
            sync();
            return;
        }
    }
    if (const Status chosen = chooseBasemap(*m_settings, basemap, customTemplate); !chosen)
        Q_EMIT failed(chosen.error());
    sync();
    Q_EMIT basemapChanged();
}

} // namespace eoc::ui

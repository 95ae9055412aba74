#include "core/stac/StacCatalog.h"

#include <QCoreApplication>

#include "core/settings/SettingsView.h"

namespace eoc::stac {

const QList<StacPreset> &stacPresets()
{
    static const QList<StacPreset> presets = {
        {QStringLiteral("earth-search"), QStringLiteral("Element 84 Earth Search (AWS open data)"),
         QStringLiteral("https://earth-search.aws.element84.com/v1"), 0, false, false},
        {QStringLiteral("planetary-computer"), QStringLiteral("Microsoft Planetary Computer"),
         QStringLiteral("https://planetarycomputer.microsoft.com/api/stac/v1"), 1000, false, true},
        {QStringLiteral("landsatlook"), QStringLiteral("USGS LandsatLook"),
         QStringLiteral("https://landsatlook.usgs.gov/stac-server"), 500, true, false},
        {QStringLiteral("bdc"), QStringLiteral("INPE Brazil Data Cube"),
         QStringLiteral("https://data.inpe.br/bdc/stac/v1"), 0, false, false},
        {QStringLiteral("cdse"), QStringLiteral("Copernicus Data Space Ecosystem STAC"),
         QStringLiteral("https://stac.dataspace.copernicus.eu/v1"), 0, false, false},
    };
    return presets;
}

std::optional<StacPreset> presetByName(const QString &name)
{
    for (const auto &p : stacPresets()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<StacPreset> presetForUrl(const QUrl &url)
{
    for (const auto &p : stacPresets()) {
        if (QUrl(p.defaultUrl).host().compare(url.host(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString settingOr(const SettingsView *settings, const QString &key, const QString &fallback)
{
    if (!settings)
        return fallback;
    const QString v = settings->value(key);
    return v.isNull() ? fallback : v;
}

namespace {

QUrl normalisedRoot(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text);
}

Result<QUrl> checkedUrl(const QString &text, const QString &origin)
{
    const QUrl url = normalisedRoot(text);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("StacCatalog", "%1 is not an http(s) URL of a STAC API: '%2'").arg(origin, text));
    }
    return url;
}

QString presetNames()
{
    QStringList names;
    for (const auto &p : stacPresets())
        names << p.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<StacEndpoint> resolveEndpoint(const SettingsView *settings, const QVariantMap &extra)
{
    const QString presetSetting = settingOr(settings, QStringLiteral("stac.preset"), QString()).trimmed();
    std::optional<StacPreset> chosenPreset;
    if (!presetSetting.isEmpty()) {
        chosenPreset = presetByName(presetSetting);
        if (!chosenPreset) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("StacCatalog", "Unknown stac.preset '%1'; known: %2")
                                                   .arg(presetSetting, presetNames()));
        }
    }

    // 1. The search names its catalogue.
    const QString catalog = extra.value(QStringLiteral("catalog")).toString().trimmed();
    if (!catalog.isEmpty()) {
        if (catalog.startsWith(QLatin1String("http://")) || catalog.startsWith(QLatin1String("https://"))) {
            auto url = checkedUrl(catalog, QCoreApplication::translate("StacCatalog", "The catalog filter"));
            if (!url)
                return url.error();
            return StacEndpoint{url.value(), presetForUrl(url.value())};
        }
        auto preset = presetByName(catalog);
        if (!preset) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("StacCatalog", "Unknown STAC catalog '%1'; use a URL or one of: %2").arg(catalog, presetNames()));
        }
        auto url = checkedUrl(settingOr(settings, preset->urlSettingKey(), preset->defaultUrl),
                              preset->urlSettingKey());
        if (!url)
            return url.error();
        return StacEndpoint{url.value(), preset};
    }

    // 2. An explicit stac.url.
    const QString defaultUrl = presetByName(kDefaultPreset)->defaultUrl;
    const QString urlSetting = settingOr(settings, QStringLiteral("stac.url"), defaultUrl).trimmed();
    if (!urlSetting.isEmpty() && normalisedRoot(urlSetting) != normalisedRoot(defaultUrl)) {
        auto url = checkedUrl(urlSetting, QStringLiteral("stac.url"));
        if (!url)
            return url.error();
        return StacEndpoint{url.value(), chosenPreset ? chosenPreset : presetForUrl(url.value())};
    }

    // 3. The preset (Earth Search unless stac.preset says otherwise).
    const StacPreset preset = chosenPreset ? *chosenPreset : *presetByName(kDefaultPreset);
    auto url = checkedUrl(settingOr(settings, preset.urlSettingKey(), preset.defaultUrl), preset.urlSettingKey());
    if (!url)
        return url.error();
    return StacEndpoint{url.value(), preset};
}

} // namespace eoc::stac

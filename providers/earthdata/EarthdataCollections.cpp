#include "providers/earthdata/EarthdataCollections.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eoc::earthdata {

QList<FilterField> griddedFilterFields()
{
    FilterField h;
    h.key = QStringLiteral("h");
    h.title = QCoreApplication::translate("EarthdataProvider", "Tile h (horizontal)");
    h.kind = FilterField::Kind::Integer;
    h.minimum = 0;
    h.maximum = 35;
    h.description = QCoreApplication::translate("EarthdataProvider", "Sinusoidal grid column, 0-35");
    h.destination = FilterField::Destination::Tile;
    h.tilePrefix = QStringLiteral("h");
    h.tileDigits = 2;
    FilterField v = h;
    v.key = QStringLiteral("v");
    v.title = QCoreApplication::translate("EarthdataProvider", "Tile v (vertical)");
    v.maximum = 17;
    v.description = QCoreApplication::translate("EarthdataProvider", "Sinusoidal grid row, 0-17");
    v.tilePrefix = QStringLiteral("v");
    FilterField dayNight;
    dayNight.key = QStringLiteral("day_night");
    dayNight.title = QCoreApplication::translate("EarthdataProvider", "Day or night");
    dayNight.kind = FilterField::Kind::Choice;
    dayNight.choices = {QStringLiteral("day"), QStringLiteral("night"), QStringLiteral("both"),
                        QStringLiteral("unspecified")};
    return {h, v, dayNight};
}

QList<CollectionInfo> earthdataCollections()
{
    const QStringList gridded = {QStringLiteral("tile"), QStringLiteral("day_night")};
    const QStringList hlsFilters = {QStringLiteral("cloud"), QStringLiteral("tile")};
    auto modis = [&](const char *name, const char *title) {
        const QString n = QString::fromLatin1(name);
        const QString shortName = n.section(QLatin1Char('.'), 0, 0);
        // Collection 6 (.006) is retired at LP DAAC: BDC-Collectors' names map to 6.1.
        return CollectionInfo{n, QString::fromLatin1(title),
                              {shortName, shortName + QStringLiteral(".006")}, gridded, QStringLiteral("modis")};
    };
    auto viirs = [&](const char *name, const char *title) {
        const QString n = QString::fromLatin1(name);
        return CollectionInfo{n, QString::fromLatin1(title), {n.section(QLatin1Char('.'), 0, 0)}, gridded,
                              QStringLiteral("viirs")};
    };
    return {
        modis("MOD09GA.061", "MODIS Terra Surface Reflectance Daily L2G 500 m"),
        modis("MYD09GA.061", "MODIS Aqua Surface Reflectance Daily L2G 500 m"),
        modis("MOD09A1.061", "MODIS Terra Surface Reflectance 8-Day L3 500 m"),
        modis("MOD13Q1.061", "MODIS Terra Vegetation Indices 16-Day L3 250 m"),
        modis("MYD13Q1.061", "MODIS Aqua Vegetation Indices 16-Day L3 250 m"),
        modis("MOD13A2.061", "MODIS Terra Vegetation Indices 16-Day L3 1 km"),
        modis("MCD43A4.061", "MODIS Terra+Aqua BRDF-Adjusted Reflectance Daily L3 500 m"),
        modis("MCD12Q1.061", "MODIS Terra+Aqua Land Cover Type Yearly L3 500 m"),
        viirs("VNP09GA.002", "VIIRS S-NPP Surface Reflectance Daily L2G"),
        viirs("VNP13A1.002", "VIIRS S-NPP Vegetation Indices 16-Day 500 m"),
        viirs("VJ109GA.002", "VIIRS NOAA-20 Surface Reflectance Daily L2G"),
        viirs("VJ113A1.002", "VIIRS NOAA-20 Vegetation Indices 16-Day 500 m"),
        CollectionInfo{QStringLiteral("HLSS30.2.0"), QStringLiteral("Harmonized Landsat Sentinel-2: Sentinel-2 MSI 30 m v2.0"),
                       {QStringLiteral("HLSS30"), QStringLiteral("HLSS30.v2.0")}, hlsFilters, QStringLiteral("hls")},
        CollectionInfo{QStringLiteral("HLSL30.2.0"), QStringLiteral("Harmonized Landsat Sentinel-2: Landsat OLI 30 m v2.0"),
                       {QStringLiteral("HLSL30"), QStringLiteral("HLSL30.v2.0")}, hlsFilters, QStringLiteral("hls")},
    };
}

bool isCollectionConceptId(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^C\\d+-[A-Za-z0-9_]+$"));
    return form.match(name).hasMatch();
}

QString CmrCollectionRef::displayName() const
{
    if (!conceptId.isEmpty())
        return conceptId;
    if (!wholeName.isEmpty())
        return wholeName;
    return version.isEmpty() ? shortName : shortName + QLatin1Char('.') + version;
}

Result<CmrCollectionRef> parseCollectionName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("EarthdataProvider", "Choose a collection, e.g. MOD13Q1.061 or HLSS30 (see `providers`)"));
    }
    const auto all = earthdataCollections();
    for (const auto &c : all) {
        bool matches = c.name.compare(trimmed, Qt::CaseInsensitive) == 0;
        for (const auto &alias : c.aliases)
            matches = matches || alias.compare(trimmed, Qt::CaseInsensitive) == 0;
        if (matches) {
            const int dot = c.name.indexOf(QLatin1Char('.'));
            CmrCollectionRef ref;
            ref.shortName = c.name.left(dot);
            ref.version = c.name.mid(dot + 1);
            ref.cmrProvider = QLatin1String(kLpDaacCloudProvider);
            return ref;
        }
    }
    CmrCollectionRef ref;
    if (isCollectionConceptId(trimmed)) {
        ref.conceptId = trimmed;
        return ref;
    }
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    static const QRegularExpression versioned(QStringLiteral("^([A-Za-z0-9_.\\-]+?)\\.v?([0-9][0-9.]*)$"));
    if (!allowed.match(trimmed).hasMatch()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("EarthdataProvider", "'%1' is not a CMR collection name: write SHORTNAME, SHORTNAME.VERSION or a "
                                    "concept id, e.g. MOD13Q1.061 or C2799438303-POCLOUD").arg(trimmed));
    }
    if (const auto m = versioned.match(trimmed); m.hasMatch()) {
        ref.shortName = m.captured(1);
        ref.version = m.captured(2);
        ref.wholeName = trimmed;
    } else {
        ref.shortName = trimmed;
        if (trimmed.contains(QLatin1Char('.')))
            ref.wholeName = trimmed;
    }
    return ref;
}

} // namespace eoc::earthdata

#include "core/odata/CopernicusCollections.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eoc::odata {

namespace {

QList<CopernicusCollection> buildTable()
{
    auto c = [](const char *name, const char *title, const char *odata, const char *type,
                const char *stac, const char *family, QStringList aliases) {
        return CopernicusCollection{QString::fromLatin1(name), QString::fromLatin1(title),
                                   QString::fromLatin1(odata), QString::fromLatin1(type),
                                   QString::fromLatin1(stac), QString::fromLatin1(family),
                                   std::move(aliases)};
    };
    auto l = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    };
    // The OData names are the catalogue's (GET .../odata/v1/Collections); the product-type entries
    // carry BDC-Collectors' habit of naming a search after its product type.
    return {
        c("SENTINEL-1", "Sentinel-1 SAR (all product types)", "SENTINEL-1", "", "", "sentinel-1",
          l({"S1", "sentinel1"})),
        c("SENTINEL-2", "Sentinel-2 MSI (all product types)", "SENTINEL-2", "", "", "sentinel-2",
          l({"S2", "sentinel2"})),
        c("SENTINEL-3", "Sentinel-3 (all product types)", "SENTINEL-3", "", "", "sentinel-3",
          l({"S3", "sentinel3"})),
        c("SENTINEL-5P", "Sentinel-5P TROPOMI", "SENTINEL-5P", "", "", "sentinel-5p", l({"S5P"})),
        c("SENTINEL-6", "Sentinel-6", "SENTINEL-6", "", "", "", l({"S6"})),
        c("SENTINEL-1-RTC", "Sentinel-1 radiometrically terrain corrected", "SENTINEL-1-RTC", "", "", "", {}),
        c("S2MSI1C", "Sentinel-2 Level-1C top-of-atmosphere reflectance", "SENTINEL-2", "S2MSI1C",
          "sentinel-2-l1c", "sentinel-2", l({"sentinel-2-l1c", "S2_L1C", "L1C"})),
        c("S2MSI2A", "Sentinel-2 Level-2A surface reflectance", "SENTINEL-2", "S2MSI2A",
          "sentinel-2-l2a", "sentinel-2", l({"sentinel-2-l2a", "S2_L2A", "L2A"})),
        c("GRD", "Sentinel-1 Level-1 ground range detected", "SENTINEL-1", "GRD", "sentinel-1-grd",
          "sentinel-1", l({"sentinel-1-grd", "S1_GRD"})),
        c("SLC", "Sentinel-1 Level-1 single look complex", "SENTINEL-1", "SLC", "sentinel-1-slc",
          "sentinel-1", l({"sentinel-1-slc", "S1_SLC"})),
        c("COP-DEM", "Copernicus digital elevation model", "COP-DEM", "", "", "", {}),
        c("GLOBAL-MOSAICS", "Sentinel-1/2 global mosaics", "GLOBAL-MOSAICS", "", "sentinel-2-global-mosaics", "", {}),
        c("LANDSAT-8", "Landsat 8 (ESA archive)", "LANDSAT-8", "", "", "landsat", {}),
    };
}

} // namespace

const QList<CopernicusCollection> &copernicusCollections()
{
    static const QList<CopernicusCollection> table = buildTable();
    return table;
}

Result<CopernicusCollection> findCopernicusCollection(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const auto &c : copernicusCollections()) {
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    for (const auto &c : copernicusCollections()) {
        for (const auto &alias : c.aliases) {
            if (alias.compare(wanted, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    QStringList names;
    for (const auto &c : copernicusCollections())
        names << c.name;
    return Error(ErrorClass::BadInput,
                 QCoreApplication::translate("eoc::odata", "The Copernicus catalogue has no collection '%1'; known: %2")
                     .arg(name, names.join(QStringLiteral(", "))));
}

QList<CollectionInfo> copernicusCollectionInfos()
{
    QList<CollectionInfo> infos;
    const QStringList filters{QStringLiteral("cloud"), QStringLiteral("product_type"), QStringLiteral("tile"),
                              QStringLiteral("orbit_direction"), QStringLiteral("relative_orbit"),
                              QStringLiteral("platform"), QStringLiteral("online_only"),
                              QStringLiteral("strategy"), QStringLiteral("cog")};
    for (const auto &c : copernicusCollections())
        infos.append(CollectionInfo{c.name, c.title, c.aliases, filters, c.family});
    return infos;
}

QString stacCollectionFor(const CopernicusCollection &collection, const QString &productType)
{
    if (!collection.stacId.isEmpty())
        return collection.stacId;
    if (productType.isEmpty())
        return {};
    const QString family = productTypeFamily(productType);
    for (const auto &c : copernicusCollections()) {
        if (c.odataName == collection.odataName && c.productType.compare(family, Qt::CaseInsensitive) == 0)
            return c.stacId;
    }
    return {};
}

namespace {

// The Sentinel-1 Level-1 types of the catalogue: acquisition mode (IW, EW, WV, stripmap S1..S6),
// product, resolution class (H, M, F for GRD) and "_1S".
QStringList sentinel1Types(const QString &family)
{
    QStringList types;
    const QStringList stripmap{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"),
                               QStringLiteral("S4"), QStringLiteral("S5"), QStringLiteral("S6")};
    if (family == QLatin1String("SLC")) {
        for (const auto &mode : QStringList{QStringLiteral("IW"), QStringLiteral("EW"), QStringLiteral("WV")} + stripmap)
            types << mode + QStringLiteral("_SLC__1S");
        return types;
    }
    types << QStringLiteral("IW_GRDH_1S") << QStringLiteral("IW_GRDM_1S") << QStringLiteral("EW_GRDH_1S")
          << QStringLiteral("EW_GRDM_1S") << QStringLiteral("WV_GRDM_1S");
    for (const auto &mode : stripmap) {
        for (const auto *resolution : {"H", "M", "F"})
            types << mode + QStringLiteral("_GRD") + QLatin1String(resolution) + QStringLiteral("_1S");
    }
    return types;
}

} // namespace

QString productTypeFamily(const QString &productType)
{
    static const QRegularExpression s1(QStringLiteral("^(?:IW|EW|WV|S[1-6])_(GRD|SLC)[A-Z_]*_1S(?:-COG)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = s1.match(productType.trimmed());
    return m.hasMatch() ? m.captured(1).toUpper() : productType.trimmed();
}

QStringList catalogueProductTypes(const QString &productType, bool withCog)
{
    const QString type = productType.trimmed().toUpper();
    if (type != QLatin1String("GRD") && type != QLatin1String("SLC"))
        return {productType.trimmed()};
    QStringList types = sentinel1Types(type);
    if (withCog && type == QLatin1String("GRD")) {
        const QStringList plain = types;
        for (const auto &t : plain)
            types << t + QStringLiteral("-COG");
    }
    return types;
}

} // namespace eoc::odata

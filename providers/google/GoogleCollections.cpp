#include "providers/google/GoogleCollections.h"

#include <QCoreApplication>

namespace eoc::google {

namespace {

GoogleCollection sentinel2(const QString &name, const QString &title, const QStringList &aliases, const QString &root)
{
    GoogleCollection c;
    c.info = CollectionInfo{name, title, aliases,
                            {QStringLiteral("tile"), QStringLiteral("relative_orbit"), QStringLiteral("platform")},
                            QStringLiteral("sentinel-2")};
    c.bucket = kSentinel2Bucket;
    c.root = root;
    c.layout = BucketLayout::Sentinel2Tiles;
    return c;
}

GoogleCollection landsat(const QString &name, const QString &title, const QString &sensorCode)
{
    GoogleCollection c;
    c.info = CollectionInfo{name, title, {sensorCode + QStringLiteral("_C1")},
                            {QStringLiteral("tile")}, QStringLiteral("landsat")};
    c.bucket = kLandsatBucket;
    c.root = sensorCode + QStringLiteral("/01/");
    c.layout = BucketLayout::LandsatPathRow;
    c.frozenArchive = true;
    return c;
}

} // namespace

const QList<GoogleCollection> &googleCollections()
{
    // Names as in BDC-Collectors (LANDSAT_5/7/8, Sentinel-2) where it had them, the product types
    // otherwise. Google's Landsat bucket holds Collection 1 only and was frozen when USGS retired it
    // (December 2022): the titles say so, because users looking for recent Landsat must go elsewhere.
    static const QList<GoogleCollection> list = {
        sentinel2(QStringLiteral("S2MSI1C"), QCoreApplication::translate("GoogleProvider", "Sentinel-2 Level-1C (SAFE folders)"),
                  {QStringLiteral("Sentinel-2"), QStringLiteral("SENTINEL-2"), QStringLiteral("L1C")}, QStringLiteral("tiles/")),
        sentinel2(QStringLiteral("S2MSI2A"), QCoreApplication::translate("GoogleProvider", "Sentinel-2 Level-2A (SAFE folders)"),
                  {QStringLiteral("L2A")}, QStringLiteral("L2/tiles/")),
        landsat(QStringLiteral("LANDSAT_8"),
                QCoreApplication::translate("GoogleProvider", "Landsat 8 OLI/TIRS, Collection 1 (frozen archive: no new scenes)"),
                QStringLiteral("LC08")),
        landsat(QStringLiteral("LANDSAT_7"),
                QCoreApplication::translate("GoogleProvider", "Landsat 7 ETM+, Collection 1 (frozen archive: no new scenes)"),
                QStringLiteral("LE07")),
        landsat(QStringLiteral("LANDSAT_5"), QCoreApplication::translate("GoogleProvider", "Landsat 5 TM, Collection 1 (frozen archive)"),
                QStringLiteral("LT05")),
        landsat(QStringLiteral("LANDSAT_4"), QCoreApplication::translate("GoogleProvider", "Landsat 4 TM, Collection 1 (frozen archive)"),
                QStringLiteral("LT04")),
    };
    return list;
}

std::optional<GoogleCollection> findGoogleCollection(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const GoogleCollection &c : googleCollections()) {
        if (c.info.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
        for (const QString &alias : c.info.aliases) {
            if (alias.compare(wanted, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return std::nullopt;
}

} // namespace eoc::google

#include "providers/stac/BdcCollections.h"

#include <QCoreApplication>

namespace eoc::stac {

QList<CollectionInfo> bdcKnownCollections()
{
    const QStringList filters{QStringLiteral("cloud"), QStringLiteral("tile")};
    auto c = [&filters](const char *name, const QString &title, const char *family) {
        return CollectionInfo{QString::fromLatin1(name), title, {}, filters, QString::fromLatin1(family)};
    };
    return {
        c("S2-16D-2", QCoreApplication::translate("BdcCollections", "Sentinel-2 16-day data cube, version 2"), "sentinel-2"),
        c("CB4-16D-2", QCoreApplication::translate("BdcCollections", "CBERS-4 WFI 16-day data cube, version 2"), "cbers"),
        c("CBERS4-WFI-16D-2", QCoreApplication::translate("BdcCollections", "CBERS-4 WFI 16-day data cube, version 2"), "cbers"),
        c("CBERS-WFI-8D-1", QCoreApplication::translate("BdcCollections", "CBERS-4/4A WFI 8-day data cube, version 1"), "cbers"),
        c("LANDSAT-16D-1", QCoreApplication::translate("BdcCollections", "Landsat 16-day data cube, version 1"), "landsat"),
        c("mod13q1-6.1", QCoreApplication::translate("BdcCollections", "MODIS MOD13Q1 vegetation indices, 6.1"), "modis"),
        c("CB4-WFI-L4-SR-1", QCoreApplication::translate("BdcCollections", "CBERS-4 WFI scenes, surface reflectance"), "cbers"),
        c("CB4-MUX-L4-SR-1", QCoreApplication::translate("BdcCollections", "CBERS-4 MUX scenes, surface reflectance"), "cbers"),
        c("CB4A-WFI-L4-SR-1", QCoreApplication::translate("BdcCollections", "CBERS-4A WFI scenes, surface reflectance"), "cbers"),
        c("CB4A-MUX-L4-SR-1", QCoreApplication::translate("BdcCollections", "CBERS-4A MUX scenes, surface reflectance"), "cbers"),
        c("AMZ1-WFI-L4-SR-1", QCoreApplication::translate("BdcCollections", "Amazonia-1 WFI scenes, surface reflectance"), "amazonia"),
        c("S2_L2A-1", QCoreApplication::translate("BdcCollections", "Sentinel-2 Level-2A scenes"), "sentinel-2"),
        c("landsat-2", QCoreApplication::translate("BdcCollections", "Landsat Collection 2 scenes"), "landsat"),
    };
}

} // namespace eoc::stac

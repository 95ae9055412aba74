#include "providers/onda/OndaProvider.h"

#include <QCoreApplication>

namespace eoc::onda {

Error serviceEndedError()
{
    return Error(ErrorClass::Permanent,
                 QCoreApplication::translate("OndaProvider",
                                             "ONDA DIAS closed in February 2025 and no longer answers. The same "
                                             "Sentinel products are served by the 'dataspace' provider (Copernicus "
                                             "Data Space Ecosystem) and by CREODIAS ('creodias')."));
}

OndaProvider::OndaProvider(QObject *parent)
    : Provider(parent)
{
}

QString OndaProvider::title() const
{
    return QCoreApplication::translate("OndaProvider", "ONDA DIAS (closed)");
}

QList<CollectionInfo> OndaProvider::collections() const
{
    // The names BDC-Collectors used with ONDA, so that they are recognised and answered with the
    // closure message rather than "unknown collection".
    return {
        CollectionInfo{QStringLiteral("S2MSI1C"), QStringLiteral("Sentinel-2 Level-1C"),
                       {QStringLiteral("SENTINEL-2")}, {}, QStringLiteral("sentinel-2")},
        CollectionInfo{QStringLiteral("S2MSI2A"), QStringLiteral("Sentinel-2 Level-2A"), {}, {},
                       QStringLiteral("sentinel-2")},
        CollectionInfo{QStringLiteral("GRD"), QStringLiteral("Sentinel-1 Ground Range Detected"),
                       {QStringLiteral("SENTINEL-1")}, {}, QStringLiteral("sentinel-1")},
    };
}

ProviderCapabilities OndaProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.canSearch = false;
    caps.canDownload = false;
    return caps;
}

SearchJob *OndaProvider::search(const SearchQuery &)
{
    return failedSearchJob(serviceEndedError());
}

SearchJob *OndaProvider::lookup(const QString &, const QString &)
{
    return failedSearchJob(serviceEndedError());
}

PlanJob *OndaProvider::resolve(const SceneResult &)
{
    return failedPlanJob(serviceEndedError());
}

PlanJob *OndaProvider::order(const SceneResult &)
{
    return failedPlanJob(serviceEndedError());
}

} // namespace eoc::onda

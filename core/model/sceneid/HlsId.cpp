// Harmonized Landsat Sentinel-2 granules: HLS.PPP.Txxxxx.YYYYDDDTHHMMSS.vM.m (product L30 from
// Landsat OLI or S30 from Sentinel-2 MSI, MGRS tile, sensing time as year + day of year + time,
// version). The name does not say which satellite of the pair took the scene, so the platform is
// left empty; the product type is the NASA collection short name (HLSL30, HLSS30).
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>

namespace eoc::sceneid {

namespace {
const QString kFamily = QStringLiteral("hls");
} // namespace

ParseOutcome parseHls(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "HLS\\.(?<product>[LS]30)\\.T(?<tile>[0-9]{2}[A-Z]{3})\\.(?<year>[0-9]{4})(?<doy>[0-9]{3})T(?<time>[0-9]{6})"
        "\\.v(?<version>[0-9]+\\.[0-9]+)$"));
    const auto m = matchWhole(re, id);
    if (!m.hasMatch())
        return std::nullopt;

    SceneId s;
    s.id = id;
    s.family = kFamily;
    const QString product = m.captured(u"product");
    s.sensor = product.startsWith(QLatin1Char('L')) ? QStringLiteral("oli") : QStringLiteral("msi");
    s.productType = QStringLiteral("HLS") + product;
    s.tile = m.captured(u"tile");
    s.collection = m.captured(u"version");
    const auto start = parseYearDayOfYear(m.capturedView(u"year"), m.capturedView(u"doy"), m.capturedView(u"time"));
    if (!start) {
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing time"),
                                            QString(m.capturedView(u"year") + m.capturedView(u"doy")
                                                    + QLatin1Char('T') + m.capturedView(u"time"))));
    }
    s.sensingStart = start;
    return Result<SceneId>(std::move(s));
}

} // namespace eoc::sceneid

// Sentinel-2 product names (compact naming, since December 2016 and for every product in the
// Copernicus archives): MMM_MSIXXX_YYYYMMDDTHHMMSS_Nxxyy_ROOO_Txxxxx_YYYYMMDDTHHMMSS
// (mission, level, sensing start, processing baseline, relative orbit, MGRS tile, product
// discriminator). The discriminator is the processing time of the product.
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>

namespace eoc::sceneid {

namespace {
const QString kFamily = QStringLiteral("sentinel-2");
} // namespace

ParseOutcome parseSentinel2(const QString &id)
{
    // Any satellite letter, so S2C/S2D and later units parse without a code change.
    static const QRegularExpression re(QStringLiteral(
        "S2(?<sat>[A-Z_])_MSI(?<level>L[0-9][A-Z]{1,2})_(?<start>[0-9]{8}T[0-9]{6})_"
        "(?<baseline>N[0-9]{4})_R(?<orbit>[0-9]{3})_T(?<tile>[0-9]{2}[A-Z]{3})_"
        "(?<disc>[0-9]{8}T[0-9]{6})$"));
    const auto m = matchWhole(re, id);
    if (!m.hasMatch())
        return std::nullopt;

    SceneId s;
    s.id = id;
    s.family = kFamily;
    const QChar sat = m.captured(u"sat").at(0);
    s.platform = sat == QLatin1Char('_') ? QStringLiteral("sentinel-2")
                                         : QStringLiteral("sentinel-2") + sat.toLower();
    s.sensor = QStringLiteral("msi");
    s.level = m.captured(u"level");
    s.productType = QStringLiteral("MSI") + s.level;
    s.tile = m.captured(u"tile");
    s.baseline = m.captured(u"baseline");

    const auto start = parseCompactDateTime(m.capturedView(u"start"));
    if (!start)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing start"), m.capturedView(u"start")));
    const auto processed = parseCompactDateTime(m.capturedView(u"disc"));
    if (!processed) {
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "product discriminator"),
                                            m.capturedView(u"disc")));
    }
    s.sensingStart = start;
    s.processingDate = processed;

    const int orbit = m.capturedView(u"orbit").toInt();
    if (orbit < 1 || orbit > 143)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "relative orbit (1-143)"), m.capturedView(u"orbit")));
    s.relativeOrbit = orbit;
    s.extra[QStringLiteral("product_discriminator")] = m.captured(u"disc");
    return Result<SceneId>(std::move(s));
}

} // namespace eoc::sceneid

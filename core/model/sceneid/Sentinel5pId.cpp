// Sentinel-5P (TROPOMI) product names:
// S5P_SSSS_LLLLPPPPPP_YYYYMMDDTHHMMSS_YYYYMMDDTHHMMSS_OOOOO_CC_VVVVVV_YYYYMMDDTHHMMSS
// (stream NRTI/OFFL/RPRO, a 10-character product type made of level (4) and product (6), sensing
// start and end, absolute orbit, collection, processor version, processing time).
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>

namespace eoc::sceneid {

namespace {
const QString kFamily = QStringLiteral("sentinel-5p");

QString trimTrailingPadding(QString text)
{
    while (text.endsWith(QLatin1Char('_')))
        text.chop(1);
    return text;
}
} // namespace

ParseOutcome parseSentinel5p(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "S5P_(?<stream>[A-Z]{4})_(?<type>(?<level>L[0-9][A-Z_]{2})(?<product>[A-Z0-9_]{6}))_"
        "(?<start>[0-9]{8}T[0-9]{6})_(?<stop>[0-9]{8}T[0-9]{6})_(?<orbit>[0-9]{5})_"
        "(?<collection>[0-9]{2})_(?<processor>[0-9]{6})_(?<processed>[0-9]{8}T[0-9]{6})$"));
    const auto m = matchWhole(re, id);
    if (!m.hasMatch())
        return std::nullopt;

    SceneId s;
    s.id = id;
    s.family = kFamily;
    s.platform = QStringLiteral("sentinel-5p");
    s.sensor = QStringLiteral("tropomi");
    s.level = trimTrailingPadding(m.captured(u"level"));
    s.productType = trimTrailingPadding(m.captured(u"product"));
    s.collection = m.captured(u"collection");
    s.absoluteOrbit = m.capturedView(u"orbit").toInt();

    const auto start = parseCompactDateTime(m.capturedView(u"start"));
    if (!start)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing start"), m.capturedView(u"start")));
    const auto stop = parseCompactDateTime(m.capturedView(u"stop"));
    if (!stop)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing stop"), m.capturedView(u"stop")));
    const auto processed = parseCompactDateTime(m.capturedView(u"processed"));
    if (!processed)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "processing date"), m.capturedView(u"processed")));
    s.sensingStart = start;
    s.sensingEnd = stop;
    s.processingDate = processed;

    s.extra[QStringLiteral("stream")] = m.captured(u"stream");
    s.extra[QStringLiteral("product_type_full")] = m.captured(u"type");
    s.extra[QStringLiteral("processor_version")] = m.captured(u"processor");
    return Result<SceneId>(std::move(s));
}

} // namespace eoc::sceneid

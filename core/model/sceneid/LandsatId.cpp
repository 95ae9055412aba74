// Landsat ids in the published forms:
//  - Collection 1/2 product ids, LXSS_LLLL_PPPRRR_YYYYMMDD_yyyymmdd_CC_TX (sensor, satellite,
//    correction level, WRS path/row, acquisition date, processing date, collection, tier), and the
//    STAC item ids of USGS, Earth Search and Planetary Computer, the same without processing date;
//  - scene ("entity") ids, LXSPPPRRRYYYYDDDGSIVV (sensor, satellite, path/row, year and day of
//    year of acquisition, ground station, archive version), e.g. LC82250692020002LGN00.
// Every sensor letter and satellite number is accepted (MSS LM01-LM05, TM LT04/LT05, ETM+ LE07,
// OLI/TIRS LC08/LC09 and their OLI-only and TIRS-only products LO08/LO09, LT08/LT09).
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>

namespace eoc::sceneid {

namespace {

const QString kFamily = QStringLiteral("landsat");

QString sensorOf(QChar letter, int satellite)
{
    switch (letter.unicode()) {
    case 'C':
        return QStringLiteral("oli_tirs");
    case 'O':
        return QStringLiteral("oli");
    case 'T':
        // "T" is Thematic Mapper up to Landsat-5 and the TIRS-only product of Landsat-8/9.
        return satellite >= 8 ? QStringLiteral("tirs") : QStringLiteral("tm");
    case 'E':
        return QStringLiteral("etm+");
    case 'M':
        return QStringLiteral("mss");
    default:
        return {};
    }
}

QString tileOf(const QRegularExpressionMatch &m)
{
    return m.captured(u"path") + m.captured(u"row");
}

ParseOutcome parseProductId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "L(?<sensor>[CMOTE])(?<sat>[0-9]{2})_(?<level>L[0-9][A-Z]{2})_(?<path>[0-9]{3})(?<row>[0-9]{3})_"
        "(?<acquired>[0-9]{8})(?:_(?<processed>[0-9]{8}))?_(?<collection>[0-9]{2})_(?<tier>T1|T2|RT|A1|A2)$"));
    const auto m = matchWhole(re, id);
    if (!m.hasMatch())
        return std::nullopt;

    SceneId s;
    s.id = id;
    s.family = kFamily;
    const int satellite = m.capturedView(u"sat").toInt();
    if (satellite < 1)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "satellite number"), m.capturedView(u"sat")));
    s.platform = QStringLiteral("landsat-%1").arg(satellite);
    s.sensor = sensorOf(m.captured(u"sensor").at(0), satellite);
    s.level = m.captured(u"level");
    s.productType = s.level;
    s.tile = tileOf(m);
    s.collection = m.captured(u"collection");
    s.tier = m.captured(u"tier");

    const auto acquired = parseCompactDate(m.capturedView(u"acquired"));
    if (!acquired)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "acquisition date"), m.capturedView(u"acquired")));
    s.sensingStart = acquired;
    if (m.hasCaptured(u"processed")) {
        const auto processed = parseCompactDate(m.capturedView(u"processed"));
        if (!processed)
            return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "processing date"), m.capturedView(u"processed")));
        s.processingDate = processed;
    }
    s.extra[QStringLiteral("wrs_path")] = m.capturedView(u"path").toInt();
    s.extra[QStringLiteral("wrs_row")] = m.capturedView(u"row").toInt();
    return Result<SceneId>(std::move(s));
}

ParseOutcome parseEntityId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "L(?<sensor>[CMOTE])(?<sat>[0-9])(?<path>[0-9]{3})(?<row>[0-9]{3})(?<year>[0-9]{4})(?<doy>[0-9]{3})"
        "(?<station>[A-Z0-9]{3})(?<version>[0-9]{2})$"));
    const auto m = matchWhole(re, id);
    if (!m.hasMatch())
        return std::nullopt;

    SceneId s;
    s.id = id;
    s.family = kFamily;
    const int satellite = m.capturedView(u"sat").toInt();
    if (satellite < 1)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "satellite number"), m.capturedView(u"sat")));
    s.platform = QStringLiteral("landsat-%1").arg(satellite);
    s.sensor = sensorOf(m.captured(u"sensor").at(0), satellite);
    s.tile = tileOf(m);
    const auto acquired = parseYearDayOfYear(m.capturedView(u"year"), m.capturedView(u"doy"));
    if (!acquired) {
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "acquisition year and day of year"),
                                            QString(m.capturedView(u"year") + m.capturedView(u"doy"))));
    }
    s.sensingStart = acquired;
    s.extra[QStringLiteral("id_kind")] = QStringLiteral("entity");
    s.extra[QStringLiteral("station")] = m.captured(u"station");
    s.extra[QStringLiteral("archive_version")] = m.captured(u"version");
    s.extra[QStringLiteral("wrs_path")] = m.capturedView(u"path").toInt();
    s.extra[QStringLiteral("wrs_row")] = m.capturedView(u"row").toInt();
    return Result<SceneId>(std::move(s));
}

} // namespace

ParseOutcome parseLandsat(const QString &id)
{
    if (auto product = parseProductId(id))
        return product;
    return parseEntityId(id);
}

} // namespace eoc::sceneid

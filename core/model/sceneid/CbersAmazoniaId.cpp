// CBERS-4/4A and Amazonia-1 scene ids as INPE publishes them:
//  - Brazil Data Cube / DGI item names, SAT_SENSOR_YYYYMMDD_PPP_RRR_LEVEL, with the satellite
//    written CBERS4A, CBERS_4, AMAZONIA_1 (e.g. CBERS4A_WFI_20230406_209_132_L4);
//  - DGI catalogue scene ids, SAT_SENSORPPPRRRYYYYMMDD[suffix], e.g. CBERS4_MUX15212320190112CB11
//    (the suffix names the receiving station and processing; kept in extra).
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>

namespace eoc::sceneid {

namespace {

struct Platform {
    QString family;
    QString platform;
};

// "CBERS4A", "CBERS_4A", "CBERS_4", "AMAZONIA_1", "AMAZONIA1" -> family and STAC platform.
std::optional<Platform> platformOf(const QString &satellite)
{
    QString compact = satellite;
    compact.remove(QLatin1Char('_'));
    if (compact.startsWith(QLatin1String("CBERS")))
        return Platform{QStringLiteral("cbers"), QStringLiteral("cbers-") + compact.mid(5).toLower()};
    if (compact.startsWith(QLatin1String("AMAZONIA")))
        return Platform{QStringLiteral("amazonia"), QStringLiteral("amazonia-") + compact.mid(8).toLower()};
    return std::nullopt;
}

// Longest sensor names first so "AWFI" is not read as "A" + "WFI" and "PAN10M" keeps its digits.
const QString kSatellite = QStringLiteral("(?<sat>CBERS_?(?:4A|4|2B|2)|AMAZONIA_?1)");
const QString kSensor = QStringLiteral("(?<sensor>AWFI|WFI|MUX|WPM|PAN10M|PAN5M|IRS|HRC|CCD)");

Result<SceneId> build(const QString &id, const QRegularExpressionMatch &m)
{
    const auto platform = platformOf(m.captured(u"sat"));
    SceneId s;
    s.id = id;
    s.family = platform->family;
    s.platform = platform->platform;
    s.sensor = m.captured(u"sensor").toLower();
    s.tile = m.captured(u"path") + m.captured(u"row");
    if (m.hasCaptured(u"level")) {
        s.level = m.captured(u"level");
        s.productType = s.level;
    }
    const auto acquired = parseCompactDate(m.capturedView(u"date"));
    if (!acquired)
        return invalidField(id, s.family, QCoreApplication::translate("SceneId", "acquisition date"), m.capturedView(u"date"));
    s.sensingStart = acquired;
    s.extra[QStringLiteral("path")] = m.capturedView(u"path").toInt();
    s.extra[QStringLiteral("row")] = m.capturedView(u"row").toInt();
    if (m.hasCaptured(u"suffix") && !m.capturedView(u"suffix").isEmpty())
        s.extra[QStringLiteral("suffix")] = m.captured(u"suffix");
    return s;
}

} // namespace

ParseOutcome parseCbersAmazonia(const QString &id)
{
    static const QRegularExpression itemName(kSatellite + QLatin1Char('_') + kSensor
        + QStringLiteral("_(?<date>[0-9]{8})_(?<path>[0-9]{3})_(?<row>[0-9]{3})_(?<level>L[0-9][A-Z0-9]?)$"));
    static const QRegularExpression catalogueId(kSatellite + QLatin1Char('_') + kSensor
        + QStringLiteral("(?<path>[0-9]{3})(?<row>[0-9]{3})(?<date>[0-9]{8})(?<suffix>[A-Z0-9]*)$"));
    for (const auto *re : {&itemName, &catalogueId}) {
        const auto m = matchWhole(*re, id);
        if (m.hasMatch())
            return build(id, m);
    }
    return std::nullopt;
}

} // namespace eoc::sceneid
